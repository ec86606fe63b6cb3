package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.Importer;
import vn.coordreport.ingest.PeriodLocks;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.IssuingFixture;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.PostgresInitializer;

/**
 * The locked periods on the imports page, in a real headless Chromium: once the
 * 2021 final of Quảng Trị's regulation is issued, the page lists the period with
 * the document's number; an operator has no button and is refused if he posts
 * anyway; an ADMIN reopens it with a reason, which the audit log keeps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=LockedPeriodsBrowserIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockedPeriodsBrowserIntegrationTests {

    static final String QUANG_TRI = "09/QCPH/SNgV-BP";
    static final String PASSWORD = "mat-khau-rat-dai-1";

    @LocalServerPort
    int port;

    @Autowired
    PeriodLocks locks;

    @Autowired
    AuditLog audit;

    Browser browser;

    @BeforeAll
    void issueTheFinalOf2021(@Autowired Importer importer, @Autowired ReportJobs jobs, @Autowired Issuing issuing,
            @Autowired UserAccounts users, @TempDir Path temp) {
        importer.importPath(IssuingFixture.withSigners(Path.of("src/main/resources/samples/quang-tri-2021"), temp),
                false);
        assertThat(jobs.closePeriod(Period.year(2021), null, true).status()).isEqualTo("COMPLETED");
        IssuingFixture.issueAll(issuing, users, "2021");
        users.add("quantri", Role.ADMIN, null, PASSWORD);
        users.add("vanhanh", Role.OPERATOR, null, PASSWORD);
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdminReopensTheIssuedPeriodWithAReasonAndAnOperatorCannot() {
        browser.logIn("vanhanh", PASSWORD);
        browser.open("/imports");
        assertThat(browser.driver.findElement(By.cssSelector("#locks tbody tr")).getText())
                .startsWith(QUANG_TRI + " năm 2021 Số 01/BC-SNgV ");
        assertThat(browser.driver.findElements(By.cssSelector(".reopen-form"))).isEmpty();
        assertThat(browser.fetchStatus("POST", "/imports/reopen", Map.of("agreement", QUANG_TRI, "period", "2021")))
                .isEqualTo(403);
        assertThat(locks.locked()).hasSize(1);
        // a row of the locked period typed in the form: refused, with where the administrator reopens it, not the
        // command line's command
        browser.open("/entry?agreement=" + QUANG_TRI + "&period=2021");
        // the form says so as it opens, not only when the rows are refused
        assertThat(browser.driver.findElement(By.cssSelector(".period-notice")).getText()).startsWith("Kỳ năm 2021 đã "
                + "khóa: bản chính thức của kỳ đã được ban hành (số 01/BC-SNgV, ngày ");
        browser.look("entry-locked-period");
        // and only there: under Decree 09 the next year begins on 15/12/2021, after 2021 ends, and its form is free
        browser.open("/entry?agreement=" + QUANG_TRI + "&period=2022-H1");
        assertThat(browser.driver.findElements(By.cssSelector(".period-notice"))).isEmpty();
        browser.open("/entry?agreement=" + QUANG_TRI + "&period=2021");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElements(By.name("records.indicator")).get(0))
                .selectByValue("JOINT_PATROL");
        browser.driver.findElements(By.name("records.date")).get(0).sendKeys("05/03/2021");
        browser.submit(By.id("entry-save"));
        assertThat(browser.driver.findElement(By.cssSelector(".row-problems")).getText())
                .contains("quản trị viên (ADMIN) phải mở lại kỳ ở mục “Kỳ đã ban hành (khóa nhập)” của trang Nhập dữ liệu "
                        + "trước khi sửa số liệu")
                .doesNotContain("coordreport reopen");

        browser.logIn("quantri", PASSWORD);
        browser.open("/imports");
        browser.screenshot("locked-periods-laptop", Browser.LAPTOP);
        browser.screenshot("locked-periods-phone", Browser.PHONE);
        browser.driver.findElement(By.cssSelector(".reopen-form input[name=reason]"))
                .sendKeys("Biên phòng gửi bổ sung số liệu tuần tra");
        browser.submit(By.cssSelector(".reopen-form button"));

        assertThat(browser.driver.findElement(By.cssSelector("#locks .alert.success")).getText())
                .isEqualTo("Đã mở lại kỳ 2021 của quy chế " + QUANG_TRI + ": dữ liệu của kỳ nhập lại được; bản "
                        + "chính thức lập sau đó sẽ thay thế văn bản số 01/BC-SNgV.");
        assertThat(browser.driver.findElements(By.cssSelector("#locks tbody tr"))).isEmpty();
        assertThat(locks.locked()).isEmpty();
        assertThat(audit.recent(3)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("REOPEN");
            assertThat(e.username()).isEqualTo("quantri");
            assertThat(e.target()).isEqualTo(QUANG_TRI + "/2021");
            assertThat(e.detail()).endsWith(": Biên phòng gửi bổ sung số liệu tuần tra");
        });
        assertThat(browser.cspViolations()).isEmpty();
    }
}
