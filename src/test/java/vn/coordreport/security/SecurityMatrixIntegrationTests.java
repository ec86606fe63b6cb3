package vn.coordreport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import vn.coordreport.support.PostgresInitializer;

/**
 * Who may do what: every path of the README's URL table, for anonymous and
 * for each role, answers 401, 403 or success as it should. The probe
 * controller stands for the API and the pages of the api and web modules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=SecurityMatrixIntegrationTests")
@Import(SecurityMatrixIntegrationTests.Probe.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SecurityMatrixIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @BeforeAll
    void users() {
        Users.add(accounts);
    }

    /** Stands for the real endpoints: answers 200 with the signed-in user's name. */
    @RestController
    static class Probe {

        private final CurrentUser user;

        Probe(CurrentUser user) {
            this.user = user;
        }

        @RequestMapping(path = {"/api/probe", "/api/imports/probe", "/api/report-requests/probe", "/api/jobs/probe",
                "/api/users", "/probe", "/requests/probe", "/imports/probe", "/jobs/probe/start", "/schedules/probe"},
                method = {RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE})
        String probe() {
            return "ok " + user.username();
        }

        @GetMapping("/api/probe/search")
        String search(@org.springframework.web.bind.annotation.RequestParam(name = "x", required = false) String x) {
            return "ok " + x;
        }

        @GetMapping("/api/probe/broken")
        String broken() {
            throw new IllegalStateException("the probe broke on purpose");
        }

        @GetMapping("/api/provinces/{province}")
        String province(@PathVariable String province) {
            user.requireProvince(province);
            return "ok " + province;
        }
    }

    static Stream<Arguments> matrix() {
        // path, method, then the status for: anonymous, VIEWER, OPERATOR, ADMIN
        return Stream.of(
                Arguments.of("GET", "/actuator/health", List.of(200, 200, 200, 200)),
                Arguments.of("GET", "/actuator/prometheus", List.of(401, 403, 403, 200)),
                Arguments.of("GET", "/api/probe", List.of(401, 200, 200, 200)),
                Arguments.of("POST", "/api/imports/probe", List.of(401, 403, 200, 200)),
                Arguments.of("POST", "/api/report-requests/probe", List.of(401, 403, 200, 200)),
                Arguments.of("GET", "/api/report-requests/probe", List.of(401, 200, 200, 200)),
                Arguments.of("POST", "/api/jobs/probe", List.of(401, 403, 200, 200)),
                Arguments.of("DELETE", "/api/jobs/probe", List.of(401, 403, 200, 200)),
                Arguments.of("GET", "/api/users", List.of(401, 403, 403, 200)),
                Arguments.of("GET", "/v3/api-docs", List.of(401, 200, 200, 200)),
                Arguments.of("GET", "/probe", List.of(302, 200, 200, 200)),
                Arguments.of("GET", "/schedules/probe", List.of(302, 200, 200, 200)),
                Arguments.of("POST", "/requests/probe", List.of(302, 403, 200, 200)),
                Arguments.of("POST", "/imports/probe", List.of(302, 403, 200, 200)),
                Arguments.of("POST", "/jobs/probe/start", List.of(302, 403, 200, 200)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void everyRoleGetsWhatTheTableSays(String method, String path, List<Integer> expected) {
        List<String> users = Arrays.asList(null, Users.VIEWER, Users.OPERATOR, Users.ADMIN);
        for (int i = 0; i < users.size(); i++) {
            String user = users.get(i);
            assertThat(call(user, method, path).statusCode()).as((user == null ? "anonymous" : user) + " " + method + " " + path)
                    .isEqualTo(expected.get(i));
        }
    }

    /** The API and the actuator with HTTP Basic; pages as a browser signed in through the form, with its CSRF token. */
    private HttpResponse<String> call(String user, String method, String path) {
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            return (user == null ? Http.anonymous(port) : Http.basic(port, user, Users.password(user))).send(method, path);
        }
        Http browser = Http.browser(port);
        if (user != null) {
            assertThat(browser.login(user, Users.password(user)).statusCode()).isEqualTo(302);
        }
        return method.equals("GET") ? browser.get(path) : browser.form(path, Map.of(), browser.csrf("/login"));
    }

    @Test
    void anonymousApiCallsGetAProblemWithTheChallenges() {
        HttpResponse<String> response = Http.anonymous(port).get("/api/probe");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().allValues("WWW-Authenticate")).anySatisfy(v -> assertThat(v).startsWith("Basic"))
                .anySatisfy(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.body()).contains("\"status\":401").contains("\"title\":\"Chưa đăng nhập\"");
    }

    @Test
    void aViewerWritingGetsAProblem403() {
        HttpResponse<String> response = Http.basic(port, Users.VIEWER, Users.password(Users.VIEWER))
                .send("POST", "/api/jobs/probe");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"status\":403");
    }

    @Test
    void anonymousPagesRedirectToTheLoginForm() {
        HttpResponse<String> response = Http.anonymous(port).get("/probe");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void wrongPasswordsAndDisabledUsersAreRefused() {
        assertThat(Http.basic(port, Users.ADMIN, "wrong-password").get("/api/probe").statusCode()).isEqualTo(401);
        assertThat(Http.basic(port, "nobody", "whatever-it-is").get("/api/probe").statusCode()).isEqualTo(401);
        assertThat(Http.basic(port, Users.DISABLED, Users.password(Users.DISABLED)).get("/api/probe").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aProvinceLimitedUserSeesOnlyTheirProvince() {
        Http tayNinh = Http.basic(port, Users.TAY_NINH, Users.password(Users.TAY_NINH));
        Http everywhere = Http.basic(port, Users.VIEWER, Users.password(Users.VIEWER));

        assertThat(tayNinh.get("/api/provinces/" + Http.path("Tây Ninh")).statusCode()).isEqualTo(200);
        // decomposed (NFD), other case, spaces around: the same province
        String decomposed = java.text.Normalizer.normalize(" tây ninh ", java.text.Normalizer.Form.NFD);
        assertThat(tayNinh.get("/api/provinces/" + Http.path(decomposed)).statusCode()).isEqualTo(200);
        assertThat(tayNinh.get("/api/provinces/" + Http.path("Quảng Trị")).statusCode()).isEqualTo(403);
        assertThat(everywhere.get("/api/provinces/" + Http.path("Quảng Trị")).statusCode()).isEqualTo(200);
    }

    @Test
    void pagePostsNeedTheCsrfTokenAndAnOperator() {
        Http operator = Http.browser(port);
        assertThat(operator.login(Users.OPERATOR, Users.password(Users.OPERATOR)).statusCode()).isEqualTo(302);
        assertThat(operator.get("/probe").body()).isEqualTo("ok operator");

        var withoutToken = operator.form("/requests/probe", Map.of(), null);
        assertThat(withoutToken.statusCode()).as("no CSRF token").isEqualTo(403);
        // told to a client that is no browser as what it is: the form's token missing, not a role it lacks
        assertThat(withoutToken.body()).contains("không có mã chống giả mạo (CSRF)", "HTTP API dưới /api")
                .doesNotContain("Vai trò");
        assertThat(operator.form("/requests/probe", Map.of(), operator.csrf("/login")).statusCode()).isEqualTo(200);

        Http viewer = Http.browser(port);
        viewer.login(Users.VIEWER, Users.password(Users.VIEWER));
        var role = viewer.form("/requests/probe", Map.of(), viewer.csrf("/login"));
        assertThat(role.statusCode()).isEqualTo(403);
        assertThat(role.body()).contains("Vai trò hoặc tỉnh của anh/chị không được phép làm việc này.");
    }

    @Test
    void everyAnswerCarriesAContentSecurityAndAReferrerPolicy() {
        Http browser = Http.browser(port);
        HttpResponse<String> login = browser.login(Users.VIEWER, Users.password(Users.VIEWER));
        Map<String, HttpResponse<String>> answers = Map.of("login form", Http.anonymous(port).get("/login"),
                "page", browser.get("/probe"), "stylesheet", browser.get("/css/app.css"),
                "API", Http.basic(port, Users.VIEWER, Users.password(Users.VIEWER)).get("/api/probe"),
                "API 401", Http.anonymous(port).get("/api/probe"), "health", Http.anonymous(port).get("/actuator/health"),
                "description", Http.basic(port, Users.VIEWER, Users.password(Users.VIEWER)).get("/v3/api-docs"));

        answers.forEach((what, answer) -> {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).contains("same-origin");
        });
        // the icon every browser asks for, to anyone: no 404 in every page's console
        HttpResponse<String> icon = Http.anonymous(port).get("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("icon"));
        assertThat(answers.get("page").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'", "style-src 'self'", "object-src 'none'"));
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void aRequestWithUndecodableParametersIsLoggedInOneLine(CapturedOutput output) {
        HttpResponse<String> health = Http.anonymous(port).get("/actuator/health?x=%FF");
        HttpResponse<String> login = Http.browser(port).rawForm("/login", "username=%FF%FE&password=x");

        HttpResponse<String> api = Http.basic(port, Users.VIEWER, Users.password(Users.VIEWER)).get("/api/probe/search?x=%FF");

        assertThat(health.statusCode()).isEqualTo(400);
        assertThat(login.statusCode()).isEqualTo(400);
        // an API client reads why, in a problem as the API's others
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/problem+json"));
        assertThat(api.body()).contains("\"title\":\"Yêu cầu không hợp lệ\"", "phải được mã hóa theo UTF-8");
        assertThat(output.getAll().lines().filter(l -> l.contains("Yêu cầu sai (400)"))).hasSize(3)
                .anySatisfy(l -> assertThat(l).contains("GET /actuator/health từ ", "Parameter [x]"))
                .anySatisfy(l -> assertThat(l).contains("POST /login từ "));
        assertThat(output.getAll()).doesNotContain("MalformedInputException").doesNotContain("\tat ");
    }

    @Test
    void anotherSystemReadsEveryRefusalAsAProblemInVietnamese() {
        // paths refused before the application sees them (by Tomcat, by the firewall)
        for (String path : List.of("/api/reports%00", "/api/reports%5C1")) {
            HttpResponse<String> refused = Http.basic(port, Users.VIEWER, Users.password(Users.VIEWER)).get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(refused.body()).as(path).contains("\"title\":\"Yêu cầu không hợp lệ\"")
                    .doesNotContain("<html", "Bad Request");
        }
        // a page the user's role may not open, asked for by a client that is no browser
        Http operator = Http.browser(port);
        operator.login(Users.OPERATOR, Users.password(Users.OPERATOR));
        HttpResponse<String> users = operator.with("Accept", "application/json").get("/users");
        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(users.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(users.body()).contains("Vai trò hoặc tỉnh của anh/chị không được phép làm việc này.")
                .doesNotContain("Forbidden", "timestamp");
    }

    @Test
    void aLetterSentUnencodedIsRefusedInTheReadersWords() throws IOException {
        // curl sends the letters as typed; Tomcat refuses the request line before it reads a header
        String api = raw("GET /api/reports?agreement=Lạng HTTP/1.1\r\nHost: localhost\r\n\r\n");
        String page = raw("GET /jobs?q=Lạng HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(api).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"title\":\"Yêu cầu không hợp lệ\"", "\"status\":400",
                        "Địa chỉ của yêu cầu có ký tự chưa được mã hóa", "L%E1%BA%A1ng")
                .doesNotContain("<html", "Bad Request");
        assertThat(page).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: text/html")
                .contains("Địa chỉ trang có ký tự chưa được mã hóa", "Mã lỗi 400", "Về trang chính")
                .doesNotContain("HTTP Status", "Bad Request");
    }

    @Test
    void theErrorPathAskedForDirectlyIsAnAddressNothingAnswers() {
        HttpResponse<String> browser = Http.anonymous(port).with("Accept", "text/html,*/*;q=0.8").get("/error");
        HttpResponse<String> client = Http.basic(port, Users.VIEWER, Users.password(Users.VIEWER)).get("/error");

        assertThat(browser.statusCode()).isEqualTo(404);
        assertThat(browser.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(browser.body()).contains("Không tìm thấy", "Mã lỗi 404", "Về trang chính").doesNotContain("999");
        assertThat(client.statusCode()).isEqualTo(404);
        assertThat(client.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(client.body()).contains("\"status\":404", "Không tìm thấy").doesNotContain("999", "None");
        // what the server itself sends there is answered as before
        assertThat(Http.basic(port, Users.VIEWER, Users.password(Users.VIEWER)).get("/api/probe/broken").statusCode())
                .isEqualTo(500);
    }

    /** A request sent byte for byte as written, which no HTTP client of Java would send; the whole answer. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anyOtherFailureStillLogsItsStackTrace(CapturedOutput output) {
        assertThat(Http.basic(port, Users.VIEWER, Users.password(Users.VIEWER)).get("/api/probe/broken").statusCode())
                .isEqualTo(500);

        assertThat(output.getAll()).contains("the probe broke on purpose").contains("\tat vn.coordreport.security.");
    }

    @Test
    void aWrongPasswordOnTheFormShowsTheFormAgain() {
        HttpResponse<String> response = Http.browser(port).login(Users.OPERATOR, "not-the-password");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }
}
