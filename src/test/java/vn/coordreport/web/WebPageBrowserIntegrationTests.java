package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.archive.ReportArchive;
import vn.coordreport.ingest.Importer;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.PostgresInitializer;

/**
 * The staff page in a real headless Chromium against the application on a
 * random port: an operator signs in, requests a report, watches it finish and
 * downloads the PDF; a viewer of another province sees no form and is refused;
 * an upload with errors shows them by file and line; a user of one province is
 * shown that province's imports only. Screenshots of each page,
 * at laptop and phone sizes, go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=WebPageBrowserIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageBrowserIntegrationTests {

    static final String QUANG_TRI = "09/QCPH/SNgV-BP";
    static final String PASSWORD = "mat-khau-rat-dai-1";

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    UserAccounts users;

    @Autowired
    ReportArchive archive;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void givenTheSamplesAndUsers() {
        importer.importPath(Path.of("src/main/resources/samples/quang-tri-2021"), false);
        importer.importPath(Path.of("src/main/resources/samples/tay-ninh-2019"), false);
        addOnce("vanhanh", Role.OPERATOR, null);
        addOnce("xem-tayninh", Role.VIEWER, "Tây Ninh");
    }

    private void addOnce(String username, Role role, String province) {
        if (users.find(username).isEmpty()) {
            users.add(username, role, province, PASSWORD);
        }
    }

    @Test
    void anOperatorRequestsAReportWatchsItAndDownloadsThePdf() throws IOException {
        browser.open("/");
        assertThat(browser.driver.getCurrentUrl()).contains("/login");
        browser.screenshot("login-phone", Browser.PHONE);

        browser.submitLogin("vanhanh", "sai-mat-khau");
        assertThat(browser.driver.findElement(By.cssSelector(".alert.error")).getText())
                .isEqualTo("Sai tên đăng nhập hoặc mật khẩu");

        browser.logIn("vanhanh", PASSWORD);
        assertThat(browser.driver.findElement(By.cssSelector(".who")).getText()).contains("vanhanh", "Vận hành",
                "Tất cả các tỉnh");
        assertThat(browser.driver.findElements(By.cssSelector("article.agreement h2")))
                .extracting(e -> e.getText()).contains(QUANG_TRI, "05/QCPH-SNgV-BĐBP");
        // two provinces' Sở Ngoại vụ in the agency filter: each named with its province
        assertThat(new Select(browser.driver.findElement(By.id("filter-agency"))).getOptions())
                .extracting(e -> e.getText()).contains("Sở Ngoại vụ · Quảng Trị", "Sở Ngoại vụ · Tây Ninh");

        new Select(browser.driver.findElement(By.id("agreement"))).selectByValue(QUANG_TRI);
        browser.driver.findElement(By.id("period")).sendKeys("2021");
        new Select(browser.driver.findElement(By.id("format"))).selectByValue("PDF");
        browser.driver.findElement(By.cssSelector("input[name=kind][value=DRAFT]")).click();
        browser.submit(By.id("request-submit"));

        assertThat(browser.driver.getCurrentUrl()).matches(".*/requests/\\d+$");
        new WebDriverWait(browser.driver, Duration.ofMinutes(3))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("download")));
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("Hoàn tất");
        assertThat(browser.driver.findElement(By.id("percent")).getText()).isEqualTo("100");
        // the period in words, as the request form took it, not its code
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Kỳ báo cáo\nnăm 2021");
        browser.screenshot("request-done-laptop", Browser.LAPTOP);
        browser.screenshot("request-done-phone", Browser.PHONE);

        browser.driver.findElement(By.id("download")).click();
        Path pdf = browser.awaitDownload(".pdf", Duration.ofSeconds(60));
        assertThat(pdf.getFileName().toString()).contains("09-QCPH-SNgV-BP", "2021");
        String text = pdfText(pdf);
        assertThat(text).contains("BÁO CÁO", "DỰ THẢO", "Quảng Trị", "năm 2021");

        browser.open("/");
        assertThat(browser.driver.findElement(By.cssSelector("article.agreement table.reports")).getText())
                .contains("2021", "Dự thảo", "v1", "Tải về");
        browser.screenshot("home-laptop", Browser.LAPTOP);
        browser.screenshot("home-phone", Browser.PHONE);
        browser.open("/jobs");
        assertThat(browser.driver.findElements(By.id("start-nightly"))).hasSize(1);
        // the history's search, its five fields and its button, is one row on a laptop
        browser.size(Browser.LAPTOP);
        List<Rectangle> search = browser.driver.findElements(By.cssSelector("#job-search > *")).stream()
                .map(WebElement::getRect).toList();
        assertThat(search.stream().mapToInt(Rectangle::getY).max().orElseThrow()).as("one row: every part of the job "
                + "search starts above the end of every other").isLessThan(
                        search.stream().mapToInt(r -> r.getY() + r.getHeight()).min().orElseThrow());
        browser.screenshot("jobs-laptop", Browser.LAPTOP);
        browser.screenshot("jobs-phone", Browser.PHONE);

        // a day typed wrong stays in its field, said above the search; a wrong address is the error page, saying why
        browser.open("/jobs?from=31/02/2021");
        assertThat(browser.driver.findElement(By.cssSelector(".alert.error")).getText()).startsWith("Ô “Bắt đầu từ ngày”");
        assertThat(browser.driver.findElement(By.id("filter-from")).getAttribute("value")).isEqualTo("31/02/2021");
        browser.look("jobs-mistyped-day");
        // a filter that names none of its choices is said above the search, and narrows nothing
        browser.open("/jobs?status=NOPE&job=dem");
        assertThat(browser.driver.findElement(By.id("filter-problem")).getText()).isEqualTo("Ô “Tác vụ” không có lựa "
                + "chọn “dem”; Ô “Trạng thái” không có lựa chọn “NOPE”: danh sách dưới đây không lọc theo các ô này.");
        browser.look("jobs-unknown-filter");
        // a form's address opened in the browser is the error page, not a problem in JSON
        browser.open("/account/password");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Địa chỉ này không mở trực tiếp được");
        browser.look("error-form-address");
        browser.open("/templates?agreement=" + QUANG_TRI + "&period=2019-H9");
        assertThat(browser.driver.findElement(By.id("detail")).getText())
                .startsWith("Kỳ: '2019-H9' không phải là kỳ báo cáo: ghi 2019-H1 (6 tháng đầu năm)");
        browser.look("error-bad-period");
        browser.open("/khong-co");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy");
        browser.look("error-not-found");
        // a page number or an address part that is not a number: said in the reader's words, not the address's
        browser.open("/jobs?page=abc");
        assertThat(browser.driver.findElement(By.id("detail")).getText())
                .isEqualTo("Số trang: 'abc' không phải là một số nguyên.");
        browser.look("error-bad-page");
        browser.open("/reports/abc");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy");
        assertThat(browser.driver.findElement(By.id("detail")).getText())
                .isEqualTo("Địa chỉ này không dẫn tới trang nào: 'abc' không phải là một số.");
        browser.look("error-bad-address");

        // the pages run under a policy that refuses inline styles and scripts, and break none of it
        assertThat(browser.refusesInlineStyles()).as("the page enforces its Content-Security-Policy").isTrue();
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void theApiDescriptionIsBrowsableWithAnAuthorizeButton() {
        browser.logIn("vanhanh", PASSWORD);
        browser.open("/swagger-ui.html");

        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        assertThat(browser.driver.findElement(By.cssSelector(".swagger-ui .info .title")).getText())
                .contains("coordreport HTTP API");
        assertThat(browser.driver.findElements(By.cssSelector(".swagger-ui .btn.authorize"))).hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector(".opblock-summary-path")))
                .extracting(e -> e.getText()).isNotEmpty().allSatisfy(path -> assertThat(path).startsWith("/api/"));
        browser.look("swagger-ui");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void repeatedWrongPasswordsGetTheLoginFormsOwnRefusal(@Autowired JdbcClient jdbc) {
        try {
            String refused = null;
            for (int attempt = 0; attempt < 25 && refused == null; attempt++) {
                browser.submitLogin("vanhanh", "sai-mat-khau-" + attempt);
                refused = browser.driver.findElements(By.id("refused")).stream().map(e -> e.getText()).findFirst()
                        .orElse(null);
            }

            assertThat(refused).startsWith("Đăng nhập sai quá nhiều lần").contains("nhờ quản trị viên mở khóa");
            browser.screenshot("login-refused-laptop", Browser.LAPTOP);
            browser.screenshot("login-refused-phone", Browser.PHONE);
            assertThat(browser.cspViolations()).isEmpty();
        } finally {
            jdbc.sql("delete from sign_in_failure").update();
        }
    }

    @Test
    void aViewerOfAnotherProvinceSeesNoFormAndIsRefused() {
        long quangTriVersion = archive.list(QUANG_TRI, null).stream().findFirst().map(v -> v.id()).orElse(-1L);

        browser.logIn("xem-tayninh", PASSWORD);
        // a viewer lands on the dashboard (DashboardBrowserIntegrationTests); the agreements are a click away
        assertThat(browser.driver.getCurrentUrl()).endsWith("/dashboard");
        browser.open("/");

        assertThat(browser.driver.findElement(By.cssSelector(".who")).getText()).contains("xem-tayninh",
                "Xem báo cáo", "Tây Ninh");
        assertThat(browser.driver.findElements(By.id("request-form"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("article.agreement h2"))).extracting(e -> e.getText())
                .containsExactly("05/QCPH-SNgV-BĐBP");
        assertThat(browser.fetchStatus("POST", "/requests", Map.of("agreement", "05/QCPH-SNgV-BĐBP",
                "period", "2019-H1", "format", "PDF", "kind", "DRAFT"))).isEqualTo(403);
        assertThat(browser.fetchStatus("POST", "/imports", Map.of())).isEqualTo(403);
        assertThat(browser.fetchStatus("POST", "/jobs/nightly", Map.of())).isEqualTo(403);
        if (quangTriVersion > 0) {
            assertThat(browser.fetchStatus("GET", "/reports/" + quangTriVersion + "/download", Map.of())).isEqualTo(403);
        }
        assertThat(browser.fetchStatus("GET", "/reports/999999/download", Map.of())).isEqualTo(404);
        assertThat(browser.fetchStatus("GET", "/reports/..%2F..%2Fetc%2Fpasswd/download", Map.of())).isBetween(400L, 404L);

        browser.open("/jobs");
        assertThat(browser.driver.findElements(By.id("start-nightly"))).isEmpty();
        browser.screenshot("viewer-home-phone", Browser.PHONE);
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void aUserOfOneProvinceIsShownThatProvincesImportsOnly() {
        browser.logIn("xem-tayninh", PASSWORD);
        browser.open("/imports");

        assertThat(browser.driver.findElement(By.id("history-province")).getText())
                .isEqualTo("Chỉ gồm các lần nhập dữ liệu của Tây Ninh.");
        assertThat(browser.driver.findElements(By.cssSelector("td.source"))).extracting(e -> e.getText())
                .isNotEmpty().allSatisfy(source -> assertThat(source).isEqualTo("Dòng lệnh: tay-ninh-2019"));
        assertThat(browser.driver.findElement(By.cssSelector("td.source")).getAttribute("title"))
                .endsWith("src/main/resources/samples/tay-ninh-2019");
        browser.screenshot("imports-one-province-laptop", Browser.LAPTOP);
        browser.screenshot("imports-one-province-phone", Browser.PHONE);
    }

    @Test
    void anImportHasItsPageLinkedFromTheHistoryWithinTheUsersProvince() {
        long tayNinh = importer.history().stream().filter(i -> i.source().endsWith("tay-ninh-2019")).findFirst()
                .orElseThrow().id();
        long quangTri = importer.history().stream().filter(i -> i.source().endsWith("quang-tri-2021")).findFirst()
                .orElseThrow().id();
        browser.logIn("xem-tayninh", PASSWORD);
        browser.open("/imports");

        browser.driver.findElement(By.linkText("#" + tayNinh)).click();

        assertThat(browser.driver.getCurrentUrl()).endsWith("/imports/" + tayNinh);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Lần nhập #" + tayNinh);
        assertThat(browser.driver.findElement(By.id("source")).getText()).isEqualTo("Dòng lệnh: tay-ninh-2019");
        assertThat(browser.driver.findElement(By.id("province")).getText()).isEqualTo("Tây Ninh");
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("Đã nhập");
        assertThat(browser.driver.findElement(By.id("rows")).getText()).matches("[\\d.]+ dòng: [\\d.]+ mới, [\\d.]+ đã có");
        assertThat(browser.driver.findElements(By.cssSelector("#files tbody tr td:first-child")))
                .extracting(e -> e.getText()).startsWith("agencies.csv", "agreements.csv").contains("records.csv");
        // a viewer is offered no undo
        assertThat(browser.driver.findElements(By.cssSelector(".undo-import"))).isEmpty();
        browser.look("import-one-province");
        assertThat(browser.cspViolations()).isEmpty();
        // another province's import is not there for this user, as it is not in their history
        assertThat(browser.fetchStatus("GET", "/imports/" + quangTri, Map.of())).isEqualTo(404);
        assertThat(browser.fetchStatus("GET", "/imports/" + tayNinh, Map.of())).isEqualTo(200);
        // an address that names no import the user may see, by a number or not: the error page names the import
        // asked for and leads back to the history
        Map<String, String> said = Map.of("abc", "Không có lần nhập “abc”: mỗi lần nhập mang một số, ghi ở cột “Số” "
                + "của lịch sử nhập (ví dụ #12).", "999999", "Không có lần nhập #999999.",
                "" + quangTri, "Không có lần nhập #" + quangTri + ".");
        said.forEach((asked, detail) -> {
            assertThat(browser.fetchStatus("GET", "/imports/" + asked, Map.of())).as(asked).isEqualTo(404);
            browser.open("/imports/" + asked);
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy");
            assertThat(browser.driver.findElement(By.id("detail")).getText()).isEqualTo(detail);
            assertThat(browser.driver.findElement(By.id("back")).getText()).isEqualTo("Về lịch sử nhập");
        });
        browser.look("error-unknown-import");
        browser.submit(By.id("back"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/imports");
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void anOperatorUndoesAnImportFromItsPageAndIsShownItUndone() {
        String row = "09/QCPH/SNgV-BP,BORDER_VIOLATION,2021-03-03,1,,,BDBP-QT," + java.util.UUID.randomUUID() + "\n";
        long id = importer.importUpload("records.csv", new java.io.ByteArrayInputStream(
                ("agreement,indicator,date,quantity,amount_vnd,counterpart,agency,note\n" + row)
                        .getBytes(StandardCharsets.UTF_8)), false, "vanhanh", null).importId();
        browser.logIn("vanhanh", PASSWORD);
        browser.open("/imports/" + id);
        assertThat(browser.driver.findElement(By.id("source")).getText()).isEqualTo("Tải lên: records.csv");

        browser.loading(() -> {
            browser.driver.findElement(By.cssSelector("button[aria-label='Hủy lần nhập #" + id + "']")).click();
            browser.driver.switchTo().alert().accept();
        });

        assertThat(browser.driver.getCurrentUrl()).endsWith("/imports/" + id);
        assertThat(browser.driver.findElement(By.id("undone")).getText()).isEqualTo("Đã hủy lần nhập #" + id + ": bỏ 1 dòng.");
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("Đã hủy");
        assertThat(browser.driver.findElement(By.id("undone-at")).getText()).isNotBlank();
        assertThat(browser.driver.findElements(By.cssSelector(".undo-import"))).isEmpty();
        browser.look("import-undone");
        // signed out again: a test that starts at the login page may follow
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void aDryRunOfDataSentAgainSaysNothingInItIsNew() throws IOException {
        Path zip = Files.createTempFile("gui-lai-", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("records.csv"));
            out.write(Files.readString(Path.of("src/main/resources/samples/quang-tri-2021/records.csv"))
                    .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        browser.logIn("vanhanh", PASSWORD);
        browser.open("/imports");
        // the file is chosen through the page's own Vietnamese button; the browser's ("Choose File") is hidden
        assertThat(browser.driver.findElement(By.id("file-button")).getText()).isEqualTo("Chọn tệp…");
        assertThat(browser.driver.findElement(By.id("file-name")).getText()).isEqualTo("Chưa chọn tệp nào");
        assertThat(browser.driver.findElement(By.id("file")).getRect().getWidth()).isLessThanOrEqualTo(1);
        browser.driver.findElement(By.id("file")).sendKeys(zip.toAbsolutePath().toString());
        assertThat(browser.driver.findElement(By.id("file-name")).getText()).isEqualTo(zip.getFileName().toString());
        browser.look("imports-file-chosen");
        browser.driver.findElement(By.name("dryRun")).click();
        browser.submit(By.id("import-submit"));

        assertThat(browser.driver.findElement(By.cssSelector("#import-result .alert")).getText())
                .isEqualTo("Dữ liệu hợp lệ: 108 dòng, trong đó 0 dòng mới, 108 dòng đã có. Chưa ghi gì (chỉ kiểm tra).");
        assertThat(browser.driver.findElement(By.cssSelector("#import-result tbody tr")).getText())
                .isEqualTo("records.csv 108 0 108 0");
        assertThat(browser.driver.findElements(By.id("import-notices"))).isEmpty();
        // the check stays chosen: the file sent again once mended is checked again, not written at the next click
        assertThat(browser.driver.findElement(By.name("dryRun")).isSelected()).isTrue();
        Files.deleteIfExists(zip);
    }

    @Test
    void aDateNotYetComeIsTakenAndShownAsANoticeUnderTheResult() throws IOException {
        java.time.LocalDate ahead = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusYears(1);
        Path zip = Files.createTempFile("nam-sau-", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("records.csv"));
            out.write(("agreement,indicator,date,agency\n09/QCPH/SNgV-BP,JOINT_PATROL," + ahead + ",BDBP-QT\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        browser.logIn("vanhanh", PASSWORD);
        browser.open("/imports");
        browser.driver.findElement(By.id("file")).sendKeys(zip.toAbsolutePath().toString());
        browser.driver.findElement(By.name("dryRun")).click();
        browser.submit(By.id("import-submit"));

        assertThat(browser.driver.findElement(By.cssSelector("#import-result .alert")).getText())
                .startsWith("Dữ liệu hợp lệ: 1 dòng");
        assertThat(browser.driver.findElement(By.id("import-notices")).getText())
                .startsWith("Lưu ý (không phải lỗi, nhưng nên kiểm tra lại):\nrecords.csv, dòng 2, cột date: ngày "
                        + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(ahead) + " chưa đến (hôm nay là ")
                .endsWith("Nếu ghi nhầm (thường là nhầm năm), hãy sửa tệp trước khi nhập.");
        browser.look("import-notices");
        Files.deleteIfExists(zip);
    }

    @Test
    void anUploadWithErrorsShowsThemByFileAndLineAndWritesNothing() throws IOException {
        long importsBefore = importer.history().size();
        Path zip = Files.createTempFile("du-lieu-loi-", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("records.csv"));
            out.write("""
                    agreement,indicator,date,quantity,amount_vnd,counterpart,agency,note
                    09/QCPH/SNgV-BP,BORDER_VIOLATION,2021-05-04,1,,,BDBP-QT,
                    09/QCPH/SNgV-BP,NO_SUCH,2021-05-05,1,,,BDBP-QT,
                    09/QCPH/SNgV-BP,BORDER_VIOLATION,31/02/2021,1,,,BDBP-QT,
                    """.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        browser.logIn("vanhanh", PASSWORD);
        browser.open("/imports");
        browser.driver.findElement(By.id("file")).sendKeys(zip.toAbsolutePath().toString());
        browser.submit(By.id("import-submit"));

        assertThat(browser.driver.findElement(By.id("import-rejected")).getText()).contains("Không nhập được", "không có gì được ghi");
        var file = browser.driver.findElement(By.cssSelector(".problem-file"));
        assertThat(file.findElement(By.tagName("h3")).getText()).isEqualTo("records.csv");
        assertThat(file.findElements(By.cssSelector("tbody tr"))).extracting(r -> r.getText())
                .anySatisfy(row -> assertThat(row).startsWith("3 indicator").contains("NO_SUCH"))
                .anySatisfy(row -> assertThat(row).startsWith("4 date").contains("31/02/2021"));
        assertThat(importer.history()).hasSize((int) importsBefore);
        browser.screenshot("import-errors-laptop", Browser.LAPTOP);
        browser.screenshot("import-errors-phone", Browser.PHONE);
        assertThat(browser.cspViolations()).isEmpty();
        Files.deleteIfExists(zip);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        }
    }
}
