package vn.coordreport.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.api.ApiFixture.LS;
import static vn.coordreport.api.ApiFixture.PASSWORD;
import static vn.coordreport.api.ApiFixture.QT;
import static vn.coordreport.api.ApiFixture.json;
import static vn.coordreport.api.ApiFixture.quoted;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import vn.coordreport.ingest.Importer;
import vn.coordreport.security.UserAccounts;

/** Role × endpoint: who gets 401, 403 or an answer, including across provinces. */
@ApiTest
class AccessMatrixIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    Importer importer;

    Http anonymous;

    @BeforeEach
    void given() {
        if (users.find("admin").isEmpty()) {
            ApiFixture.given(users, importer);
        }
        anonymous = new Http("http://localhost:" + port, null, null);
    }

    record Call(String method, String path, String body) {

        Http.Response on(Http http) {
            return switch (method) {
                case "GET" -> http.get(path);
                case "UPLOAD" -> http.upload(path, "empty.zip", Zips.of(Map.of()));
                default -> http.postJson(path, body);
            };
        }
    }

    static final List<Call> READS = List.of(new Call("GET", "/api/agreements", null),
            new Call("GET", "/api/agreement?code=09%2FQCPH%2FSNgV-BP", null), new Call("GET", "/api/imports", null),
            new Call("GET", "/api/reports", null), new Call("GET", "/api/report-requests", null),
            new Call("GET", "/api/jobs", null), new Call("GET", "/api/deliveries", null));

    static final List<Call> WRITES = List.of(new Call("UPLOAD", "/api/imports", null),
            new Call("POST", "/api/report-requests", "{\"agreement\": " + quoted(QT) + ", \"period\": \"2021-H2\"}"),
            new Call("POST", "/api/jobs/nightly", "{\"asOf\": \"2021-06-01\"}"),
            new Call("POST", "/api/jobs/close", "{\"period\": \"2099-H1\"}"),
            new Call("POST", "/api/jobs/1/restart", "{}"));

    @Test
    void nothingButHealthAnswersWithoutSigningIn() {
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        for (Call call : concat(READS, WRITES)) {
            Http.Response answer = call.on(anonymous);
            if (call.path().startsWith("/api/")) {
                assertThat(answer.status()).as(call.toString()).isEqualTo(401);
                assertThat(answer.header("WWW-Authenticate")).as(call.toString()).contains("Basic");
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            } else {
                assertThat(answer.status()).as(call.toString()).isIn(401, 302);
            }
        }
        assertThat(anonymous.as("viewer", "wrong-password").get("/api/agreements").status()).isEqualTo(401);
    }

    @Test
    void viewersReadAndOperatorsAndAdminsAlsoWrite() {
        for (String role : List.of("viewer", "operator", "admin")) {
            Http http = anonymous.as(role, PASSWORD);
            for (Call call : READS) {
                assertThat(call.on(http).status()).as(role + " " + call).isEqualTo(200);
            }
            for (Call call : WRITES) {
                int status = call.on(http).status();
                if (role.equals("viewer")) {
                    assertThat(status).as(role + " " + call).isEqualTo(403);
                } else {
                    // allowed: the answer is the endpoint's own (accepted, done, or refused for its input)
                    assertThat(status).as(role + " " + call).isNotIn(401, 403).isLessThan(500);
                }
            }
        }
    }

    @Test
    void theApiDescriptionIsForSignedInUsers() throws Exception {
        // refused without signing in
        assertThat(anonymous.get("/v3/api-docs").status()).isIn(302, 401);

        // served after the staff page's form login (with its CSRF token)
        var client = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String base = "http://localhost:" + port;
        String login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as(login).isTrue();
        String form = "username=viewer&password=" + PASSWORD + "&_csrf=" + csrf.group(1);
        client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        var docs = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/v3/api-docs")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/report-requests", "/api/reports/{id}/content", "/api/imports",
                "Yêu cầu lập một báo cáo; trả lời 202 ngay");
        // and it documents the problems an operation may answer, not only its 200
        JsonNode description = tools.jackson.databind.json.JsonMapper.builder().build().readTree(docs.body());
        JsonNode one = description.at("/paths/~1api~1reports~1{id}/get/responses");
        assertThat(one.propertyNames()).contains("200", "400", "401", "403", "404");
        assertThat(one.at("/404/description").asString()).isEqualTo("Không tìm thấy");
        assertThat(one.at("/404/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(description.at("/paths/~1api~1reports/get/responses").propertyNames()).contains("401", "403")
                .doesNotContain("404");
        assertThat(description.at("/components/schemas/Problem/properties").propertyNames()).contains("title",
                "status", "detail");
        // with what the handlers really answer: a request taken (202), an import created (201) or rejected (422),
        // an unknown agreement by its code (404), a step out of order (409), a client that takes no JSON (406)
        assertThat(description.at("/paths/~1api~1report-requests/post/responses").propertyNames())
                .contains("202", "404", "406", "503").doesNotContain("200");
        assertThat(description.at("/paths/~1api~1imports/post/responses").propertyNames())
                .contains("200", "201", "413", "422");
        assertThat(description.at("/paths/~1api~1agreement/get/responses").propertyNames()).contains("404");
        assertThat(description.at("/paths/~1api~1approvals~1{id}~1issue/post/responses").propertyNames())
                .contains("409", "429");
        assertThat(description.at("/paths/~1api~1approvals~1{id}~1sign/post/responses").propertyNames())
                .contains("409", "429");
    }

    @Test
    void aUserLimitedToOneProvinceSeesNothingOfAnother() {
        Http admin = anonymous.as("admin", PASSWORD);
        Http limited = anonymous.as("ls-operator", PASSWORD);
        JsonNode quangTri = ApiFixture.finished(admin, admin.postJson("/api/report-requests",
                "{\"agreement\": " + quoted(QT) + ", \"period\": \"2021-H1\"}").header("Location"));
        long qtVersion = quangTri.get("versionId").asLong();

        // lists leave Quảng Trị out
        assertThat(json(limited.get("/api/agreements")).findValuesAsString("province")).isNotEmpty().containsOnly("Lạng Sơn");
        assertThat(json(limited.get("/api/agreements?province=Qu%E1%BA%A3ng%20Tr%E1%BB%8B"))).isEmpty();
        assertThat(json(limited.get("/api/reports")).findValuesAsString("agreementCode")).doesNotContain(QT);
        assertThat(json(limited.get("/api/report-requests")).findValuesAsString("agreement")).doesNotContain(QT);
        assertThat(json(limited.get("/api/deliveries")).findValuesAsString("agreementCode")).doesNotContain(QT);

        // and each Quảng Trị object is forbidden
        Http.Response other = limited.get("/api/agreement?code=09%2FQCPH%2FSNgV-BP");
        assertThat(other.status()).isEqualTo(403);
        // saying why in the reader's language
        assertThat(json(other).get("detail").asString()).isEqualTo("Việc này thuộc một tỉnh mà anh/chị không được xem.");
        assertThat(json(limited.inLanguage("en").get("/api/reports/" + qtVersion)).get("detail").asString())
                .isEqualTo("This belongs to a province you may not see.");
        assertThat(limited.get("/api/reports/" + qtVersion).status()).isEqualTo(403);
        assertThat(limited.get("/api/reports/" + qtVersion + "/content").status()).isEqualTo(403);
        assertThat(limited.get("/api/report-requests/" + quangTri.get("id").asLong()).status()).isEqualTo(403);
        assertThat(limited.postJson("/api/report-requests", "{\"agreement\": " + quoted(QT) + ", \"period\": \"2021\"}")
                .status()).isEqualTo(403);
        Http.Response allProvinces = limited.postJson("/api/jobs/nightly", "{}");
        assertThat(allProvinces.status()).isEqualTo(403);
        assertThat(json(allProvinces).get("detail").asString())
                .isEqualTo("Việc này bao trùm mọi tỉnh: người dùng chỉ thuộc một tỉnh không làm được.");

        // while Lạng Sơn is theirs
        Http.Response own = limited.postJson("/api/report-requests", "{\"agreement\": " + quoted(LS) + ", \"period\": \"2020-9M\"}");
        assertThat(own.status()).isEqualTo(202);
        JsonNode done = ApiFixture.finished(limited, own.header("Location"));
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(limited.get(done.get("download").asString()).status()).isEqualTo(200);
    }

    private static List<Call> concat(List<Call> a, List<Call> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
