package vn.coordreport.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.api.ApiFixture.PASSWORD;
import static vn.coordreport.api.ApiFixture.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import vn.coordreport.ingest.Importer;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.UserAccounts;

/** Agency staff upload their data over HTTP, with the command line's checks and messages. */
@ApiTest
class ImportsApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    Http operator;

    @BeforeEach
    void given() {
        if (users.find("admin").isEmpty()) {
            ApiFixture.given(users, importer);
        }
        operator = new Http("http://localhost:" + port, "operator", PASSWORD);
    }

    @Test
    void aZipOfCsvFilesIsImportedOnceAndListed() {
        byte[] zip = Zips.ofFolder(Path.of("src/main/resources/samples/tay-ninh-2019"));

        // when the Tây Ninh export is uploaded
        Http.Response created = operator.upload("/api/imports", "tay-ninh-2019.zip", zip);

        // then it is imported, with its files and rows, and its place in the history
        assertThat(created.status()).isEqualTo(201);
        JsonNode outcome = json(created);
        assertThat(outcome.get("status").asString()).isEqualTo("IMPORTED");
        assertThat(outcome.get("rows").asLong()).isPositive();
        assertThat(outcome.get("files").findValuesAsString("name")).contains("agreements.csv", "records.csv");
        long id = outcome.get("importId").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/imports/" + id);
        JsonNode recorded = json(operator.get("/api/imports/" + id));
        assertThat(recorded.get("source").asString()).isEqualTo("upload:tay-ninh-2019.zip");
        assertThat(recorded.get("importedBy").asString()).isEqualTo("operator");
        assertThat(json(operator.get("/api/imports")).findValuesAsString("source")).contains("upload:tay-ninh-2019.zip");
        assertThat(audit.recent(50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("IMPORT");
            assertThat(e.target()).isEqualTo("tay-ninh-2019.zip");
        });

        // and uploaded again, it changes nothing
        Http.Response again = operator.upload("/api/imports", "tay-ninh-2019.zip", zip);
        assertThat(again.status()).isEqualTo(200);
        assertThat(json(again).get("status").asString()).isEqualTo("ALREADY_IMPORTED");
    }

    @Test
    void problemsAreListedByFileAndLineAndNothingIsWritten() {
        long records = jdbc.sql("select count(*) from record").query(Long.class).single();
        byte[] zip = Zips.of(Map.of("records.csv", ("agreement,indicator,date\n"
                + "09/QCPH/SNgV-BP,NO_SUCH,2021-05-01\n"
                + "09/QCPH/SNgV-BP,JOINT_PATROL,2021-02-31\n").getBytes(StandardCharsets.UTF_8)));

        Http.Response rejected = operator.upload("/api/imports", "bad.zip", zip);

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = json(rejected);
        assertThat(problem.get("count").asLong()).isEqualTo(2);
        assertThat(problem.get("errors").values()).extracting(JsonNode::asString).satisfiesExactly(
                e -> assertThat(e).startsWith("records.csv:2: indicator: mã chỉ tiêu 'NO_SUCH' không có trong tệp indicators.csv"),
                e -> assertThat(e).startsWith("records.csv:3: date: '2021-02-31' không phải là ngày hợp lệ"));
        assertThat(problem.get("detail").asString()).isEqualTo("Không nhập được: 2 lỗi; không có gì được ghi.");
        assertThat(jdbc.sql("select count(*) from record").query(Long.class).single()).isEqualTo(records);
    }

    @Test
    void anUploadWithoutItsFileSaysWhichPartIsMissingInVietnamese() {
        Http.Response missing = operator.postFormWithoutFile("/api/imports", "tep");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(json(missing).get("detail").asString()).startsWith("Thiếu phần 'file' của yêu cầu: gửi tệp")
                .doesNotContain("Required part");
    }

    @Test
    void aDryRunChecksAndWritesNothing() {
        long records = jdbc.sql("select count(*) from record").query(Long.class).single();
        byte[] zip = Zips.of(Map.of("records.csv",
                "agreement,indicator,date\n09/QCPH/SNgV-BP,JOINT_PATROL,2021-05-02\n".getBytes(StandardCharsets.UTF_8)));

        Http.Response validated = operator.upload("/api/imports?dryRun=true", "check.zip", zip);

        assertThat(validated.status()).isEqualTo(200);
        assertThat(json(validated).get("status").asString()).isEqualTo("VALIDATED");
        assertThat(json(validated).at("/files/0/counts/added").asLong()).isEqualTo(1);
        assertThat(json(validated).get("notices").values()).isEmpty();
        assertThat(jdbc.sql("select count(*) from record").query(Long.class).single()).isEqualTo(records);
    }

    @Test
    void aDateNotYetComeIsTakenAndSaidInTheNotices() {
        java.time.LocalDate ahead = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusYears(1);
        byte[] zip = Zips.of(Map.of("records.csv", ("agreement,indicator,date\n09/QCPH/SNgV-BP,JOINT_PATROL,2021-05-02\n"
                + "09/QCPH/SNgV-BP,JOINT_PATROL," + ahead + "\n").getBytes(StandardCharsets.UTF_8)));

        Http.Response validated = operator.upload("/api/imports?dryRun=true", "ahead.zip", zip);

        assertThat(validated.status()).isEqualTo(200);
        assertThat(json(validated).get("status").asString()).isEqualTo("VALIDATED");
        assertThat(json(validated).get("notices").values()).extracting(JsonNode::asString).singleElement()
                .satisfies(n -> assertThat(n).startsWith("records.csv:3: date: ngày "
                        + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(ahead) + " chưa đến (hôm nay là ")
                        .endsWith("Nếu ghi nhầm (thường là nhầm năm), hãy sửa tệp trước khi nhập."));
    }

    @Test
    void dataSentAgainIsCountedAsAlreadyPresentAndAddsNothing() throws IOException {
        // given the Quảng Trị records, already imported, re-saved with CRLF
        String records = java.nio.file.Files.readString(Path.of("src/main/resources/samples/quang-tri-2021/records.csv"));
        long rows = records.lines().count() - 1;
        long stored = jdbc.sql("select count(*) from record").query(Long.class).single();
        byte[] zip = Zips.of(Map.of("records.csv", records.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));

        // when
        Http.Response created = operator.upload("/api/imports", "quang-tri-lan-2.zip", zip);

        // then
        assertThat(created.status()).isEqualTo(201);
        JsonNode counts = json(created).at("/files/0/counts");
        assertThat(List.of(counts.get("added").asLong(), counts.get("present").asLong(), counts.get("corrected").asLong()))
                .containsExactly(0L, rows, 0L);
        JsonNode recorded = json(operator.get("/api/imports/" + json(created).get("importId").asLong()));
        assertThat(List.of(recorded.get("added").asLong(), recorded.get("present").asLong())).containsExactly(0L, rows);
        assertThat(jdbc.sql("select count(*) from record").query(Long.class).single()).isEqualTo(stored);
    }

    @Test
    void anExcelWorkbookIsImported() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(xlsx, "coordreport-test", "1.0");
        Worksheet sheet = workbook.newWorksheet("records");
        sheet.value(0, 0, "agreement");
        sheet.value(0, 1, "indicator");
        sheet.value(0, 2, "date");
        sheet.value(1, 0, "09/QCPH/SNgV-BP");
        sheet.value(1, 1, "JOINT_PATROL");
        sheet.value(1, 2, "2021-05-03");
        workbook.finish();

        Http.Response created = operator.upload("/api/imports", "Số liệu tháng 5.xlsx", xlsx.toByteArray());

        assertThat(created.status()).isEqualTo(201);
        assertThat(json(created).get("rows").asLong()).isEqualTo(1);
    }
}
