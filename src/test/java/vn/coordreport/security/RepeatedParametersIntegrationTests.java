package vn.coordreport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.Importer;
import vn.coordreport.support.PostgresInitializer;

/**
 * A parameter that takes one value, given twice ({@code dryRun=false&dryRun=true}), is refused naming it, in the API
 * and on the pages, before anything is done; the parameters that take several values (the users' roles, the entry
 * form's rows) and the upload's file still work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=RepeatedParametersIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepeatedParametersIntegrationTests {

    static final String QT = "09/QCPH/SNgV-BP";
    static final byte[] RECORDS = ("agreement,indicator,date,quantity,agency\n" + QT + ",BORDER_VIOLATION,2021-05-09,1,BDBP-QT\n")
            .getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void given(@Autowired UserAccounts accounts, @Autowired Importer importer) {
        Users.add(accounts);
        importer.importPath(Path.of("src/main/resources/samples/quang-tri-2021"), false);
    }

    @Test
    void anImportWithDryRunGivenTwiceIsRefusedAndWritesNothing() {
        long imports = count("import_batch");
        long records = count("record");

        HttpResponse<String> both = upload("/api/imports?dryRun=false&dryRun=true", Map.of(), RECORDS);
        HttpResponse<String> reversed = upload("/api/imports?dryRun=true&dryRun=false", Map.of(), RECORDS);
        // the address says one thing, a field of the form another
        HttpResponse<String> field = upload("/api/imports?dryRun=true", Map.of("dryRun", "maybe"), RECORDS);

        for (HttpResponse<String> refused : List.of(both, reversed, field)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("Tham số 'dryRun' được gửi 2 lần", "chỉ nhận một giá trị")
                    .doesNotContain("[Ljava");
        }
        assertThat(both.body()).contains("('false', 'true')");
        assertThat(field.body()).contains("'maybe'", "'true'");
        assertThat(count("import_batch")).isEqualTo(imports);
        assertThat(count("record")).isEqualTo(records);

        // one dryRun, and the file, as before
        HttpResponse<String> checked = upload("/api/imports?dryRun=true", Map.of(), RECORDS);
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        assertThat(checked.body()).contains("\"status\":\"VALIDATED\"");
        assertThat(count("record")).isEqualTo(records);
    }

    @Test
    void twoFilesWhereTheImportTakesOneAreRefused() {
        long imports = count("import_batch");

        HttpResponse<String> two = send(multipart("/api/imports", Map.of(), RECORDS, RECORDS));

        assertThat(two.statusCode()).isEqualTo(400);
        assertThat(two.body()).contains("Tham số 'file' được gửi 2 lần");
        assertThat(count("import_batch")).isEqualTo(imports);
    }

    @Test
    void aListsParametersGivenTwiceAreRefusedNamingThem() {
        Http operator = Http.basic(port, Users.OPERATOR, Users.password(Users.OPERATOR));

        HttpResponse<String> limit = operator.get("/api/report-requests?limit=5&limit=abc");
        HttpResponse<String> from = operator.get("/api/jobs?from=2021-01-01&from=abc");
        HttpResponse<String> same = operator.get("/api/reports?period=2021-H1&period=2021-H1");

        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(limit.body()).contains("Tham số 'limit' được gửi 2 lần ('5', 'abc')");
        assertThat(from.statusCode()).isEqualTo(400);
        assertThat(from.body()).contains("Tham số 'from' được gửi 2 lần");
        // the same value twice is refused as well: a text read it joined ('2021-H1,2021-H1')
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(same.body()).contains("Tham số 'period' được gửi 2 lần");
        assertThat(operator.get("/api/report-requests?limit=5").statusCode()).isEqualTo(200);
    }

    @Test
    void aPageWithAParameterGivenTwiceSaysSoOnTheErrorPage() {
        Http browser = Http.browser(port);
        browser.login(Users.ADMIN, Users.password(Users.ADMIN));

        HttpResponse<String> page = browser.get("/?page=1&page=abc");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("Tham số &#39;page&#39; được gửi 2 lần");
        assertThat(browser.get("/?page=1").statusCode()).isEqualTo(200);
    }

    @Test
    void theParametersThatTakeSeveralValuesStillDo() {
        Http browser = Http.browser(port);
        browser.login(Users.ADMIN, Users.password(Users.ADMIN));
        String csrf = browser.csrf("/users");

        // the roles' check boxes
        HttpResponse<String> added = browser.rawForm("/users", "username=hai-vai-tro&roles=REVIEWER&roles=SIGNER&_csrf="
                + Http.path(csrf));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/users/account?username=hai-vai-tro"));

        // the entry form's rows: the inputs of a column share a name
        HttpResponse<String> entry = browser.rawForm("/entry", "agreement=" + Http.path(QT)
                + "&period=2021-H1&more=records.csv&records.indicator=BORDER_VIOLATION&records.indicator=BORDER_VIOLATION"
                + "&_csrf=" + Http.path(browser.csrf("/entry?agreement=" + Http.path(QT))));
        assertThat(entry.statusCode()).as(entry.body()).isEqualTo(200);
        assertThat(entry.body()).doesNotContain("được gửi 2 lần");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private HttpResponse<String> upload(String path, Map<String, String> fields, byte[] records) {
        return send(multipart(path, fields, records));
    }

    /** A form of these text fields and one {@code file} part for each of {@code files}, a zip of one records.csv. */
    private HttpRequest multipart(String path, Map<String, String> fields, byte[]... files) {
        String boundary = "----coordreport-repeated";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (byte[] records : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"records.csv\""
                    + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(records);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String basic = Users.OPERATOR + ":" + Users.password(Users.OPERATOR);
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
