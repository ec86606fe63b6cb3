package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

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
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.PostgresInitializer;

/**
 * The jobs page in words a clerk reads: schedules by name and time ("02:00 ngày 20 hằng tháng 6"),
 * jobs by what they do, statuses in Vietnamese ("Hoàn tất"), with the codes kept as the elements' titles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=JobsPageWordingBrowserIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsPageWordingBrowserIntegrationTests {

    static final String PASSWORD = "mat-khau-rat-dai-1";

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    UserAccounts users;

    @Autowired
    ReportJobs jobs;

    Browser browser;

    @BeforeAll
    void givenANightlyRunAndABrowser() {
        importer.importPath(Path.of("src/main/resources/samples/tay-ninh-2019"), false);
        users.add("vanhanh", Role.OPERATOR, null, PASSWORD);
        jobs.run(jobs.nightlyNow(null));
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void schedulesJobsAndStatusesAreInVietnamese() {
        browser.logIn("vanhanh", PASSWORD);
        browser.open("/jobs");

        WebElement closeH1 = row("close-h1");
        assertThat(closeH1.getText()).contains("Khóa sổ 6 tháng đầu năm", "Khóa sổ kỳ báo cáo",
                "02:00 ngày 20 hằng tháng 6");
        assertThat(closeH1.findElement(By.cssSelector(".cron")).getAttribute("title")).isEqualTo("0 0 2 20 6 ?");
        assertThat(row("nightly").getText()).contains("Hằng đêm", "Lập bản dự thảo hằng đêm", "01:30 hằng ngày");
        assertThat(row("deliveries").getText()).contains("Gửi thư", "Gửi thư báo cáo", "10 phút một lần");

        WebElement status = browser.driver.findElement(By.cssSelector("table tr td[data-label='Trạng thái'] .badge"));
        assertThat(status.getText()).isEqualTo("Hoàn tất");
        assertThat(status.getAttribute("title")).isEqualTo("COMPLETED");
        assertThat(browser.driver.findElement(By.cssSelector("td[data-label='Tác vụ'] span[title=nightlyReportsJob]"))
                .getText()).isEqualTo("Lập bản dự thảo hằng đêm");
        browser.screenshot("jobs-wording-laptop", Browser.LAPTOP);
        browser.screenshot("jobs-wording-phone", Browser.PHONE);
    }

    /** The schedules' row whose first cell has the trigger's name as its title. */
    private WebElement row(String trigger) {
        return browser.driver.findElement(By.xpath("//tr[td[@data-label='Lịch' and @title='" + trigger + "']]"));
    }
}
