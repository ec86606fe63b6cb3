package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.delivery.DeliveryRecord;
import vn.coordreport.delivery.ReportDelivery;
import vn.coordreport.ingest.Importer;
import vn.coordreport.issuing.IssuingFixture;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.Poppler;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.OnDemandReports;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.render.Format;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.PostgresInitializer;

/**
 * The archive, the delivery ledger, finding agreements, the period picker and
 * the users page in a real headless Chromium: the archive and the ledger list
 * what {@code reports} and {@code deliveries} list, cut to the user's province;
 * "Gửi lại" is an ADMIN's; the home page pages and searches 60 agreements; a
 * period outside the regulation's term is refused in Vietnamese (page and API);
 * an ADMIN adds, resets and disables a user and everyone changes their own
 * password, each in the audit log. Every page is checked for sideways overflow
 * and photographed at 1366 and 390 px (target/screenshots).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=ArchiveDeliveriesUsersBrowserIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveDeliveriesUsersBrowserIntegrationTests {

    static final String PASSWORD = "mat-khau-rat-dai-1";
    static final String LANG_SON_ENDED = "12/QCPH-SNgV-BĐBP";

    @LocalServerPort
    int port;

    @Autowired
    ReportArchive archive;

    @Autowired
    ReportDelivery delivery;

    @Autowired
    AgreementCatalog catalog;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    /** The issued document's Word copy. */
    long wordCopy;

    @BeforeAll
    void issuedFinalsDraftsDeliveriesAndUsers(@Autowired Importer importer, @Autowired ReportJobs jobs,
            @Autowired Issuing issuing, @Autowired OnDemandReports reports, @TempDir Path temp) {
        importer.importPath(IssuingFixture.withSigners(Path.of("src/main/resources/samples/quang-tri-2021"), temp), false);
        jobs.closePeriod(Period.year(2021), null, true);
        IssuingFixture.issueAll(issuing, users, "2021");
        wordCopy = reports.archived("09/QCPH/SNgV-BP", Period.year(2021), null, Format.DOCX, true, "test").id();
        importer.importPath(Path.of("src/main/resources/samples/tay-ninh-2019"), false);
        importer.importPath(Path.of("src/main/resources/samples/lang-son-2020"), false);
        reports.archived("05/QCPH-SNgV-BĐBP", Period.parse("2019-H1"), null, Format.PDF, false, "test");
        reports.archived(LANG_SON_ENDED, Period.parse("2020-9M"), null, Format.PDF, false, "test");
        // one refused mail and one cut off while sending, as a delivery run leaves them
        List<DeliveryRecord> ledger = delivery.list(null);
        assertThat(ledger).hasSizeGreaterThanOrEqualTo(2);
        jdbc.sql("update delivery set status = 'FAILED', attempts = 1, last_error = '550 mailbox unavailable' "
                + "where version_id = :v and lower(email) = lower(:e)").param("v", ledger.get(0).versionId())
                .param("e", ledger.get(0).email()).update();
        jdbc.sql("update delivery set status = 'UNCERTAIN', attempts = 1, last_error = 'cut off while sending' "
                + "where version_id = :v and lower(email) = lower(:e)").param("v", ledger.get(1).versionId())
                .param("e", ledger.get(1).email()).update();
        users.add("quantri", Role.ADMIN, null, PASSWORD);
        users.add("vanhanh", Role.OPERATOR, null, PASSWORD);
        users.add("xem-tayninh", Role.VIEWER, "Tây Ninh", PASSWORD);
        users.add("xem-quangtri", Role.VIEWER, "Quảng Trị", PASSWORD);
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theArchiveListsWhatTheCommandLineListsCutToTheUsersProvince() {
        browser.logIn("quantri", PASSWORD);
        browser.open("/");
        submit(browser.driver.findElement(By.id("nav-reports")));
        List<ArchivedReport> all = archive.list(null, null);
        assertThat(all).hasSizeLessThanOrEqualTo(Paging.SIZE);
        assertThat(listedIds("#versions")).containsExactlyInAnyOrderElementsOf(all.stream().map(ArchivedReport::id).toList());
        String issued = browser.driver.findElement(By.id("versions")).getText();
        // the final that went for signature is not called issued: the issued document is another version
        assertThat(issued).contains("Văn bản đã ban hành", "01/BC-SNgV", IssuingFixture.SIGNER,
                "Bản trình ký (đã ban hành)", "Dự thảo");
        // its Word copy has the number with its symbol too
        assertThat(browser.driver.findElement(By.cssSelector("#versions tr[data-id='" + wordCopy + "'] td[data-label='Số']"))
                .getText()).isEqualTo("01/BC-SNgV");
        browser.look("pages-reports");

        // filtered by state: the drafts only
        new Select(browser.driver.findElement(By.id("filter-state"))).selectByValue("DRAFT");
        submit(browser.driver.findElement(By.cssSelector("#report-search button[type=submit]")));
        assertThat(listedIds("#versions")).containsExactlyInAnyOrderElementsOf(all.stream()
                .filter(v -> v.kind().name().equals("DRAFT")).map(ArchivedReport::id).toList());

        // one issued document: its number, signature, steps, and the download in its history
        long document = all.stream().filter(v -> v.documentNumber() != null && v.id() != wordCopy).findFirst()
                .orElseThrow().id();
        browser.open("/reports/" + document);
        assertThat(browser.driver.findElement(By.id("number")).getText()).isEqualTo("01/BC-SNgV");
        // downloaded under its number, as the issuing page names the same file
        assertThat(Downloads.contentDisposition(archive.find(document).orElseThrow()))
                .contains(java.net.URLEncoder.encode("Báo cáo 09-QCPH-SNgV-BP 2021 số 01-BC-SNgV.pdf",
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .contains("filename=\"Bao-cao-09-QCPH-SNgV-BP-2021-so-01-BC-SNgV.pdf\"");
        // by the name printed under the signature, with the account that signed
        String signedBy = "^\\p{Lu}\\p{L}* [\\p{L} ]+ \\(" + IssuingFixture.SIGNER + "\\) · \\d{2}/\\d{2}/\\d{4} .*";
        assertThat(browser.driver.findElement(By.id("signature")).getText()).matches(signedBy);
        browser.open("/reports");
        assertThat(browser.driver.findElement(By.cssSelector(".signature")).getText()).matches(signedBy);
        browser.open("/reports/" + document);
        assertThat(browser.driver.findElement(By.id("steps")).getText()).contains("Duyệt", "Ký số", "Cấp số và ban hành");
        browser.driver.findElement(By.id("download")).click();
        browser.awaitDownload(".pdf", Duration.ofSeconds(60));
        browser.open("/reports/" + document);
        assertThat(browser.driver.findElement(By.id("history")).getText()).contains("quantri", "Tải về");
        browser.look("pages-report");
        // and the final it was issued from points to it
        long signedFinal = jdbc.sql("select version_id from final_document where issued_version_id = ?")
                .param(document).query(Long.class).single();
        browser.open("/reports/" + signedFinal);
        assertThat(browser.driver.findElement(By.id("state")).getText()).isEqualTo("Bản trình ký (đã ban hành)");
        assertThat(browser.driver.findElement(By.id("issued-as")).getText()).isEqualTo("#" + document
                + " (có số, chữ ký số)");

        // a viewer of Tây Ninh: Tây Ninh's versions only, and another province's is not found
        browser.logIn("xem-tayninh", PASSWORD);
        browser.open("/reports");
        assertThat(listedIds("#versions")).containsExactlyInAnyOrderElementsOf(all.stream()
                .filter(v -> "Tây Ninh".equals(catalog.find(v.agreementCode()).orElseThrow().province()))
                .map(ArchivedReport::id).toList()).isNotEmpty();
        browser.open("/reports/" + document);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).doesNotContain("09/QCPH");
        // refused, as its download and the API's are; a version that does not exist is not found
        assertThat(browser.fetchStatus("GET", "/reports/" + document, Map.of())).isEqualTo(403);
        assertThat(browser.fetchStatus("GET", "/reports/999999", Map.of())).isEqualTo(404);
    }

    @Test
    void theArchiveNeverBreaksACodeOrANumberInside() {
        browser.logIn("quantri", PASSWORD);
        browser.open("/reports");
        for (org.openqa.selenium.Dimension size : List.of(Browser.LAPTOP, Browser.PHONE)) {
            browser.size(size);
            // each agreement code and document number, with the lines its text takes
            Map<String, Number> lines = linesOfWhole("#versions td[data-label=\"Quy chế\"], #versions td[data-label=\"Số\"]");
            assertThat(lines).as("codes and numbers at " + size.width + " px").containsKeys("09/QCPH/SNgV-BP",
                    "05/QCPH-SNgV-BĐBP", LANG_SON_ENDED, "01/BC-SNgV");
            assertThat(lines).as("the lines each code or number takes at " + size.width + " px")
                    .allSatisfy((text, count) -> assertThat(count.intValue()).as(text).isEqualTo(1));
        }
        // and the list still fits a phone without scrolling sideways
        browser.look("pages-reports-whole-codes");
    }

    @Test
    void theLedgerListsWhatTheCommandLineListsAndOnlyAnAdminSendsAgain() {
        List<DeliveryRecord> ledger = delivery.list(null);
        browser.logIn("vanhanh", PASSWORD);
        browser.open("/deliveries");
        assertThat(browser.driver.findElements(By.cssSelector("#deliveries tbody tr"))).hasSize(ledger.size());
        assertThat(browser.driver.findElement(By.id("deliveries")).getText())
                .contains(ledger.stream().map(DeliveryRecord::email).toArray(String[]::new))
                .contains("Gửi không được", "Chưa rõ đã đến chưa")
                // an issued document by its number, as the register names it, not by its archive version
                .contains("09/QCPH/SNgV-BP · năm 2021 · số 01/BC-SNgV");
        // the code and the number whole, as in the archive, on a laptop and a phone
        for (org.openqa.selenium.Dimension size : List.of(Browser.LAPTOP, Browser.PHONE)) {
            browser.size(size);
            Map<String, Number> lines = linesOfWhole("#deliveries td[data-label=\"Quy chế\"]");
            assertThat(lines).as("codes and numbers at " + size.width + " px").containsKeys("09/QCPH/SNgV-BP", "01/BC-SNgV")
                    .allSatisfy((text, count) -> assertThat(count.intValue()).as(text).isEqualTo(1));
        }
        browser.size(Browser.LAPTOP);
        assertThat(browser.driver.findElements(By.cssSelector("form.retry"))).as("an operator sends nothing again").isEmpty();
        DeliveryRecord failed = ledger.stream().filter(d -> d.status().equals("FAILED")).findFirst().orElseThrow();
        // why in Vietnamese; the server's own words folded, for the administrator
        assertThat(row(failed).getText()).contains("Máy chủ thư từ chối địa chỉ người nhận")
                .doesNotContain("550 mailbox unavailable");
        assertThat(row(failed).findElement(By.cssSelector("details")).getAttribute("textContent"))
                .contains("550 mailbox unavailable");
        // printed for a meeting: the explanation, not the folded server's words nor the line that unfolds them
        String printed = Poppler.text(browser.print("deliveries-print")).replaceAll("\\s+", " ");
        assertThat(printed).contains("Gửi không được", "Máy chủ thư từ chối địa chỉ người nhận", "Trang 1/")
                .doesNotContain("Chi tiết kỹ thuật", "550 mailbox unavailable");
        assertThat(browser.fetchStatus("POST", "/deliveries/retry", Map.of("version", "" + failed.versionId(),
                "email", failed.email(), "status", "FAILED"))).isEqualTo(403);
        assertThat(status(failed)).isEqualTo("FAILED");

        // a viewer of Tây Ninh sees none of Quảng Trị's mails
        browser.logIn("xem-tayninh", PASSWORD);
        browser.open("/deliveries");
        assertThat(browser.driver.findElements(By.cssSelector("#deliveries tbody tr"))).isEmpty();

        browser.logIn("quantri", PASSWORD);
        browser.open("/deliveries");
        browser.look("pages-deliveries");
        // an uncertain mail is sent again only once the admin says it did not arrive
        DeliveryRecord uncertain = ledger.stream().filter(d -> d.status().equals("UNCERTAIN")).findFirst().orElseThrow();
        // the form's own status is the browser's word: the ledger's is the one that counts
        browser.fetchStatus("POST", "/deliveries/retry", Map.of("version", "" + uncertain.versionId(),
                "email", uncertain.email()));
        assertThat(status(uncertain)).isEqualTo("UNCERTAIN");
        submit(retryButton(uncertain));
        assertThat(browser.driver.findElement(By.id("problem")).getText()).contains("có thể đã đến nơi");
        assertThat(status(uncertain)).isEqualTo("UNCERTAIN");
        row(uncertain).findElement(By.name("checked")).click();
        submit(retryButton(uncertain));
        assertThat(browser.driver.findElement(By.id("message")).getText()).startsWith("Đã xếp thư gửi " + uncertain.email());
        assertThat(status(uncertain)).isEqualTo("PENDING");
        submit(retryButton(failed));
        assertThat(status(failed)).isEqualTo("PENDING");
        assertThat(row(failed).getText()).contains("Chờ gửi");
        assertThat(audit("DELIVERY_RETRY")).hasSize(2).allSatisfy(e -> assertThat(e).startsWith("quantri"));
    }

    @Test
    void theHomePagePagesAndSearchesManyAgreements() {
        long agreements = catalog.list(null).size();
        jdbc.sql("""
                insert into agreement (code, title, province, signed_on, effective_from, lead_agency_id)
                select 'T' || lpad(n::text, 3, '0') || '/QCPH', 'Quy chế phối hợp thử số ' || n, 'Quảng Trị',
                       date '2021-01-01', date '2021-01-01', (select lead_agency_id from agreement where code = '09/QCPH/SNgV-BP')
                from generate_series(1, 60) n
                on conflict (code) do nothing
                """).update();
        long total = catalog.list(null).size();
        assertThat(total).isGreaterThanOrEqualTo(agreements + 60);
        browser.logIn("vanhanh", PASSWORD);
        browser.open("/");
        assertThat(browser.driver.findElements(By.cssSelector("article.agreement"))).hasSize(Paging.SIZE);
        assertThat(browser.driver.findElement(By.cssSelector(".pager")).getText())
                .contains("Hiển thị 1–20 trên " + total, "Trang 1/" + ((total + 19) / 20));
        Number height = (Number) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollHeight");
        assertThat(height.intValue()).as("one page of agreements, not all of them").isLessThan(12_000);
        submit(browser.driver.findElement(By.cssSelector(".pager a[rel=next]")));
        assertThat(browser.driver.getCurrentUrl()).contains("page=2");
        assertThat(browser.driver.findElement(By.cssSelector(".pager")).getText()).contains("Hiển thị 21–40");

        browser.driver.findElement(By.id("q")).sendKeys("thử số 42");
        submit(browser.driver.findElement(By.cssSelector("#agreement-search button[type=submit]")));
        assertThat(browser.driver.findElements(By.cssSelector("article.agreement h2"))).extracting(WebElement::getText)
                .containsExactly("T042/QCPH");
        browser.open("/?province=" + java.net.URLEncoder.encode("Tây Ninh", StandardCharsets.UTF_8));
        assertThat(browser.driver.findElements(By.cssSelector("article.agreement h2"))).extracting(WebElement::getText)
                .containsExactly("05/QCPH-SNgV-BĐBP");
        browser.open("/");
        browser.look("pages-home-paged");
    }

    @Test
    void aPeriodOutsideTheRegulationsTermIsRefusedInVietnamese() throws Exception {
        browser.logIn("vanhanh", PASSWORD);
        browser.open("/");
        new Select(browser.driver.findElement(By.id("agreement"))).selectByValue(LANG_SON_ENDED);
        // the list offers the periods of its term, in words: 2016 to 2020 only
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector("#periods option")).isEmpty());
        List<String> offered = browser.driver.findElements(By.cssSelector("#periods option")).stream()
                .map(o -> o.getAttribute("value")).toList();
        assertThat(offered).contains("năm 2020", "6 tháng đầu năm 2020", "quý III năm 2016", "9 tháng đầu năm 2020")
                .noneMatch(p -> p.contains("2021") || p.contains("2015"));
        browser.driver.findElement(By.id("period")).sendKeys("năm 2030");
        submit(browser.driver.findElement(By.id("request-submit")));
        assertThat(browser.driver.findElement(By.cssSelector(".alert.error")).getText())
                .isEqualTo("Kỳ báo cáo năm 2030 (15/12/2029 - 14/12/2030) nằm ngoài thời hạn của quy chế "
                        + LANG_SON_ENDED + " (hiệu lực từ 12/04/2016 đến 05/10/2020). Hãy chọn một kỳ trong thời hạn này.");
        browser.look("pages-request-outside-term");

        // typed in words, within the term: accepted
        new Select(browser.driver.findElement(By.id("agreement"))).selectByValue(LANG_SON_ENDED);
        browser.driver.findElement(By.id("period")).clear();
        browser.driver.findElement(By.id("period")).sendKeys("6 tháng đầu năm 2020");
        submit(browser.driver.findElement(By.id("request-submit")));
        assertThat(browser.driver.getCurrentUrl()).matches(".*/requests/\\d+$");

        // the API: a problem detail, 400, in the same words
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/report-requests"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("vanhanh:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"agreement\": \"" + LANG_SON_ENDED
                        + "\", \"period\": \"2030\"}")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(api.body()).contains("nằm ngoài thời hạn của quy chế");
    }

    @Test
    void anAdminManagesUsersAndEveryoneChangesTheirOwnPassword() {
        browser.logIn("quantri", PASSWORD);
        browser.open("/");
        submit(browser.driver.findElement(By.id("nav-users")));
        browser.look("pages-users");
        browser.driver.findElement(By.id("new-username")).sendKeys("lanhdao-qt");
        new Select(browser.driver.findElement(By.id("new-province"))).selectByValue("Quảng Trị");
        browser.driver.findElement(By.id("role-REVIEWER")).click();
        browser.driver.findElement(By.id("role-SIGNER")).click();
        submit(browser.driver.findElement(By.id("add-submit")));
        assertThat(browser.driver.findElement(By.id("message")).getText()).startsWith("Đã thêm người dùng lanhdao-qt");
        assertThat(browser.driver.findElement(By.id("roles")).getText()).isEqualTo("Trưởng phòng, Lãnh đạo");
        String first = browser.driver.findElement(By.id("secret")).getText();
        assertThat(users.find("lanhdao-qt").orElseThrow().roles()).isEqualTo(Set.of(Role.REVIEWER, Role.SIGNER));
        browser.look("pages-user-added");
        browser.driver.navigate().refresh();
        assertThat(browser.driver.findElements(By.id("secret"))).as("a password is shown once").isEmpty();

        // an API token, shown once, then revoked
        browser.driver.findElement(By.id("token-name")).sendKeys("cong-thong-tin");
        submit(browser.driver.findElement(By.id("create-token")));
        assertThat(browser.driver.findElement(By.id("secret")).getText()).startsWith("crt_");
        submit(browser.driver.findElement(By.cssSelector("#token-list form button")));
        assertThat(browser.driver.findElement(By.id("token-list")).getText()).contains("Đã thu hồi");

        // another role: the reviewer and signer is a clerk now
        browser.driver.findElement(By.id("change-role-REVIEWER")).click();
        browser.driver.findElement(By.id("change-role-SIGNER")).click();
        browser.driver.findElement(By.id("change-role-CLERK")).click();
        submit(browser.driver.findElement(By.id("change-submit")));
        assertThat(browser.driver.findElement(By.id("message")).getText())
                .startsWith("Đã đổi lanhdao-qt thành Văn thư, Quảng Trị.");
        assertThat(users.find("lanhdao-qt").orElseThrow().roles()).isEqualTo(Set.of(Role.CLERK));
        browser.driver.findElement(By.id("change-role-CLERK")).click();
        browser.driver.findElement(By.id("change-role-REVIEWER")).click();
        browser.driver.findElement(By.id("change-role-SIGNER")).click();
        submit(browser.driver.findElement(By.id("change-submit")));
        assertThat(users.find("lanhdao-qt").orElseThrow().roles()).isEqualTo(Set.of(Role.REVIEWER, Role.SIGNER));

        // the new user signs in with the first password, then an admin resets it
        browser.logIn("lanhdao-qt", first);
        assertThat(browser.driver.findElements(By.id("nav-users"))).as("users are an ADMIN's").isEmpty();
        browser.open("/users");
        assertThat(browser.driver.getPageSource()).doesNotContain("Thêm người dùng");
        browser.logIn("quantri", PASSWORD);
        browser.open("/users/account?username=lanhdao-qt");
        submit(browser.driver.findElement(By.id("reset-password")));
        String reset = browser.driver.findElement(By.id("secret")).getText();
        assertThat(reset).hasSize(16).isNotEqualTo(first);

        // the user changes their own password: the current one first
        browser.logIn("lanhdao-qt", reset);
        submit(browser.driver.findElement(By.id("nav-account")));
        browser.look("pages-account");
        changePassword("sai-mat-khau", "mat-khau-moi-cua-toi", "mat-khau-moi-cua-toi");
        assertThat(browser.driver.findElement(By.id("problem")).getText())
                .isEqualTo("Mật khẩu hiện tại không đúng. Không có gì thay đổi.");
        changePassword(reset, "mat-khau-moi-cua-toi", "mat-khau-moi-cua-toi");
        assertThat(browser.driver.findElement(By.id("changed")).getText()).startsWith("Đã đổi mật khẩu");
        browser.logIn("lanhdao-qt", "mat-khau-moi-cua-toi");
        assertThat(browser.driver.findElement(By.cssSelector(".who")).getText()).contains("lanhdao-qt");

        // disabled: the sign-in is refused
        browser.logIn("quantri", PASSWORD);
        browser.open("/users/account?username=lanhdao-qt");
        submit(browser.driver.findElement(By.id("disable")));
        assertThat(browser.driver.findElement(By.id("account-state")).getText()).isEqualTo("Đã vô hiệu hóa");
        browser.submitLogin("lanhdao-qt", "mat-khau-moi-cua-toi");
        assertThat(browser.driver.getCurrentUrl()).contains("/login");

        assertThat(audit("USER_ADD")).containsExactly("quantri user/lanhdao-qt");
        assertThat(audit("TOKEN_CREATE")).containsExactly("quantri user/lanhdao-qt");
        assertThat(audit("TOKEN_REVOKE")).containsExactly("quantri user/lanhdao-qt");
        assertThat(audit("PASSWORD_RESET")).containsExactly("quantri user/lanhdao-qt");
        assertThat(audit("PASSWORD_CHANGE")).containsExactly("lanhdao-qt user/lanhdao-qt", "lanhdao-qt user/lanhdao-qt");
        assertThat(audit("USER_DISABLE")).containsExactly("quantri user/lanhdao-qt");
        assertThat(audit("USER_CHANGE")).containsExactly("quantri user/lanhdao-qt", "quantri user/lanhdao-qt");

        // an administrator of Tây Ninh sees Tây Ninh's users alone, and adds users of Tây Ninh only
        users.add("quantri-tayninh", Role.ADMIN, "Tây Ninh", PASSWORD);
        browser.logIn("quantri-tayninh", PASSWORD);
        browser.open("/users");
        assertThat(browser.driver.findElement(By.id("users")).getText()).contains("xem-tayninh", "quantri-tayninh")
                .doesNotContain("xem-quangtri", "lanhdao-qt", "vanhanh");
        assertThat(new Select(browser.driver.findElement(By.id("new-province"))).getOptions())
                .extracting(WebElement::getText).containsExactly("Tây Ninh");
        browser.look("pages-users-of-a-province");
    }

    @Test
    void everyPageIsInTheMenu() {
        browser.logIn("quantri", PASSWORD);
        browser.open("/");
        List<String> menu = browser.driver.findElements(By.cssSelector("header.top a")).stream()
                .map(a -> URI.create(a.getAttribute("href")).getPath()).toList();
        assertThat(menu).contains("/", "/reports", "/deliveries", "/users", "/account");
        // an administrator's functions, the most of any role, on one line at 1366 px; the account is by the name
        browser.size(Browser.LAPTOP);
        assertThat(browser.driver.findElements(By.cssSelector("nav.nav a")).stream().map(a -> a.getLocation().getY())
                .distinct()).as("rows of the menu").hasSize(1);
        assertThat(browser.driver.findElement(By.cssSelector(".who #nav-account")).getText()).isEqualTo("Tài khoản");
        // the import history and the job history are paged too
        browser.open("/imports");
        assertThat(browser.driver.findElement(By.cssSelector(".pager")).getText()).contains("Hiển thị 1–3 trên 3");
        browser.look("pages-imports");
        browser.open("/jobs");
        assertThat(browser.driver.findElement(By.cssSelector(".pager")).getText()).contains("Hiển thị 1–1 trên 1");
        browser.open("/deliveries?page=99");
        assertThat(browser.driver.findElement(By.cssSelector(".pager")).getText()).contains("Trang này không có kết quả; cả danh sách có");
    }

    private void submit(WebElement button) {
        browser.submit(button);
    }

    private void changePassword(String current, String password, String repeat) {
        browser.driver.findElement(By.id("current")).sendKeys(current);
        browser.driver.findElement(By.id("new-password")).sendKeys(password);
        browser.driver.findElement(By.id("repeat")).sendKeys(repeat);
        submit(browser.driver.findElement(By.id("change-submit")));
    }

    private List<Long> listedIds(String table) {
        return browser.driver.findElements(By.cssSelector(table + " tbody tr")).stream()
                .map(r -> Long.parseLong(r.getAttribute("data-id"))).toList();
    }

    private WebElement row(DeliveryRecord d) {
        return browser.driver.findElements(By.cssSelector("#deliveries tbody tr")).stream()
                .filter(r -> r.getAttribute("data-version").equals("" + d.versionId())
                        && r.getAttribute("data-email").equals(d.email()))
                .findFirst().orElseThrow();
    }

    private WebElement retryButton(DeliveryRecord d) {
        return row(d).findElement(By.cssSelector("form.retry button"));
    }

    private String status(DeliveryRecord d) {
        return delivery.list(null).stream().filter(r -> r.versionId() == d.versionId() && r.email().equals(d.email()))
                .findFirst().orElseThrow().status();
    }

    private List<String> audit(String action) {
        return jdbc.sql("select username || ' ' || target from audit_log where action = :a order by id")
                .param("a", action).query(String.class).list();
    }

    /** Each code or number kept whole ({@code .whole}) in these cells, with the most lines one of its copies takes. */
    @SuppressWarnings("unchecked")
    private Map<String, Number> linesOfWhole(String cells) {
        return (Map<String, Number>) ((JavascriptExecutor) browser.driver).executeScript("""
                const lines = {};
                for (const cell of document.querySelectorAll(arguments[0])) {
                    for (const code of cell.querySelectorAll('.whole')) {
                        const range = document.createRange();
                        range.selectNodeContents(code);
                        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                        const text = code.textContent.trim();
                        lines[text] = Math.max(lines[text] || 0, tops.size);
                    }
                }
                return lines;
                """, cells);
    }
}
