package vn.coordreport.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.api.ApiFixture.PASSWORD;
import static vn.coordreport.api.ApiFixture.QT;
import static vn.coordreport.api.ApiFixture.json;
import static vn.coordreport.api.ApiFixture.quoted;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;

/**
 * A user limited to a province never reads or changes another province's
 * data, directly or through what they import: not by an agreement led by
 * another province's agency (whose reports would take that agency's numbers),
 * not by a report request, not by reading the import history. And the API
 * keeps to itself: a call that carries the page's cookie (Swagger UI's) leaves
 * the page's session as it was.
 */
@ApiTest
@TestPropertySource(properties = "coordreport.test.database=ProvinceIsolationIntegrationTests") // a database of its own
class ProvinceIsolationIntegrationTests {

    private static final Path SAMPLES = Path.of("src/main/resources/samples");
    private static final String HIJACK = "99/TN-X";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    Http admin;
    Http tayNinh;

    @BeforeEach
    void given() {
        if (users.find("admin").isEmpty()) {
            users.add("admin", Role.ADMIN, null, PASSWORD);
            users.add("tn-operator", Role.OPERATOR, "Tây Ninh", PASSWORD);
            for (String sample : List.of("quang-tri-2021", "tay-ninh-2019")) {
                assertThat(importer.importPath(SAMPLES.resolve(sample), false).status()).isEqualTo(ImportStatus.IMPORTED);
            }
        }
        admin = new Http("http://localhost:" + port, "admin", PASSWORD);
        tayNinh = admin.as("tn-operator", PASSWORD);
    }

    @Test
    void aTayNinhOperatorCannotIssueQuangTrisReports() {
        // given Quảng Trị's final of 2021, waiting for review (numbers are taken when a final is issued)
        JsonNode first = ApiFixture.finished(admin, admin.postJson("/api/report-requests",
                "{\"agreement\": " + quoted(QT) + ", \"period\": \"2021\", \"final\": true}").header("Location"));
        assertThat(first.get("status").asString()).isEqualTo("DONE");
        List<String> registers = registers();

        // when a Tây Ninh operator uploads an agreement led by Quảng Trị's Sở Ngoại vụ, then asks for its final
        Http.Response upload = tayNinh.upload("/api/imports", "agreements.zip", Zips.of(Map.of("agreements.csv", """
                code,title,province,signed_on,parties,effective_from,effective_to,symbol
                99/TN-X,Hijack,Tây Ninh,2021-01-01,SNGV-QT;SNGV-TN,2021-01-01,,SNgV
                """.getBytes(StandardCharsets.UTF_8))));
        Http.Response request = tayNinh.postJson("/api/report-requests",
                "{\"agreement\": " + quoted(HIJACK) + ", \"period\": \"2021\", \"final\": true}");

        // then the import is rejected with the line, there is no such agreement, and no register moved
        assertThat(upload.status()).isEqualTo(422);
        assertThat(json(upload).get("errors").values()).extracting(JsonNode::asString).containsExactly(
                "agreements.csv:2: parties: cơ quan 'SNGV-QT' thuộc tỉnh khác: anh/chị chỉ được nhập dữ liệu "
                        + "của Tây Ninh");
        assertThat(request.status()).isEqualTo(404);
        assertThat(registers()).isEqualTo(registers);
    }

