package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.AgreementRecipient;
import vn.coordreport.ingest.Importer;
import vn.coordreport.ingest.PeriodLocks;
import vn.coordreport.issuing.FinalDocument;
import vn.coordreport.issuing.FinalState;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.IssuingFixture;
import vn.coordreport.issuing.TestKeys;
import vn.coordreport.messages.DateFormats;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.PostgresInitializer;

/**
 * What a final's page says before its signature and its issue: to a deputy whose key names him, not the director
 * the Quảng Trị report names, that he would sign under another's name; to a signer without a key, that he has none
 * and who registers it; to the văn thư, the number the register will most likely give, the date, the recipients and,
 * once the period was reopened and its final made again, the document it replaces; and who signed under whose name.
 * Looking at the page takes no number.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=StepOutlooksIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StepOutlooksIntegrationTests {

    static final String PASSWORD = IssuingFixture.USER_PASSWORD;
    static final String KEY = IssuingFixture.KEY_PASSWORD;
    static final String AGREEMENT = "09/QCPH/SNgV-BP";
    static final String DEPUTY = "phogiamdoc";
    static final String KEYLESS = "chuacokhoa";

    @Autowired
    MockMvc mvc;

    @Autowired
    Issuing issuing;

    @Autowired
    ReportJobs jobs;

    @Autowired
    Importer importer;

    @Autowired
    AgreementCatalog catalog;

    @Autowired
    Clock clock;

    Path temp;
    long finalId;

    @BeforeAll
    void anApprovedFinalAndThreeSigners(@Autowired UserAccounts users, @TempDir Path temp) {
        this.temp = temp;
        importer.importPath(IssuingFixture.withSigners(Path.of("src/main/resources/samples/quang-tri-2021"), temp), false);
        IssuingFixture.users(users);
        users.add(DEPUTY, Role.SIGNER, null, PASSWORD);
        users.add(KEYLESS, Role.SIGNER, null, PASSWORD);
        // the director's key names him as a certificate writes it, without diacritics: the same name
        issuing.addPersonalKey(IssuingFixture.SIGNER, TestKeys.pkcs12("giamdoc", "NGUYEN VAN HUNG", KEY), null, null,
                KEY.toCharArray(), TestKeys.signaturePng(), "test");
        issuing.addPersonalKey(DEPUTY, TestKeys.pkcs12("pho", "Trần Văn Phó", KEY), null, null, KEY.toCharArray(),
                TestKeys.signaturePng(), "test");
        issuing.addOrganisationKey("SNGV-QT", TestKeys.pkcs12("sngv", "Sở Ngoại vụ tỉnh Quảng Trị", KEY), null, null,
                KEY.toCharArray(), TestKeys.sealPng(), "test");
        jobs.closePeriod(Period.year(2021), null, true);
        finalId = waiting(FinalState.WAITING_REVIEW).versionId();
        issuing.approve(finalId, issuing.actor(IssuingFixture.REVIEWER), null);
    }

    @Test
    @Order(1)
    void theSigningCardSaysWhoseNameTheKeyBearsBeforeTheSignature() throws Exception {
        String deputy = page(DEPUTY);
        assertThat(deputy).contains("id=\"key-names-another\"", "Khóa ký số của bạn mang tên Trần Văn Phó, còn văn bản"
                + " ghi người ký là Nguyễn Văn Hùng: nếu ký, văn bản sẽ không do người có tên dưới chữ ký ký số, và sổ"
                + " đăng ký sẽ ghi lại điều này.", "id=\"sign-password\"");
        // and the list the batch "Ký số tất cả" is offered under says it of the row, with a line above the batch form
        assertThat(list(DEPUTY)).contains("Khóa của bạn mang tên khác người ký", "id=\"other-name-warning\"",
                "1 báo cáo trong danh sách có người ký ghi trên văn bản khác tên trên khóa ký số");
        assertThat(list(IssuingFixture.SIGNER)).doesNotContain("Khóa của bạn mang tên khác người ký", "other-name-warning");
        // and the API's final says it too, for the signer asking
        assertThat(api(DEPUTY)).contains("\"signing\":{\"username\":\"" + DEPUTY + "\",\"keyHolder\":\"Trần Văn Phó\","
                + "\"signerName\":\"Nguyễn Văn Hùng\"", "\"keyNamesAnother\":true", "\"issue\":null");

        // the director's key says NGUYEN VAN HUNG: his own name, as the signing step compares it
        String director = page(IssuingFixture.SIGNER);
        assertThat(director).contains("id=\"sign-password\"").doesNotContain("id=\"key-names-another\"", "id=\"no-key\"");

        // no key: said, with who registers one, and no password asked for a step that could only be refused
        String keyless = page(KEYLESS);
        assertThat(keyless).contains("id=\"no-key\"", "chưa có khóa ký số để ký. Xin báo quản trị viên hệ thống đăng"
                + " ký khóa ký số cho tài khoản này.", "id=\"reject\"").doesNotContain("id=\"sign-password\"",
                "Mật khẩu hoặc mã PIN chỉ dùng cho lần ký này");
    }

    @Test
    @Order(2)
    void theIssuingCardSaysTheNumberDateRecipientsAndWhoSignedUnderWhoseName() throws Exception {
        issuing.sign(List.of(finalId), issuing.actor(DEPUTY), KEY.toCharArray());

        String page = page(IssuingFixture.CLERK);
        String today = DateFormats.DAY.format(LocalDate.now(clock));
        assertThat(page).contains("id=\"issue-outlook\"", "<strong>01/BC-SNgV</strong>",
                ": số tiếp theo còn trống trong sổ đăng ký văn bản đi năm " + LocalDate.now(clock).getYear()
                        + " của Sở Ngoại vụ tỉnh Quảng Trị. Số chỉ được cấp vào lúc ban hành",
                today + " (hôm nay)");
        List<AgreementRecipient> recipients = catalog.recipients(AGREEMENT);
        assertThat(recipients).hasSizeGreaterThan(1);
        assertThat(page).contains(recipients.size() + " nơi nhận, mỗi nơi một thư điện tử:");
        for (AgreementRecipient r : recipients) {
            assertThat(page).contains(r.name() + " &lt;" + r.email() + "&gt;");
        }
        assertThat(page).contains("id=\"signed-under-another-name\"", "Văn bản được ký số bằng khóa mang tên Trần Văn"
                + " Phó (tài khoản " + DEPUTY + " ký), còn văn bản ghi người ký là Nguyễn Văn Hùng: văn bản không do"
                + " người có tên dưới chữ ký ký số.").doesNotContain("id=\"replaces\"");
        assertThat(list(IssuingFixture.CLERK)).contains("Đã ký bằng khóa mang tên người khác", "id=\"other-name-warning\"");
        assertThat(api(IssuingFixture.CLERK)).contains("\"issue\":{\"number\":\"01/BC-SNgV\"",
                "\"signedBy\":\"" + DEPUTY + "\"", "\"replaces\":null", "\"signedUnderAnotherName\":true",
                "\"email\":\"" + recipients.get(0).email() + "\"", "\"signing\":null");

        // looking took no number: the issue that follows is given the one the page said
        page(IssuingFixture.CLERK);
        issuing.issue(List.of(finalId), issuing.actor(IssuingFixture.CLERK), KEY.toCharArray(), false);
        assertThat(issuing.find(finalId).orElseThrow().numberAndSymbol()).isEqualTo("01/BC-SNgV");
        // and the archive says whose key signed it beside the name printed under the signature
        assertThat(mvc.perform(get("/reports").session(PageLogin.signedIn(mvc, IssuingFixture.CLERK, PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Nguyễn Văn Hùng (" + DEPUTY + ", khóa mang tên Trần Văn Phó)");
    }

    @Test
    @Order(3)
    void aFinalMadeAgainAfterAReopeningSaysWhichIssuedDocumentItReplaces(@Autowired PeriodLocks locks)
            throws IOException {
        locks.reopen(AGREEMENT, "2021", "quantri", "số liệu tuần tra được sửa");
        Path more = Files.createDirectories(temp.resolve("mo-lai"));
        Files.writeString(more.resolve("records.csv"), "agreement,indicator,date,quantity\n" + AGREEMENT
                + ",JOINT_PATROL,2021-06-01,3\n", StandardCharsets.UTF_8);
        importer.importPath(more, false);
        jobs.closePeriod(Period.year(2021), null, true);
        long again = waiting(FinalState.WAITING_REVIEW).versionId();
        issuing.approve(again, issuing.actor(IssuingFixture.REVIEWER), null);
        issuing.sign(List.of(again), issuing.actor(IssuingFixture.SIGNER), KEY.toCharArray());

        finalId = again;
        String page = page(IssuingFixture.CLERK);
        String today = DateFormats.DAY.format(LocalDate.now(clock));
        assertThat(page).contains("<strong>02/BC-SNgV</strong>", "id=\"replaces\"",
                "Báo cáo số 01/BC-SNgV ngày " + today + " đã ban hành trước đó (văn bản và thư gửi đi ghi rõ điều này)")
                .doesNotContain("id=\"signed-under-another-name\"");
    }

    private FinalDocument waiting(FinalState state) {
        return issuing.list(Period.year(2021), null).stream().filter(f -> f.agreementCode().equals(AGREEMENT))
                .filter(f -> f.state() == state && !f.superseded()).findFirst().orElseThrow();
    }

    private String api(String username) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            return mvc.perform(get("/api/approvals/" + finalId).header("Authorization", basic)).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The list of finals, with the signed-in user's own waiting ones and the batch steps under them. */
    private String list(String username) {
        try {
            return mvc.perform(get("/approvals").session(PageLogin.signedIn(mvc, username, PASSWORD)))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String page(String username) {
        try {
            return mvc.perform(get("/approvals/" + finalId).session(PageLogin.signedIn(mvc, username, PASSWORD)))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
