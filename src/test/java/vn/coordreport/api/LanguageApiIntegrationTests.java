package vn.coordreport.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.api.ApiFixture.PASSWORD;
import static vn.coordreport.api.ApiFixture.json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import vn.coordreport.ingest.Importer;
import vn.coordreport.security.UserAccounts;

/** The API answers in Vietnamese, and in English to a client that asks for it with Accept-Language. */
@ApiTest
class LanguageApiIntegrationTests {

    private static final byte[] BAD_DATE = Zips.of(Map.of("records.csv",
            "agreement,indicator,date\n09/QCPH/SNgV-BP,JOINT_PATROL,31/02/2019\n".getBytes(StandardCharsets.UTF_8)));

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    Importer importer;

    Http operator;

    @BeforeEach
    void given() {
        if (users.find("admin").isEmpty()) {
            ApiFixture.given(users, importer);
        }
        operator = new Http("http://localhost:" + port, "operator", PASSWORD);
    }

    @Test
    void problemsAreInVietnameseByDefault() {
        JsonNode problem = json(operator.upload("/api/imports", "bad.zip", BAD_DATE));

        assertThat(problem.get("detail").asString()).isEqualTo("Không nhập được: 1 lỗi; không có gì được ghi.");
        assertThat(problem.get("errors").values()).extracting(JsonNode::asString).containsExactly(
                "records.csv:2: date: '31/02/2019' không phải là ngày hợp lệ: tháng 2 năm 2019 chỉ có 28 ngày");
        assertThat(json(operator.get("/api/agreement?code=NO-SUCH")).get("detail").asString())
                .isEqualTo("Không có quy chế phối hợp 'NO-SUCH'");
        // a code in another case is told the code meant, as the command line tells it; not to a user of another province
        assertThat(json(operator.get("/api/agreement?code=09/qcph/sngv-bp")).get("detail").asString())
                .isEqualTo("Không có quy chế phối hợp '09/qcph/sngv-bp': có phải là '09/QCPH/SNgV-BP'? Mã quy chế phải"
                        + " ghi như trong danh sách (GET /api/agreements), đúng chữ hoa, chữ thường và dấu");
        Http langSon = new Http("http://localhost:" + port, "ls-operator", PASSWORD);
        assertThat(json(langSon.get("/api/agreement?code=09/qcph/sngv-bp")).get("detail").asString())
                .isEqualTo("Không có quy chế phối hợp '09/qcph/sngv-bp'");
        // a parameter of the wrong type says what it should be, not the converter's "For input string: \"abc\""
        assertThat(json(operator.get("/api/jobs?limit=abc")).get("detail").asString())
                .isEqualTo("Tham số 'limit': 'abc' không phải là một số nguyên.");
        assertThat(json(operator.get("/api/jobs?from=2024-13-01")).get("detail").asString())
                .isEqualTo("Tham số 'from': '2024-13-01' không phải là một ngày viết theo dạng yyyy-mm-dd (ví dụ "
                        + "2024-06-30).");
        // a day written as it should be, past its month's end, is told why, in a parameter or a field
        assertThat(json(operator.get("/api/jobs?from=2024-02-31")).get("detail").asString())
                .isEqualTo("Tham số 'from': '2024-02-31' không phải là ngày hợp lệ: tháng 2 năm 2024 chỉ có 29 ngày.");
        assertThat(json(operator.postJson("/api/jobs/nightly", "{\"asOf\": \"2023-04-31\"}")).get("detail").asString())
                .isEqualTo("Trường 'asOf': '2023-04-31' không phải là ngày hợp lệ: tháng 4 năm 2023 chỉ có 30 ngày.");
        // and a field of a JSON body, with what it should be
        assertThat(json(operator.postJson("/api/report-requests", "{\"agreement\": \"X\", \"final\": \"co\"}"))
                .get("detail").asString()).isEqualTo("Trường 'final': 'co' không phải là true hoặc false.");
        assertThat(json(operator.postJson("/api/report-requests", "{\"agreement\": {\"a\": 1}}")).get("detail")
                .asString()).isEqualTo("Trường 'agreement' phải là một chuỗi ký tự.");
        assertThat(json(operator.postJson("/api/report-requests", "{khong phai JSON")).get("detail").asString())
                .isEqualTo("Không đọc được nội dung yêu cầu (JSON không hợp lệ?)");
        Http.Response nothingThere = operator.get("/api/khong-co");
        assertThat(nothingThere.status()).isEqualTo(404);
        assertThat(json(nothingThere).get("detail").asString()).isEqualTo("Không có tài nguyên api/khong-co.");
        Http.Response badPeriod = operator.postJson("/api/jobs/close", "{\"period\": \"2019-H3\"}");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(json(badPeriod).get("detail").asString())
                .startsWith("Trường 'period': '2019-H3' không phải là kỳ báo cáo: ghi 2019-H1 (6 tháng đầu năm)");
    }