    @Test
    void anAgreementLedByAnotherProvincesAgencyIsNotTheirsToReportOn() throws Exception {
        // given an agreement of Tây Ninh led by Quảng Trị's Sở Ngoại vụ, as a user of every province may record it
        assertThat(importer.importUpload("lien-tinh.zip", new java.io.ByteArrayInputStream(Zips.of(Map.of(
                "agreements.csv", """
                        code,title,province,signed_on,parties
                        TN-QT/LIEN-TINH,Quy chế liên tỉnh,Tây Ninh,2021-01-01,SNGV-QT;SNGV-TN
                        """.getBytes(StandardCharsets.UTF_8)))), false, "admin", null).status())
                .isEqualTo(ImportStatus.IMPORTED);
        List<String> registers = registers();

        // when the Tây Ninh operator asks for its final, or its draft
        for (boolean finalReport : List.of(true, false)) {
            Http.Response request = tayNinh.postJson("/api/report-requests", "{\"agreement\": "
                    + quoted("TN-QT/LIEN-TINH") + ", \"period\": \"2021\", \"final\": " + finalReport + "}");

            // then it is refused: the report is Quảng Trị's Sở Ngoại vụ's, numbered in its register
            assertThat(request.status()).as("final: " + finalReport).isEqualTo(403);
        }
        // and so is the staff page's form
        Session page = new Session("tn-operator");
        assertThat(page.post("/requests", Map.of("agreement", "TN-QT/LIEN-TINH", "period", "2021", "format", "PDF",
                "kind", "FINAL")).statusCode()).isEqualTo(403);
        assertThat(registers()).isEqualTo(registers);

        // and its final, once a user of every province has it made, is Quảng Trị's to review, sign and issue
        JsonNode made = ApiFixture.finished(admin, admin.postJson("/api/report-requests",
                "{\"agreement\": \"TN-QT/LIEN-TINH\", \"period\": \"2021\", \"final\": true}").header("Location"));
        assertThat(made.get("status").asString()).isEqualTo("DONE");
        assertThat(jdbc.sql("select province from final_document where agreement_code = 'TN-QT/LIEN-TINH'")
                .query(String.class).list()).containsExactly("Quảng Trị");
        Http.Response approvals = tayNinh.get("/api/approvals");
        assertThat(approvals.status()).isEqualTo(200);
        assertThat(approvals.text()).doesNotContain("TN-QT/LIEN-TINH");
        // whose people read it in the archive too, as Tây Ninh's read the reports of their agreement
        long version = jdbc.sql("select version_id from final_document where agreement_code = 'TN-QT/LIEN-TINH'")
                .query(Long.class).single();
        users.add("qt-viewer", Role.VIEWER, "Quảng Trị", PASSWORD);
        Http quangTri = admin.as("qt-viewer", PASSWORD);
        assertThat(quangTri.get("/api/reports/" + version + "/content").status()).isEqualTo(200);
        assertThat(quangTri.get("/api/reports").text()).contains("TN-QT/LIEN-TINH");
        assertThat(tayNinh.get("/api/reports/" + version).status()).isEqualTo(200);
        Session quangTriPage = new Session("qt-viewer");
        assertThat(quangTriPage.page("/reports")).contains("TN-QT/LIEN-TINH");
        assertThat(quangTriPage.page("/reports/" + version)).contains("TN-QT/LIEN-TINH");
        quangTriPage.page("/reports/" + version + "/download");
    }

