package vn.coordreport.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.api.ApiFixture.PASSWORD;
import static vn.coordreport.api.ApiFixture.QT;
import static vn.coordreport.api.ApiFixture.json;
import static vn.coordreport.api.ApiFixture.quoted;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.OnDemandReports;
import vn.coordreport.render.Format;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.HostileData;

/** Hostile input gets a clean 4xx and changes nothing. */
@ApiTest
class HostileInputIntegrationTests {

    static final String SQL = "'; drop table record; --";
    static final String Q = URLEncoder.encode(SQL, StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    Http admin;

    @BeforeEach
    void given() {
        if (users.find("admin").isEmpty()) {
            ApiFixture.given(users, importer);
        }
        admin = new Http("http://localhost:" + port, "admin", PASSWORD);
    }

    @Test
    void hostileUploadsAreRefusedAndChangeNothing() {
        var before = ApiFixture.dump(jdbc);
        byte[] records = "agreement,indicator,date\n09/QCPH/SNgV-BP,JOINT_PATROL,2021-05-09\n".getBytes(StandardCharsets.UTF_8);
        byte[] zeros = new byte[10 * 1024 * 1024];
        byte[] random = new byte[1536 * 1024];
        new Random(9).nextBytes(random);

        Map<String, Http.Response> answers = Map.of(
                "climbing entry", admin.upload("/api/imports", "a.zip", Zips.of(Map.of("../../records.csv", records))),
                "absolute entry", admin.upload("/api/imports", "a.zip", Zips.of(Map.of("/tmp/records.csv", records))),
                "windows climbing entry", admin.upload("/api/imports", "a.zip", Zips.of(Map.of("..\\records.csv", records))),
                "zip bomb", admin.upload("/api/imports", "bomb.zip", Zips.of(Map.of("records.csv", zeros))),
                "over the size limit", admin.upload("/api/imports", "big.zip", random),
                "not a zip", admin.upload("/api/imports", "x.zip", "MZ not a zip".getBytes(StandardCharsets.UTF_8)),
                "not an import", admin.upload("/api/imports", "../../etc/passwd", records),
                "sql in dryRun", admin.upload("/api/imports?dryRun=" + Q, "a.zip", Zips.of(Map.of("records.csv", records))));

        assertThat(answers.get("zip bomb").status()).isEqualTo(400);
        assertThat(json(answers.get("zip bomb")).get("detail").asString())
                .contains("tệp zip khi giải nén lớn hơn 200 lần kích thước của nó (có phải bom nén không?)");
        assertThat(answers.get("climbing entry").status()).isEqualTo(400);
        assertThat(json(answers.get("climbing entry")).get("detail").asString())
                .contains("trỏ ra ngoài tệp nén ('..' hoặc đường dẫn tuyệt đối): bị từ chối");
        assertThat(answers.get("over the size limit").status()).isEqualTo(413);
        answers.forEach((what, answer) -> {
            assertThat(answer.status()).as(what).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
        });
        assertThat(ApiFixture.dump(jdbc)).isEqualTo(before);
    }

    @Test
    void sqlMetacharactersAndTraversalInEveryParameterAreRefusedAndChangeNothing() {
        var before = ApiFixture.dump(jdbc);

        Map<String, Http.Response> refused = new java.util.LinkedHashMap<>();
        refused.put("agreement", admin.postJson("/api/report-requests", "{\"agreement\": " + quoted(SQL) + ", \"period\": \"2021\"}"));
        refused.put("period", admin.postJson("/api/report-requests", "{\"agreement\": " + quoted(QT) + ", \"period\": " + quoted(SQL) + "}"));
        refused.put("calendar", admin.postJson("/api/report-requests", "{\"agreement\": " + quoted(QT) + ", \"period\": \"2021\", \"calendar\": " + quoted(SQL) + "}"));
        refused.put("format", admin.postJson("/api/report-requests", "{\"agreement\": " + quoted(QT) + ", \"period\": \"2021\", \"format\": " + quoted(SQL) + "}"));
        refused.put("final", admin.postJson("/api/report-requests", "{\"agreement\": " + quoted(QT) + ", \"period\": \"2021\", \"final\": " + quoted(SQL) + "}"));
        refused.put("malformed JSON", admin.postJson("/api/report-requests", "{\"agreement\": \"09/QCPH"));
        refused.put("JSON not an object", admin.postJson("/api/report-requests", "[1, 2"));
        refused.put("close period", admin.postJson("/api/jobs/close", "{\"period\": " + quoted(SQL) + "}"));
        refused.put("close calendar", admin.postJson("/api/jobs/close", "{\"period\": \"2019-H1\", \"calendar\": " + quoted(SQL) + "}"));
        refused.put("nightly asOf", admin.postJson("/api/jobs/nightly", "{\"asOf\": " + quoted(SQL) + "}"));
        // a number is no day (20210601 was read as the 20 210 601st day after 1970: a nightly run of the year 57304,
        // archived) and no yes or no
        refused.put("nightly asOf number", admin.postJson("/api/jobs/nightly", "{\"asOf\": 20210601}"));
        refused.put("final number", admin.postJson("/api/report-requests",
                "{\"agreement\": " + quoted(QT) + ", \"period\": \"2021\", \"final\": 1}"));
        // nothing of a day or a period to come can have happened: no draft of it, archived for good
        refused.put("nightly asOf to come", admin.postJson("/api/jobs/nightly", "{\"asOf\": \"2099-06-01\"}"));
        refused.put("period to come", admin.postJson("/api/report-requests",
                "{\"agreement\": " + quoted(QT) + ", \"period\": \"2099\"}"));
        refused.put("restart id", admin.postJson("/api/jobs/" + Q + "/restart", "{}"));
        refused.put("job id", admin.get("/api/jobs/" + Q));
        refused.put("job limit", admin.get("/api/jobs?limit=" + Q));
        refused.put("job status", admin.get("/api/jobs?status=" + Q));
        refused.put("reports period", admin.get("/api/reports?period=" + Q));
        refused.put("approvals period", admin.get("/api/approvals?period=" + Q));
        refused.put("request id", admin.get("/api/report-requests/" + Q));
        refused.put("requests limit", admin.get("/api/report-requests?limit=" + Q));
        refused.put("import id", admin.get("/api/imports/" + Q));
        refused.put("report id", admin.get("/api/reports/" + Q));
        refused.put("report id traversal", admin.getRaw("/api/reports/..%2F..%2Fetc%2Fpasswd/content"));
        refused.put("report id dots", admin.getRaw("/api/reports/%2e%2e/content"));
        refused.put("report id semicolon", admin.getRaw("/api/reports/1;drop%20table%20x/content"));
        refused.put("agreement code", admin.get("/api/agreement?code=" + Q));
        refused.forEach((what, answer) -> {
            assertThat(answer.status()).as(what + ": " + answer.text()).isBetween(400, 499);
            assertThat(answer.text()).as(what).doesNotContain("SQLException", "PSQLException", "at org.", "at vn.");
        });
        assertThat(refused.get("malformed JSON").status()).isEqualTo(400);
        assertThat(refused.get("nightly asOf number").text()).contains("asOf");
        // a whole number only too large is said so, not "not a whole number"
        assertThat(admin.get("/api/jobs?limit=99999999999").text()).contains("Tham số 'limit': '99999999999' là số quá lớn.");
        // a register's year that is none is said, not answered with an empty register
        Http.Response noYear = admin.get("/api/register?year=-1");
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.text()).contains("Tham số 'year': '-1' không phải là năm của sổ");
        // and so is an issuing body that is none
        Http.Response noBody = admin.get("/api/register?year=2021&agency=NOPE");
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.text()).contains("không có cơ quan nào mã 'NOPE'");
        // a field misspelt is refused, not left out in silence (a nightly run as of today; a draft for a final)
        Http.Response misspelt = admin.postJson("/api/jobs/nightly", "{\"asof\": \"2021-06-01\"}");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.text()).contains("Không có trường 'asof': các trường là asOf.");
        assertThat(refused.get("final number").text()).contains("final");
        assertThat(refused.get("nightly asOf to come").text()).contains("Ngày tính đến (asOf, --as-of) 01/06/2099 chưa đến (hôm nay là ");
        // nor is a period not begun closed, even forced: its finals would be numbered and issued empty
        Http.Response forced = admin.postJson("/api/jobs/close", "{\"period\": \"2099\", \"force\": true}");
        assertThat(forced.status()).isEqualTo(400);
        assertThat(forced.text()).contains("Không chốt được kỳ 2099: kỳ bắt đầu ngày 15/12/2098, chưa đến");
        assertThat(refused.get("period to come").text()).contains("Kỳ báo cáo năm 2099", "chưa bắt đầu (hôm nay là ");
        assertThat(refused.get("agreement").status()).isEqualTo(404);
        // an address the firewall refuses is said in the reader's words, not Spring Boot's English "Bad Request"
        Http.Response semicolon = refused.get("report id semicolon");
        assertThat(semicolon.status()).isEqualTo(400);
        assertThat(semicolon.text()).contains("Địa chỉ của yêu cầu không hợp lệ").doesNotContain("Bad Request");
        // a period or status that is none is said so (400), not answered with an empty list
        assertThat(refused.get("reports period").status()).isEqualTo(400);
        assertThat(refused.get("reports period").text()).contains("không phải là kỳ báo cáo");
        assertThat(refused.get("job status").status()).isEqualTo(400);

        // lists filtered by such a value are simply empty
        for (String list : List.of("/api/agreements?province=", "/api/reports?agreement=", "/api/deliveries?agreement=")) {
            Http.Response answer = admin.get(list + Q);
            assertThat(answer.status()).as(list).isEqualTo(200);
            assertThat(answer.text()).as(list).isEqualTo("[]");
        }
        assertThat(ApiFixture.dump(jdbc)).isEqualTo(before);
    }

    @Test
    void importedTextComesBackAsTheSameTextInJsonAndOnlyAsASafeFileName(@TempDir Path temp,
            @Autowired OnDemandReports reports) {
        // given an agreement whose every text is hostile
        importer.importPath(HostileData.write(temp.resolve("hostile")), false);

        // when it is listed
        Http.Response list = admin.get("/api/agreements");

        // then JSON carries each text exactly, as a JSON string, never to be sniffed as HTML
        assertThat(list.header("Content-Type")).startsWith("application/json");
        assertThat(list.header("X-Content-Type-Options")).isEqualTo("nosniff");
        var agreement = java.util.stream.StreamSupport.stream(json(list).spliterator(), false).filter(a -> a.get("code").asString().equals(HostileData.CODE))
                .findFirst().orElseThrow();
        // line breaks are stored as LF, whatever the file used (import format 1.1, re-submission)
        assertThat(agreement.get("title").asString()).isEqualTo(HostileData.TITLE.replace("\r\n", "\n"));
        assertThat(agreement.get("leadAgencyName").asString()).isEqualTo(HostileData.AGENCY);
        assertThat(agreement.get("province").asString()).isEqualTo(HostileData.PROVINCE);

        // when its report is downloaded
        ArchivedReport version = reports.archived(HostileData.CODE, Period.year(2021), null, Format.PDF, false, "test");
        Http.Response file = admin.get("/api/reports/" + version.id() + "/content");

        // then its name is an ASCII file name and a percent-encoded Vietnamese one, and nothing else
        assertThat(file.status()).isEqualTo(200);
        List<String> dispositions = file.headers().allValues("Content-Disposition");
        assertThat(dispositions).hasSize(1);
        assertThat(dispositions.get(0)).matches("attachment; filename=\"[A-Za-z0-9._-]+\"; filename\\*=UTF-8''[A-Za-z0-9!#$&+.^_`|~%-]+");
        String vietnamese = URLDecoder.decode(dispositions.get(0).substring(dispositions.get(0).indexOf("''") + 2)
                .replace("+", "%2B"), StandardCharsets.UTF_8);
        assertThat(vietnamese).startsWith("Báo cáo 07-QCPH--i-x--i-&-=1+1- 2021 (dự thảo) v").endsWith(".pdf");
    }

    @Test
    void onlyTheTopLevelCsvFilesOfAZipAreRead() {
        // given a zip with a CSV file at its top and another inside a folder
        Map<String, byte[]> entries = new java.util.TreeMap<>(Map.of(
                "fields.csv", "code,name\nTOP_LEVEL_FIELD,Lĩnh vực thử\n".getBytes(StandardCharsets.UTF_8),
                "sub/agencies.csv", NESTED_AGENCY));

        // when it is uploaded
        Http.Response created = admin.upload("/api/imports", "nested.zip", Zips.of(entries));

        // then only the top-level file is imported
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(json(created).get("files").findValuesAsString("name")).containsExactly("fields.csv");
        assertThat(count("agency where code = 'NESTED-AGENCY'")).isZero();
        assertThat(count("field where code = 'TOP_LEVEL_FIELD'")).isOne();

        // and a zip whose files are all inside a folder is refused saying why
        Http.Response folder = admin.upload("/api/imports", "folder.zip", Zips.of(Map.of("export/agencies.csv", NESTED_AGENCY)));
        assertThat(folder.status()).isEqualTo(400);
        assertThat(json(folder).get("detail").asString()).contains("tệp zip không có tệp .csv nào ở ngoài cùng, chỉ có trong thư mục ('export/agencies.csv'): hãy "
                + "nén chính các tệp CSV, không nén thư mục chứa chúng");
        // and one without a CSV file at all, as such (it was 'csv:0: thư mục không có tệp .csv nào', a folder named csv)
        Http.Response none = admin.upload("/api/imports", "ghi-chu.zip", Zips.of(Map.of("ghi-chu.txt", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(none.status()).isEqualTo(400);
        assertThat(json(none).get("detail").asString()).startsWith("tệp zip không có tệp .csv nào; các tệp nhập liệu là ")
                .doesNotContain("csv:0", "thư mục");
        assertThat(count("agency where code = 'NESTED-AGENCY'")).isZero();
    }

    @Test
    void aZipCutShortIsRefusedAsDamaged() {
        byte[] zip = Zips.of(Map.of("agencies.csv", NESTED_AGENCY));
        var before = ApiFixture.dump(jdbc);

        for (int length : new int[] {30, 60}) {
            Http.Response refused = admin.upload("/api/imports", "x.zip", java.util.Arrays.copyOf(zip, length));

            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
            assertThat(json(refused).get("detail").asString()).as("cut at " + length)
                    .contains("không đọc được tệp zip: tệp bị hỏng hoặc không trọn vẹn").doesNotContain("null");
        }
        // bytes that are no zip at all (a file renamed .zip) were "không phải là tệp zip, hoặc tệp zip trống"
        Http.Response garbage = admin.upload("/api/imports", "x.zip", "không phải zip".getBytes(StandardCharsets.UTF_8));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(json(garbage).get("detail").asString()).contains("không đọc được mục nào trong tệp zip: tệp trống, "
                + "bị hỏng, hoặc không phải là tệp zip");
        assertThat(ApiFixture.dump(jdbc)).isEqualTo(before);
    }

    private static final byte[] NESTED_AGENCY = "code,name,province\nNESTED-AGENCY,Sở Ngoại vụ,Quảng Trị\n"
            .getBytes(StandardCharsets.UTF_8);

    private long count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
    }
}