    @Test
    void aValueThatIsNoneNamesItsParameterOrField() {
        // as 'final' and 'agreement' were named: the client is told which of its values to mend
        String request = "{\"agreement\": \"09/QCPH/SNgV-BP\", \"period\": \"%s\", \"format\": \"%s\", "
                + "\"calendar\": \"%s\"}";
        Map<String, String> named = Map.of(
                "Trường 'period': '2021-H9' không phải là kỳ báo cáo: ghi 2019-H1",
                detail(operator.postJson("/api/report-requests", request.formatted("2021-H9", "pdf", "decree-09"))),
                "Trường 'format': không có định dạng 'odt': hãy ghi pdf hoặc docx",
                detail(operator.postJson("/api/report-requests", request.formatted("2021-H1", "odt", "decree-09"))),
                "Trường 'calendar': 'lunar' không phải là lịch kỳ báo cáo",
                detail(operator.postJson("/api/report-requests", request.formatted("2021-H1", "pdf", "lunar"))),
                "Tham số 'period': '2021-H9' không phải là kỳ báo cáo",
                detail(operator.get("/api/reports?period=2021-H9")),
                "Tham số 'period': '0000' không phải là kỳ báo cáo: năm của kỳ viết bằng bốn chữ số",
                detail(operator.get("/api/approvals?period=0000")),
                "Tham số 'status': 'COMPLETE' không phải là trạng thái của lần chạy",
                detail(operator.get("/api/jobs?status=COMPLETE")),
                "Tham số 'job': 'nightly' không phải là tên tác vụ",
                detail(operator.get("/api/jobs?job=nightly")),
                "Tham số 'agency': không có cơ quan nào mã 'NOPE'",
                detail(operator.get("/api/register?year=2021&agency=NOPE")));
        named.forEach((expected, detail) -> assertThat(detail).startsWith(expected));
    }

    private static String detail(Http.Response answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        return json(answer).get("detail").asString();
    }

    @Test
    void theApiAnswersInJsonOnly() {
        // a client that takes XML or YAML only is told the API has JSON, in JSON, rather than read an XML no
        // document describes
        for (String type : List.of("application/xml", "text/xml", "application/yaml")) {
            Http.Response other = operator.getAccepting("/api/agreements", type);
            assertThat(other.status()).as(type).isEqualTo(406);
            assertThat(other.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(json(other).get("detail").asString()).isEqualTo("Không trả lời được theo kiểu nội dung đã yêu "
                    + "cầu (tiêu đề Accept): các kiểu có được là application/json, application/*+json.");
        }
        // and what would change something is refused before it is done, not done and then answered 406
        int requests = json(operator.get("/api/report-requests")).size();
        Http.Response xmlRequest = operator.postJsonAccepting("/api/report-requests",
                "{\"agreement\": \"09/QCPH/SNgV-BP\", \"period\": \"2021\"}", "application/xml");
        assertThat(xmlRequest.status()).isEqualTo(406);
        assertThat(json(xmlRequest).get("detail").asString()).endsWith("các kiểu có được là application/json.");
        assertThat(json(operator.get("/api/report-requests")).size()).isEqualTo(requests);
        // one that prefers XML but takes JSON reads JSON
        Http.Response either = operator.getAccepting("/api/agreements", "application/xml, application/json;q=0.5");
        assertThat(either.status()).isEqualTo(200);
        assertThat(either.header("Content-Type")).startsWith("application/json");
        assertThat(json(either).isArray()).isTrue();
    }

    @Test
    void aProblemsTitleIsInTheReadersLanguageToo() {
        // a title set on purpose, ours, Spring MVC's own problems, and the security module's
        assertThat(json(operator.upload("/api/imports", "bad.zip", BAD_DATE)).get("title").asString())
                .isEqualTo("Không nhập được");
        assertThat(json(operator.get("/api/agreement?code=NO-SUCH")).get("title").asString()).isEqualTo("Không tìm thấy");
        assertThat(json(operator.get("/api/jobs?limit=abc")).get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(json(operator.get("/api/khong-co")).get("title").asString()).isEqualTo("Không tìm thấy");
        Http.Response notSignedIn = new Http("http://localhost:" + port, "operator", "sai-mat-khau").get("/api/jobs");
        assertThat(notSignedIn.status()).isEqualTo(401);
        assertThat(json(notSignedIn).get("title").asString()).isEqualTo("Chưa đăng nhập");

        Http english = operator.inLanguage("en");
        assertThat(json(english.get("/api/agreement?code=NO-SUCH")).get("title").asString()).isEqualTo("Not Found");
        assertThat(json(english.get("/api/jobs?limit=abc")).get("title").asString()).isEqualTo("Bad Request");
    }

    @Test
    void anEnglishClientReadsEnglish() {
        Http english = operator.inLanguage("en-GB,en;q=0.9");

        JsonNode problem = json(english.upload("/api/imports", "bad.zip", BAD_DATE));

        assertThat(problem.get("detail").asString()).isEqualTo("Import rejected: 1 problem; nothing was written.");
        assertThat(problem.get("errors").values()).extracting(JsonNode::asString).containsExactly(
                "records.csv:2: date: '31/02/2019' is not a date: month 2 of 2019 has 28 days");
        assertThat(json(english.get("/api/agreement?code=NO-SUCH")).get("detail").asString())
                .isEqualTo("There is no agreement 'NO-SUCH'");
        assertThat(json(english.get("/api/jobs?limit=abc")).get("detail").asString())
                .isEqualTo("Parameter 'limit': 'abc' is not a whole number.");
        Http.Response badPeriod = english.postJson("/api/jobs/close", "{\"period\": \"2019-H3\"}");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(json(badPeriod).get("detail").asString())
                .startsWith("Field 'period': '2019-H3' is not a period: write 2019-H1, 2019-H2, 2020-9M, 2021-Q3, 2021");
        assertThat(json(english.postJson("/api/jobs/close", "{\"period\": \"2019-07-01..2019-06-01\"}")).get("detail")
                .asString()).isEqualTo("Field 'period': '2019-07-01..2019-06-01' is not a valid date range: the range ends (01/06/2019) "
                        + "before it starts (01/07/2019)");
    }

    @Test
    void aLanguageNeitherVietnameseNorEnglishReadsVietnamese() {
        JsonNode problem = json(operator.inLanguage("fr-FR").upload("/api/imports", "bad.zip", BAD_DATE));

        assertThat(problem.get("detail").asString()).isEqualTo("Không nhập được: 1 lỗi; không có gì được ghi.");
    }
}
