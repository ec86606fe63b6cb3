package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.Importer;
import vn.coordreport.issuing.FinalState;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.IssuingFixture;
import vn.coordreport.issuing.Poppler;
import vn.coordreport.issuing.TestKeys;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.JobNames;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.PostgresInitializer;

/**
 * The issuing pages in a real headless Chromium: the trưởng phòng finds the
 * final waiting for them and approves it with a comment, the lãnh đạo signs
 * it (a wrong password is refused, in Vietnamese, and changes nothing), the
 * văn thư issues it and sees its number; the history shows who did what and
 * when; the document opens; the register lists it; a viewer sees no step and
 * is refused one; the văn thư sends a signed final back from the issuing
 * card. Every page is looked at, and checked for sideways
 * overflow, at 1366 and 390 px (target/screenshots).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=IssuingPagesBrowserIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuingPagesBrowserIntegrationTests {

    /** A mail server set but down: a port nothing listens on (the case without one is ApprovalsApiIntegrationTests'). */
    @DynamicPropertySource
    static void mailServerDown(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket closed = new ServerSocket(0)) {
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", closed::getLocalPort);
        }
    }

    static final String PASSWORD = IssuingFixture.USER_PASSWORD;
    static final String KEY = "mat-khau-khoa-ky-so";

    @LocalServerPort
    int port;

    @Autowired
    Issuing issuing;

    Browser browser;
    long finalId;

    @BeforeAll
    void closedFinalsAndTheUsersOfTheSteps(@Autowired Importer importer, @Autowired ReportJobs jobs,
            @Autowired UserAccounts users, @TempDir Path temp) {
        importer.importPath(IssuingFixture.withSigners(Path.of("src/main/resources/samples/quang-tri-2021"), temp), false);
        IssuingFixture.users(users);
        users.add("xem", Role.VIEWER, null, PASSWORD);
        issuing.addPersonalKey(IssuingFixture.SIGNER, TestKeys.pkcs12("giamdoc", "Nguyễn Văn Hùng", KEY), null, null,
                KEY.toCharArray(), TestKeys.signaturePng(), "test");
        issuing.addOrganisationKey("SNGV-QT", TestKeys.pkcs12("sngv", "Sở Ngoại vụ tỉnh Quảng Trị", KEY), null, null,
                KEY.toCharArray(), TestKeys.sealPng(), "test");
        jobs.closePeriod(Period.year(2021), null, true);
        finalId = issuing.list(Period.year(2021), null).get(0).versionId();
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aFinalIsApprovedSignedAndIssuedFromThePages() throws Exception {
        // the trưởng phòng sees what waits for them, and approves it with a comment
        browser.logIn(IssuingFixture.REVIEWER, PASSWORD);
        browser.open("/approvals");
        assertThat(browser.driver.findElement(By.id("mine")).getText()).contains("Việc chờ tôi xử lý",
                "09/QCPH/SNgV-BP", "Chờ duyệt");
        // the last step is said in words: the close that made the final, not its job's code name
        assertThat(browser.driver.findElement(By.cssSelector("#finals td[data-label='Bước gần nhất']")).getText())
                .contains("tác vụ chốt kỳ báo cáo").doesNotContain("periodCloseJob");
        browser.look("approvals-reviewer");
        browser.open("/approvals/" + finalId);
        assertThat(browser.driver.findElements(By.id("sign"))).isEmpty();
        // the issuing body by its name, as its documents' header writes it, not by its code
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Cơ quan ban hành\nSở Ngoại vụ · "
                + "Quảng Trị").doesNotContain("SNGV-QT");
        // the reviewer reads what the director will sign: its summary and the signer's name, before the signature
        assertThat(browser.driver.findElement(By.id("title")).getText()).startsWith("Báo cáo ").contains("2021");
        assertThat(browser.driver.findElement(By.id("signer")).getText()).isEqualTo(IssuingFixture.signerOf("SNGV-QT"));
        browser.look("approval-waiting-review");
        browser.driver.findElement(By.id("approve-comment")).sendKeys("Số liệu đã đối chiếu, trình ký");
        browser.submit(By.id("approve"));
        assertThat(browser.driver.findElement(By.id("message")).getText()).startsWith("Đã duyệt");
        assertThat(browser.driver.findElement(By.id("state")).getText()).isEqualTo("Chờ ký");
        // approved twice (a second tab): the step is said in words, without the command line's state codes
        assertThat(browser.fetchStatus("POST", "/approvals/" + finalId + "/approve", Map.of())).isEqualTo(302);
        browser.open("/approvals/" + finalId);
        assertThat(browser.driver.findElement(By.id("problem")).getText()).isEqualTo("Bản chính thức #" + finalId
                + " đang ở bước “Chờ ký”: chỉ duyệt được khi báo cáo ở bước “Chờ duyệt”. Thứ tự là: duyệt, rồi ký số,"
                + " rồi cấp số và ban hành.");

        // the lãnh đạo signs it: a wrong password is refused and changes nothing
        browser.logIn(IssuingFixture.SIGNER, PASSWORD);
        browser.open("/approvals/" + finalId);
        browser.driver.findElement(By.id("sign-password")).sendKeys("sai-mat-khau");
        browser.submit(By.id("sign"));
        assertThat(browser.driver.findElement(By.id("problem")).getText())
                .isEqualTo("Mật khẩu của khóa ký số của người dùng 'lanhdao' không đúng. Không có gì thay đổi. Nhập sai"
                        + " thêm 4 lần liền nữa thì khóa sẽ bị tạm khóa 15 phút.");
        assertThat(issuing.find(finalId).orElseThrow().state()).isEqualTo(FinalState.WAITING_SIGNATURE);
        browser.look("approval-signing-refused");
        browser.driver.findElement(By.id("sign-password")).sendKeys(KEY);
        browser.submit(By.id("sign"));
        assertThat(browser.driver.findElement(By.id("message")).getText()).startsWith("Đã ký số");

        // the văn thư issues it, with the next number
        browser.logIn(IssuingFixture.CLERK, PASSWORD);
        browser.open("/approvals");
        assertThat(browser.driver.findElement(By.id("mine")).getText()).contains("Đã ký, chờ ban hành");
        assertThat(browser.driver.findElements(By.id("issue-all"))).hasSize(1);
        // the box to tick stands before its words, on their line, not centred above them
        for (Dimension size : new Dimension[] {Browser.LAPTOP, Browser.PHONE}) {
            browser.size(size);
            WebElement choice = browser.driver.findElement(By.cssSelector("#issue-all label.choice"));
            Rectangle box = choice.findElement(By.cssSelector("input[type=checkbox]")).getRect();
            assertThat(box.getX() - choice.getRect().getX()).as("the box's indent at " + size.width + " px")
                    .isLessThan(10);
        }
        browser.size(Browser.LAPTOP);
        browser.look("approvals-clerk");
        // the list is narrowed to a period written as the office writes it, as the command line reads it
        browser.open("/approvals?period=" + URLEncoder.encode("năm 2021", StandardCharsets.UTF_8));
        assertThat(browser.driver.findElement(By.id("finals")).getText()).contains("09/QCPH/SNgV-BP");
        assertThat(browser.driver.findElements(By.id("issue-all"))).hasSize(1);
        // a period that is none is said, the list is every period's, and no batch step is offered for it
        browser.open("/approvals?period=2021-H9");
        assertThat(browser.driver.findElement(By.cssSelector("p.alert.error")).getText())
                .startsWith("Ô “Kỳ báo cáo”: '2021-H9' không phải là kỳ báo cáo: ghi 2019-H1")
                .endsWith("Danh sách dưới đây là mọi kỳ.");
        assertThat(browser.driver.findElement(By.id("period")).getAttribute("value")).isEqualTo("2021-H9");
        assertThat(browser.driver.findElement(By.id("finals")).getText()).contains("09/QCPH/SNgV-BP");
        assertThat(browser.driver.findElements(By.id("issue-all"))).isEmpty();
        assertThat(browser.fetchStatus("GET", "/approvals?period=2021-H9", Map.of())).isEqualTo(400);
        browser.look("approvals-mistyped-period");
        browser.open("/approvals/" + finalId);
        browser.driver.findElement(By.id("issue-password")).sendKeys(KEY);
        browser.submit(By.id("issue"));
        // the mail server is down: the clerk is told that the mails wait, not that they went, and where to see why
        assertThat(browser.driver.findElement(By.id("message")).getText())
                .startsWith("Đã ban hành văn bản số 01/BC-SNgV. Đã xếp ")
                .contains(" thư vào hàng gửi nhưng chưa gửi được hết: gửi được 0, chờ gửi lại ")
                .endsWith("Lý do từng thư xem ở trang Sổ gửi thư.").doesNotContain("gửi đến");
        assertThat(browser.driver.findElement(By.id("state")).getText()).isEqualTo("Đã ban hành");
        assertThat(browser.driver.findElement(By.id("number")).getText()).isEqualTo("01/BC-SNgV");
        assertThat(browser.driver.findElements(By.cssSelector("#history li"))).extracting(e -> e.getText())
                .satisfiesExactly(
                        made -> assertThat(made).startsWith("Lập bản chính thức").contains("tác vụ chốt kỳ báo cáo")
                                .doesNotContain(JobNames.PERIOD_CLOSE),
                        approved -> assertThat(approved).startsWith("Duyệt").contains(IssuingFixture.REVIEWER,
                                "Số liệu đã đối chiếu, trình ký"),
                        signed -> assertThat(signed).startsWith("Ký số").contains(IssuingFixture.SIGNER),
                        issued -> assertThat(issued).startsWith("Cấp số và ban hành").contains(IssuingFixture.CLERK,
                                "số 01/BC-SNgV"));
        browser.look("approval-issued");

        // the document is the issued one
        browser.driver.findElement(By.id("document")).click();
        Path pdf = browser.awaitDownload(".pdf", Duration.ofSeconds(60));
        // named by its number as written, not "số 1"
        assertThat(pdf.getFileName().toString()).contains("01-BC-SNgV");
        byte[] issued = Files.readAllBytes(pdf);
        assertThat(Poppler.text(issued)).contains("Số: 01/BC-SNgV");
        assertThat(Poppler.validSignatures(issued)).isEqualTo(2);

        // and the register lists it
        browser.open("/register");
        String register = browser.driver.findElement(By.id("register")).getText();
        assertThat(register.toLowerCase(java.util.Locale.forLanguageTag("vi"))).contains("số, ký hiệu văn bản",
                "tên loại và trích yếu nội dung", "ký nhận");
        assertThat(register).contains("01/BC-SNgV", "Nguyễn Văn Hùng");
        browser.look("register");
        // printed, as the văn thư keeps it on paper: every column to the last, the pages numbered, no menu or button
        String printed = Poppler.text(browser.print("register-print")).replaceAll("\\s+", " ");
        assertThat(printed.toLowerCase(java.util.Locale.forLanguageTag("vi"))).contains("sổ đăng ký văn bản đi năm",
                "số, ký hiệu văn bản", "ký nhận ghi chú", "trang 1/");
        assertThat(printed).contains("01/BC-SNgV", "Nguyễn", "Văn Hùng", "Văn bản điện tử")
                .doesNotContain("Đăng xuất", "Sổ gửi thư");

        // and the dashboard names it by its number as written
        browser.open("/dashboard?province=" + URLEncoder.encode("Quảng Trị", StandardCharsets.UTF_8));
        assertThat(browser.driver.findElement(By.cssSelector("#issued li a")).getText()).isEqualTo("01/BC-SNgV");
    }

    @Test
    void aFinalAskedForAgainAfterItWasSentBackIsMadeAnewAndSaysWhichItReplacesAndWhy(@Autowired ReportJobs jobs, @Autowired UserAccounts users) {
        // a final of 2021-H1, sent back by the reviewer
        jobs.closePeriod(Period.parse("2021-H1"), null, true);
        long sentBack = issuing.list(Period.parse("2021-H1"), null).get(0).versionId();
        issuing.reject(sentBack, issuing.actor(IssuingFixture.REVIEWER), "Thiếu số liệu tuần tra tháng 5");
        users.add("vanhanh", Role.OPERATOR, null, PASSWORD);

        // the operator who opens it is shown the way on: the form of its period, a new final
        browser.logIn("vanhanh", PASSWORD);
        browser.open("/approvals/" + sentBack);
        assertThat(browser.driver.findElement(By.id("fix-data")).getAttribute("href"))
                .endsWith("/entry?agreement=09/QCPH/SNgV-BP&period=2021-H1");
        assertThat(browser.driver.findElements(By.id("new-final"))).hasSize(1);
        browser.look("approval-sent-back-operator");

        // when an operator asks for the final again, nothing having changed
        String note = askForTheFinalOf2021H1();

        // then a new final is made for review again (a send-back by mistake is not undone by changing the data),
        // and the page says which one it replaces, and why that one was sent back
        assertThat(note).isEqualTo("Bản chính thức trước (phiên bản "
                + issuing.find(sentBack).orElseThrow().version() + ") đã bị trả lại (lý do: Thiếu số liệu tuần tra "
                + "tháng 5); đây là bản lập lại với số liệu và nội dung hiện có, đã gửi để xem xét lại.");
        browser.look("request-final-sent-back");
        Long again = issuing.find(sentBack).orElseThrow().supersededBy();
        assertThat(again).isNotNull();
        assertThat(issuing.find(again).orElseThrow().state()).isEqualTo(FinalState.WAITING_REVIEW);
        // and the request's page leads to the new final's place in the steps
        browser.driver.navigate().refresh();
        assertThat(browser.driver.findElement(By.id("to-approval")).getAttribute("href")).endsWith("/approvals/" + again);

        // sent back once more, and asked for again: the note names the one right before, and its own reason
        issuing.reject(again, issuing.actor(IssuingFixture.REVIEWER), "Thiếu phụ lục");
        assertThat(askForTheFinalOf2021H1()).startsWith("Bản chính thức trước (phiên bản "
                + issuing.find(again).orElseThrow().version() + ") đã bị trả lại (lý do: Thiếu phụ lục); ");
    }

    @Test
    void theVanThuSendsASignedFinalBackFromTheIssuingCard(@Autowired ReportJobs jobs) {
        // a final of the third quarter of 2021, approved and signed
        jobs.closePeriod(Period.parse("2021-Q3"), null, true);
        long signed = issuing.list(Period.parse("2021-Q3"), null).get(0).versionId();
        issuing.approve(signed, issuing.actor(IssuingFixture.REVIEWER), null);
        issuing.sign(java.util.List.of(signed), issuing.actor(IssuingFixture.SIGNER), KEY.toCharArray());

        // the văn thư finds, in the issuing card under the issue's form, a send-back with a reason required
        browser.logIn(IssuingFixture.CLERK, PASSWORD);
        browser.open("/approvals/" + signed);
        WebElement card = browser.driver.findElement(By.id("issuing"));
        assertThat(card.findElements(By.id("issue"))).hasSize(1);
        assertThat(card.findElement(By.id("clerk-send-back")).getText()).startsWith("Trả lại\n")
                .contains("văn bản không được cấp số, không vào sổ đăng ký văn bản đi và không được gửi đi");
        assertThat(card.findElement(By.id("reject-comment")).getAttribute("required")).isNotNull();
        assertThat(browser.driver.findElements(By.id("rejecting"))).isEmpty();
        browser.look("approval-clerk-send-back");
        // a reason left blank is asked for, and nothing changes
        assertThat(browser.fetchStatus("POST", "/approvals/" + signed + "/reject", Map.of("comment", " ")))
                .isEqualTo(302);
        browser.open("/approvals/" + signed);
        assertThat(browser.driver.findElement(By.id("problem")).getText())
                .isEqualTo("Khi trả lại, hãy ghi rõ lý do để đơn vị soạn thảo sửa.");
        assertThat(issuing.find(signed).orElseThrow().state()).isEqualTo(FinalState.SIGNED);

        // when the văn thư gives the reason and sends it back
        browser.driver.findElement(By.id("reject-comment")).sendKeys("Sai nơi nhận: thiếu Bộ Ngoại giao");
        browser.submit(By.id("reject"));

        // then it is sent back unnumbered, the issue is no longer offered, and its history says who and why
        assertThat(browser.driver.findElement(By.id("message")).getText()).startsWith("Đã trả lại báo cáo kèm lý do.");
        assertThat(browser.driver.findElement(By.id("state")).getText()).isEqualTo("Bị trả lại");
        assertThat(browser.driver.findElements(By.cssSelector("#issuing, #rejecting"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#history li"))).last().extracting(WebElement::getText)
                .asString().startsWith("Trả lại").contains(IssuingFixture.CLERK, "Sai nơi nhận: thiếu Bộ Ngoại giao");
        assertThat(issuing.find(signed).orElseThrow().documentNumber()).isNull();
        browser.look("approval-sent-back-by-clerk");
        // and the list of finals says it was sent back, by whom and why
        browser.open("/approvals?period=2021-Q3");
        assertThat(browser.driver.findElement(By.cssSelector("#finals tr[data-id='" + signed + "']")).getText())
                .contains("Bị trả lại", IssuingFixture.CLERK, "Sai nơi nhận: thiếu Bộ Ngoại giao");
    }

    /** Asks on the agreements' page for the final of Quảng Trị's first half of 2021: the request's note once done. */
    private String askForTheFinalOf2021H1() {
        browser.open("/");
        new Select(browser.driver.findElement(By.id("agreement"))).selectByValue("09/QCPH/SNgV-BP");
        browser.driver.findElement(By.id("period")).sendKeys("6 tháng đầu năm 2021");
        browser.driver.findElement(By.cssSelector("input[name=kind][value=FINAL]")).click();
        browser.submit(By.id("request-submit"));
        new WebDriverWait(browser.driver, Duration.ofMinutes(2))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("note")));
        return browser.driver.findElement(By.id("note")).getText();
    }

    @Test
    void aViewerSeesTheFinalsButNoStepAndIsRefusedOne() {
        browser.logIn("xem", PASSWORD);
        browser.open("/approvals");
        assertThat(browser.driver.findElements(By.id("mine"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("finals")).getText()).contains("09/QCPH/SNgV-BP");
        browser.open("/approvals/" + finalId);
        assertThat(browser.driver.findElements(By.cssSelector("#review, #signing, #issuing, #rejecting"))).isEmpty();
        assertThat(browser.fetchStatus("POST", "/approvals/" + finalId + "/approve", Map.of())).isEqualTo(403);
        assertThat(browser.fetchStatus("POST", "/approvals/" + finalId + "/issue", Map.of("password", KEY))).isEqualTo(403);
        browser.look("approval-viewer");
    }
}
