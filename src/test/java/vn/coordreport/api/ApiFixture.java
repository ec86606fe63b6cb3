package vn.coordreport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.awaitility.Awaitility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;

/** What the API tests share: users of each role, the sample data, JSON, PDF text, table dumps. */
final class ApiFixture {

    static final String QT = "09/QCPH/SNgV-BP";
    static final String LS = "12/QCPH-SNgV-BĐBP";
    static final String PASSWORD = "mat-khau-2021";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiFixture() {
    }

    /** admin, operator, viewer, and ls-operator limited to Lạng Sơn; Quảng Trị and Lạng Sơn data loaded. */
    static void given(UserAccounts users, Importer importer) {
        users.add("admin", Role.ADMIN, null, PASSWORD);
        users.add("operator", Role.OPERATOR, null, PASSWORD);
        users.add("viewer", Role.VIEWER, null, PASSWORD);
        users.add("ls-operator", Role.OPERATOR, "Lạng Sơn", PASSWORD);
        for (String sample : List.of("quang-tri-2021", "lang-son-2020")) {
            assertThat(importer.importPath(Path.of("src/main/resources/samples", sample), false).status())
                    .isEqualTo(ImportStatus.IMPORTED);
        }
    }

    static JsonNode json(Http.Response response) {
        return JSON.readTree(response.text());
    }

    static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }

    /** Polls a request until it is DONE or FAILED. */
    static JsonNode finished(Http http, String location) {
        return Awaitility.await(location + " finished").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200)).until(() -> json(http.get(location)),
                        status -> status.get("status").asString().matches("DONE|FAILED"));
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of the tables a request could change, as text: equal dumps, nothing changed. */
    static Map<String, List<String>> dump(JdbcClient jdbc) {
        // The API's classes share one application and database: a report another class asked for may still be
        // rendering, and would change the tables between a test's two dumps. Its own requests it waits for itself.
        Awaitility.await("the report requests of earlier tests finished").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200)).until(() -> jdbc.sql(
                        "select count(*) from report_request where status in ('QUEUED', 'RUNNING')")
                        .query(Long.class).single() == 0);
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (String table : List.of("import_batch", "import_file", "field", "indicator", "agency", "agreement",
                "agreement_party", "recipient", "record", "result", "limitation", "task", "target", "commendation",
                "conference", "report_request", "app_user")) {
            dump.put(table, jdbc.sql("select t::text from " + table + " t order by 1").query(String.class).list());
        }
        dump.put("report_version", jdbc.sql("select id::text from report_version order by 1").query(String.class).list());
        return dump;
    }
}