    @Test
    void theImportHistoryShowsALimitedUserTheirProvincesImportsOnly() throws Exception {
        // given the imports of both provinces, and one of the Tây Ninh operator's own
        Http.Response own = tayNinh.upload("/api/imports", "so-lieu.zip", Zips.of(Map.of("records.csv",
                "agreement,indicator,date\n05/QCPH-SNgV-BĐBP,JOINT_PATROL,2019-09-09\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(own.status()).isEqualTo(201);
        long quangTri = importOf("quang-tri-2021");

        // then the Tây Ninh operator's history holds Tây Ninh's imports only, and Quảng Trị's import is refused
        JsonNode history = json(tayNinh.get("/api/imports"));
        assertThat(history.findValuesAsString("source")).isNotEmpty()
                .allSatisfy(source -> assertThat(source).doesNotContain("quang-tri"))
                .anySatisfy(source -> assertThat(source).endsWith("tay-ninh-2019"))
                .contains("upload:so-lieu.zip");
        assertThat(history.findValuesAsString("province")).containsOnly("Tây Ninh");
        assertThat(tayNinh.get("/api/imports/" + quangTri).status()).isEqualTo(403);

        // and so does the page
        String page = new Session("tn-operator").page("/imports");
        assertThat(page).contains("tay-ninh-2019", "Tải lên: so-lieu.zip").doesNotContain("quang-tri-2021");

        // while a user of every province sees them all
        assertThat(json(admin.get("/api/imports")).findValuesAsString("source"))
                .anySatisfy(source -> assertThat(source).endsWith("quang-tri-2021"))
                .anySatisfy(source -> assertThat(source).endsWith("tay-ninh-2019"));
        assertThat(admin.get("/api/imports/" + quangTri).status()).isEqualTo(200);
        assertThat(new Session("admin").page("/imports")).contains("quang-tri-2021", "tay-ninh-2019");
    }

    @Test
    void uploadingAnotherProvincesFilesDoesNotRevealThatTheyWereImported() {
        // when the Tây Ninh operator uploads Quảng Trị's export, imported before
        Http.Response upload = tayNinh.upload("/api/imports", "quang-tri.zip", Zips.ofFolder(SAMPLES.resolve("quang-tri-2021")));

        // then it is checked as any upload (and rejected line by line), not answered "already imported"
        assertThat(upload.status()).isEqualTo(422);
        assertThat(upload.text()).doesNotContain("ALREADY_IMPORTED", "already imported", "đã nhập trước đó");
        assertThat(json(upload).get("errors").values()).extracting(JsonNode::asString).contains(
                "agencies.csv:2: province: cơ quan 'SNGV-QT' thuộc Quảng Trị: anh/chị chỉ được nhập dữ liệu của "
                        + "Tây Ninh");

        // while Tây Ninh's own export is
        Http.Response again = tayNinh.upload("/api/imports", "tay-ninh.zip", Zips.ofFolder(SAMPLES.resolve("tay-ninh-2019")));
        assertThat(again.status()).isEqualTo(200);
        assertThat(json(again).get("status").asString()).isEqualTo("ALREADY_IMPORTED");
    }

    @Test
    void theLeadAgencysProvinceRequestsAndFollowsTheReportOfAnAgreementRecordedWithAnother() throws Exception {
        // given an agreement between provinces recorded with Quảng Trị's, led by Tây Ninh's Sở Ngoại vụ
        String between = "81/QCPH-LIEN";
        assertThat(admin.upload("/api/imports", "lien-tinh.zip", Zips.of(Map.of("agreements.csv", """
                code,title,province,signed_on,parties,effective_from,effective_to,symbol
                81/QCPH-LIEN,Quy chế phối hợp liên tỉnh,Quảng Trị,2021-01-01,SNGV-TN;SNGV-QT,2021-01-01,,SNgV
                """.getBytes(StandardCharsets.UTF_8)))).status()).isEqualTo(201);

        // when the Tây Ninh operator asks for its report: the report is Tây Ninh's, headed and numbered by it
        Http.Response request = tayNinh.postJson("/api/report-requests",
                "{\"agreement\": " + quoted(between) + ", \"period\": \"2021\"}");

        // then it is made, and they follow the request as they read the report, in the list too
        assertThat(request.status()).as(request.text()).isEqualTo(202);
        JsonNode done = ApiFixture.finished(tayNinh, request.header("Location"));
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(tayNinh.get("/api/reports/" + done.get("versionId").asLong()).status()).isEqualTo(200);
        assertThat(json(tayNinh.get("/api/report-requests")).findValuesAsString("agreement")).contains(between);

        // and on the pages: the request form offers it, and the request's page follows it
        Session page = new Session("tn-operator");
        assertThat(page.page("/")).contains("<option value=\"" + between + "\"");
        page.page("/requests/" + request.header("Location").replaceAll(".*/", ""));
    }

    @Test
    void anApiCallWithThePagesCookieLeavesThePageSignedIn() throws Exception {
        // a user signed in on the page tries the API in Swagger UI, which sends the page's cookie along
        Session page = new Session("tn-operator");
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("tn-operator:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));

        // then the page stays signed in, with HTTP Basic as with a token
        assertThat(page.pageAfterApi("/reports", basic)).isEqualTo(200);
        assertThat(page.pageAfterApi("/reports", "Bearer " + users.createToken("tn-operator", "swagger"))).isEqualTo(200);
    }

    /** Every register of report numbers: agency, year, last number. */
    private List<String> registers() {
        return jdbc.sql("select agency_code || ' ' || year || ' ' || last_number from document_number order by 1")
                .query(String.class).list();
    }

    private long importOf(String sample) {
        return jdbc.sql("select id from import_batch where source like :source").param("source", "%" + sample)
                .query(Long.class).single();
    }

    /** A browser's session on the staff pages, signed in through the login form. */
    private final class Session {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String base = "http://localhost:" + port;

        Session(String username) throws Exception {
            post("/login", Map.of("username", username, "password", PASSWORD));
        }

        String page(String path) throws Exception {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            return page.body();
        }

        /**
         * An API call that carries the page's cookie, as Swagger UI's "Try it out" sends it, and then a page with that
         * cookie as it was (as curl -b sends it): its status.
         */
        int pageAfterApi(String path, String authorization) throws Exception {
            String cookie = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().toString();
            HttpClient plain = HttpClient.newHttpClient();
            HttpResponse<String> api = plain.send(HttpRequest.newBuilder(URI.create(base + "/api/reports"))
                    .header("Authorization", authorization).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(api.headers().allValues("Set-Cookie")).as("the API answers without a session").isEmpty();
            return plain.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        }

        /** A form sent as the page sends it, with the CSRF token of the page it is on. */
        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            Matcher csrf = CSRF.matcher(page(path.equals("/login") ? "/login" : "/"));
            assertThat(csrf.find()).isTrue();
            StringBuilder form = new StringBuilder("_csrf=" + csrf.group(1));
            fields.forEach((name, value) -> form.append('&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
