package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.Importer;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.PostgresInitializer;

/**
 * "Tình hình gửi số liệu" in a real headless Chromium: per period, each party agency of each agreement with
 * its deadline, the day it sent data and whether on time, only the user's province for a limited user; and
 * the Excel template downloaded from an agreement's card. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=SubmissionsPageBrowserIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionsPageBrowserIntegrationTests {

    static final String PASSWORD = "mat-khau-rat-dai-1";

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void samplesUsersAndBrowser(@Autowired Importer importer, @Autowired UserAccounts users) {
        importer.importPath(Path.of("src/main/resources/samples/quang-tri-2021"), false);
        importer.importPath(Path.of("src/main/resources/samples/tay-ninh-2019"), false);
        users.add("vanhanh", Role.OPERATOR, null, PASSWORD);
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
    void aProvinceSeesWhichOfItsAgenciesSentThePeriodsDataAndDownloadsTheTemplate() throws Exception {
        browser.open("/");
        browser.logIn("xem-quangtri", PASSWORD);

        browser.open("/submissions?period=2021");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tình hình gửi số liệu năm 2021");
        // the sample was imported today, long after 2021's deadline
        assertThat(browser.driver.findElements(By.cssSelector("#submissions tbody tr")).stream().map(WebElement::getText)
                .map(t -> t.replace('\n', ' ')).toList()).satisfiesExactly(
                        t -> assertThat(t).matches("09/QCPH/SNgV-BP Sở Ngoại vụ SNGV-QT 14/12/2021 16/12/2021 "
                                + today() + " \\d+ Trễ hạn Mẫu Excel"),
                        t -> assertThat(t).matches("09/QCPH/SNgV-BP Bộ Chỉ huy Bộ đội Biên phòng tỉnh BDBP-QT "
                                + "14/12/2021 16/12/2021 " + today() + " \\d+ Trễ hạn Mẫu Excel"));
        browser.screenshot("submissions-laptop", Browser.LAPTOP);
        browser.screenshot("submissions-phone", Browser.PHONE);

        // printed for a meeting: the table whole, every column, the pages numbered; no menu, filter or button
        try (PDDocument printed = Loader.loadPDF(browser.print("submissions-print"))) {
            String text = new PDFTextStripper().getText(printed);
            assertThat(text).contains("Tình hình gửi số liệu năm 2021", "HẠN GỬI", "Sở Ngoại vụ SNGV-QT 14/12/2021 "
                    + "16/12/2021 " + today(), "Trễ hạn", "Trang 1/" + printed.getNumberOfPages())
                    .doesNotContain("Đăng xuất", "Kho báo cáo", "Mẫu Excel", "Tất cả");
        }

        // a period typed in words is read as the commands read it; one that is no period is said above the table,
        // which shows the latest half-year, and the text stays in the field to be mended
        WebElement field = browser.driver.findElement(By.id("period"));
        field.clear();
        field.sendKeys("quý III năm 2021");
        field.submit();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Tình hình gửi số liệu quý III năm 2021");
        field = browser.driver.findElement(By.id("period"));
        field.clear();
        field.sendKeys("2021-H9");
        field.submit();
        assertThat(browser.driver.findElement(By.cssSelector(".alert.error")).getText())
                .startsWith("Ô “Kỳ”: '2021-H9' không phải là kỳ báo cáo: ghi 2019-H1 (6 tháng đầu năm)")
                .endsWith(". Dưới đây là tình hình " + latestHalfYear() + ".");
        assertThat(browser.driver.findElement(By.id("period")).getAttribute("value")).isEqualTo("2021-H9");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Tình hình gửi số liệu " + latestHalfYear());
        browser.look("submissions-mistyped-period");

        browser.open("/");
        browser.driver.findElement(By.linkText("Tải mẫu Excel nhập số liệu")).click();
        Path xlsx = browser.awaitDownload(".xlsx", Duration.ofSeconds(60));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Hướng dẫn");
            assertThat(book.getSheet("records").getRow(1).getCell(1).getStringCellValue()).isEqualTo("indicator");
        }
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void anAllProvincesOperatorSeesEveryAgreementInForce() {
        browser.open("/");
        browser.logIn("vanhanh", PASSWORD);

        browser.open("/submissions?period=2019-H1");

        assertThat(browser.driver.findElements(By.cssSelector("#submissions tbody tr td:first-child"))
                .stream().map(WebElement::getText).distinct()).containsExactly("05/QCPH-SNgV-BĐBP");
        browser.screenshot("submissions-2019-laptop", Browser.LAPTOP);

        // two provinces' agreements in 2021: "Sở Ngoại vụ" twice, each row says whose
        browser.open("/submissions?period=2021");
        assertThat(browser.driver.findElements(By.cssSelector("#submissions tbody tr td:first-child"))
                .stream().map(e -> e.getText().replace('\n', ' ')).distinct())
                .containsExactlyInAnyOrder("05/QCPH-SNgV-BĐBP Tây Ninh", "09/QCPH/SNgV-BP Quảng Trị");
        browser.look("submissions-two-provinces");
    }

    /** The half-year the page shows when none is asked for: the one a month ago is in, as Decree 09 counts it. */
    private static String latestHalfYear() {
        return vn.coordreport.period.PeriodCalendar.DECREE_09.periodOf(vn.coordreport.period.Period.Kind.HALF,
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1)).vietnameseName();
    }

    private static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
