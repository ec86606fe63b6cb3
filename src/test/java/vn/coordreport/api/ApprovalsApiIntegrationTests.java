package vn.coordreport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import vn.coordreport.ingest.Importer;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.IssuingFixture;
import vn.coordreport.issuing.Poppler;
import vn.coordreport.issuing.TestKeys;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.PostgresInitializer;

/**
 * The issuing steps over the HTTP API, as the signed-in user: each refusal is
 * a problem with the status of its reason (403 role or province, 409 out of
 * order, 400 wrong password, 404 unknown) and changes nothing; the steps in
 * order take the final out, and the register answers it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=ApprovalsApiIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalsApiIntegrationTests {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static final String KEY = "mat-khau-khoa";
    static final String PASSWORD = IssuingFixture.USER_PASSWORD;

    @LocalServerPort
    int port;

    long id;

    @BeforeAll
    void aClosedFinal(@Autowired Importer importer, @Autowired ReportJobs jobs, @Autowired UserAccounts users,
            @Autowired Issuing issuing, @TempDir Path temp) {
        importer.importPath(IssuingFixture.withSigners(Path.of("src/main/resources/samples/quang-tri-2021"), temp), false);
        IssuingFixture.users(users);
        users.add("phong-tayninh", Role.REVIEWER, "Tây Ninh", PASSWORD);
        users.add("vanthu-tayninh", Role.CLERK, "Tây Ninh", PASSWORD);
        users.add("vanhanh", Role.OPERATOR, null, PASSWORD);
        issuing.addPersonalKey(IssuingFixture.SIGNER, TestKeys.pkcs12("k", "Nguyễn Văn Hùng", KEY), null, null,
                KEY.toCharArray(), TestKeys.signaturePng(), "test");
        issuing.addOrganisationKey("SNGV-QT", TestKeys.pkcs12("s", "Sở Ngoại vụ", KEY), null, null, KEY.toCharArray(),
                TestKeys.sealPng(), "test");
        jobs.closePeriod(Period.year(2021), null, true);
        id = issuing.list(Period.year(2021), null).get(0).versionId();
    }

    @Test
    void refusedStepsAnswerTheirReasonAndTheStepsInOrderIssueTheFinal() {
        Http reviewer = as(IssuingFixture.REVIEWER);
        Http signer = as(IssuingFixture.SIGNER);
        Http clerk = as(IssuingFixture.CLERK);

        assertProblem(as("vanhanh").postJson("/api/approvals/" + id + "/approve", "{}"), 403, null);
        assertThat(detail(assertProblem(signer.postJson("/api/approvals/" + id + "/approve", "{}"), 403, "ROLE")))
                .isEqualTo("Người dùng '" + IssuingFixture.SIGNER + "' không được duyệt bản chính thức: việc này cần vai "
                        + "trò REVIEWER, mà người này chỉ có SIGNER. Trưởng phòng (REVIEWER) duyệt, lãnh đạo (SIGNER) ký "
                        + "số, văn thư (CLERK) cấp số và ban hành.");
        assertThat(detail(assertProblem(signer.inLanguage("en").postJson("/api/approvals/" + id + "/approve", "{}"),
                403, "ROLE"))).isEqualTo("user '" + IssuingFixture.SIGNER + "' may not approve a final: that takes the "
                        + "REVIEWER role, and they hold SIGNER");
        assertProblem(as("phong-tayninh").postJson("/api/approvals/" + id + "/approve", "{}"), 403, "PROVINCE");
        assertProblem(signer.postJson("/api/approvals/" + id + "/sign", "{\"password\": \"" + KEY + "\"}"), 409, "STATE");
        assertProblem(reviewer.postJson("/api/approvals/999999/approve", "{}"), 404, "UNKNOWN");
        assertProblem(reviewer.postJson("/api/approvals/" + id + "/reject", "{}"), 400, "COMMENT");
        JsonNode waiting = ApiFixture.json(reviewer.get("/api/approvals/" + id));
        assertThat(waiting.get("document").get("state").asString()).isEqualTo("WAITING_REVIEW");
        // what it will say once signed, for the reviewer and the signer before
        assertThat(waiting.get("preview").get("title").asString()).startsWith("Báo cáo ");
        assertThat(waiting.get("preview").get("signerName").asString()).isEqualTo(IssuingFixture.signerOf("SNGV-QT"));

        assertThat(reviewer.postJson("/api/approvals/" + id + "/approve", "{\"comment\": \"Đồng ý\"}").status())
                .isEqualTo(200);
        assertThat(detail(assertProblem(signer.inLanguage("en").postJson("/api/approvals/" + id + "/sign",
                "{\"password\": \"sai\"}"), 400, "PASSWORD")))
                .isEqualTo("wrong password for the key of user '" + IssuingFixture.SIGNER + "'; nothing was changed; 4 more"
                        + " wrong tries in a row lock the key for 15 minutes");
        // four more wrong ones lock the key for a while, said as the sign-in's lock is: 429 with Retry-After
        for (int i = 0; i < 4; i++) {
            assertProblem(signer.postJson("/api/approvals/" + id + "/sign", "{\"password\": \"sai\"}"), 400, "PASSWORD");
        }
        Http.Response locked = assertProblem(signer.postJson("/api/approvals/" + id + "/sign",
                "{\"password\": \"" + KEY + "\"}"), 429, "KEY_LOCKED");
        assertThat(locked.header("Retry-After")).isEqualTo("900");
        jdbc.sql("delete from key_password_failure").update();
        Http.Response signed = signer.postJson("/api/approvals/" + id + "/sign", "{\"password\": \"" + KEY + "\"}");
        assertThat(ApiFixture.json(signed).get("state").asString()).isEqualTo("SIGNED");
        Http.Response issued = clerk.postJson("/api/approvals/" + id + "/issue", "{\"password\": \"" + KEY + "\"}");

        assertThat(issued.status()).as(issued.text()).isEqualTo(200);
        JsonNode run = ApiFixture.json(issued);
        assertThat(run.get("outcomes").get(0).get("document").get("state").asString()).isEqualTo("ISSUED");
        // no mail server here: why the mails wait, in the reader's language
        assertThat(run.get("deliveriesOrNull").isNull()).isTrue();
        assertThat(run.get("deliveryProblem").asString()).startsWith("chưa cấu hình máy chủ thư (spring.mail.host)");
        JsonNode history = ApiFixture.json(clerk.get("/api/approvals/" + id)).get("history");
        assertThat(history).hasSize(4);
        // each step audited with the address it was asked from, the signature and the issue (taken on a pool's
        // threads) as the approval
        assertThat(jdbc.sql("select action || ' ' || coalesce(remote_address, '-') from audit_log where target = :t "
                + "order by id").param("t", "final/" + id).query(String.class).list())
                .containsExactly("APPROVE 127.0.0.1", "SIGN 127.0.0.1", "ISSUE 127.0.0.1");
        assertThat(history.get(3).get("username").asString()).isEqualTo(IssuingFixture.CLERK);
        Http.Response document = clerk.get("/api/approvals/" + id + "/document");
        assertThat(document.header("Content-Type")).isEqualTo("application/pdf");
        // named by its number, as the pages name it ("final-7.pdf" told nothing)
        assertThat(document.header("Content-Disposition")).contains("filename=\"Bao-cao-09-QCPH-SNgV-BP-2021-so-01-BC-SNgV.pdf\"",
                "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%2009-QCPH-SNgV-BP%202021%20s%E1%BB%91%2001-BC-SNgV.pdf");
        assertThat(Poppler.text(document.body())).contains("Số: 01/BC-SNgV");
        // and the archive's copy of the same bytes under the same name
        long issuedVersion = run.get("outcomes").get(0).get("document").get("issuedVersionId").asLong();
        assertThat(clerk.get("/api/reports/" + issuedVersion + "/content").header("Content-Disposition"))
                .contains("s%E1%BB%91%2001-BC-SNgV.pdf");
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        JsonNode register = ApiFixture.json(as("vanhanh").get("/api/register?year=" + year));
        assertThat(register).singleElement().satisfies(e -> assertThat(e.get("numberSymbol").asString())
                .isEqualTo("01/BC-SNgV"));
    }

    @Test
    void theClerkSendsASignedFinalBackWithTheReasonAndItIsNeverIssued(@Autowired ReportJobs jobs,
            @Autowired Issuing issuing) {
        jobs.closePeriod(Period.parse("2021-H1"), null, true);
        long h1 = issuing.list(Period.parse("2021-H1"), null).get(0).versionId();
        Http clerk = as(IssuingFixture.CLERK);
        String reject = "/api/approvals/" + h1 + "/reject";
        // waiting for review, it is not the văn thư's to send back, and they are told what is
        assertThat(detail(assertProblem(clerk.postJson(reject, "{\"comment\": \"Sai nơi nhận\"}"), 409, "STATE")))
                .endsWith("văn thư (CLERK) trả lại khi báo cáo đã ký, chưa cấp số và ban hành (SIGNED).");
        issuing.approve(h1, issuing.actor(IssuingFixture.REVIEWER), null);
        issuing.sign(java.util.List.of(h1), issuing.actor(IssuingFixture.SIGNER), KEY.toCharArray());
        // signed: not by the văn thư of another province, nor without a reason
        assertProblem(as("vanthu-tayninh").postJson(reject, "{\"comment\": \"Sai nơi nhận\"}"), 403, "PROVINCE");
        assertProblem(clerk.postJson(reject, "{}"), 400, "COMMENT");
        long registered = registerLines();

        Http.Response sentBack = clerk.postJson(reject, "{\"comment\": \"Sai người ký: lãnh đạo đi công tác\"}");

        assertThat(sentBack.status()).as(sentBack.text()).isEqualTo(200);
        JsonNode f = ApiFixture.json(sentBack);
        assertThat(f.get("state").asString()).isEqualTo("REJECTED");
        assertThat(f.get("documentNumber").isNull()).isTrue();
        assertThat(f.get("lastUsername").asString()).isEqualTo(IssuingFixture.CLERK);
        assertThat(f.get("lastComment").asString()).isEqualTo("Sai người ký: lãnh đạo đi công tác");
        JsonNode history = ApiFixture.json(clerk.get("/api/approvals/" + h1)).get("history");
        assertThat(history.get(history.size() - 1).get("step").asString()).isEqualTo("REJECTED");
        // and the signed document is never issued: refused, nothing registered
        assertProblem(clerk.postJson("/api/approvals/" + h1 + "/issue", "{\"password\": \"" + KEY + "\"}"), 409,
                "STATE");
        assertThat(registerLines()).isEqualTo(registered);
    }

    private long registerLines() {
        return jdbc.sql("select count(*) from outgoing_register").query(Long.class).single();
    }

    private Http as(String user) {
        return new Http("http://localhost:" + port, user, PASSWORD);
    }

    private static Http.Response assertProblem(Http.Response response, int status, String problem) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        if (problem != null) {
            assertThat(ApiFixture.json(response).get("problem").asString()).isEqualTo(problem);
        }
        return response;
    }

    private static String detail(Http.Response problem) {
        return ApiFixture.json(problem).get("detail").asString();
    }
}
