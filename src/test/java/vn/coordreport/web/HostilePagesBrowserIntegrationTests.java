package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.coordreport.support.HostileData.squeezed;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.Importer;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.HostileData;
import vn.coordreport.support.PostgresInitializer;

/**
 * Imported text on the staff pages, in a real Chromium: each hostile text
 * (see {@link HostileData}) is the text of its element in the DOM, no element
 * or script comes of it, and no dialog opens; the problems of a hostile upload
 * are shown the same way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=HostilePagesBrowserIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostilePagesBrowserIntegrationTests {

    static final String PASSWORD = "mat-khau-rat-dai-1";
    /** Elements the data could smuggle in; the pages' own main content uses none of them. */
    static final String SMUGGLED = "main script, main style, main b, main i, main u, main iframe, main img";

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void importAndSignIn(@Autowired Importer importer, @Autowired UserAccounts users, @TempDir Path data) {
        assertThat(importer.importPath(HostileData.write(data.resolve("hostile")), false).problemLines()).isEmpty();
        users.add("vanhanh", Role.OPERATOR, null, PASSWORD);
        browser = new Browser("http://localhost:" + port);
        browser.logIn("vanhanh", PASSWORD);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAgreementsPageShowsImportedTextAsText() {
        browser.open("/");

        var article = browser.driver.findElements(By.cssSelector("article.agreement")).stream()
                .filter(a -> a.findElement(By.tagName("h2")).getAttribute("textContent").equals(HostileData.CODE))
                .findFirst().orElseThrow();
        assertThat(squeezed(article.findElement(By.cssSelector(".agreement-title")).getAttribute("textContent")))
                .isEqualTo(squeezed(HostileData.TITLE));
        assertThat(article.getAttribute("textContent")).contains(HostileData.AGENCY, HostileData.PROVINCE);
        assertThat(new Select(browser.driver.findElement(By.id("agreement"))).getOptions())
                .anySatisfy(o -> assertThat(o.getAttribute("value")).isEqualTo(HostileData.CODE));
        assertNothingSmuggled();
    }

    @Test
    void aReportRequestForItShowsTheCodeAsTextAndFinishes() {
        browser.open("/");
        new Select(browser.driver.findElement(By.id("agreement"))).selectByValue(HostileData.CODE);
        browser.driver.findElement(By.id("period")).sendKeys("2021");
        browser.driver.findElement(By.id("request-submit")).click();

        new WebDriverWait(browser.driver, Duration.ofMinutes(3))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("download")));
        assertThat(browser.driver.findElement(By.cssSelector("main dl")).getAttribute("textContent"))
                .contains(HostileData.CODE + " · " + HostileData.PROVINCE);
        assertNothingSmuggled();
    }

    @Test
    void theProblemsOfAHostileUploadAreShownAsText() throws IOException {
        Path zip = Files.createTempFile("hostile-", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("records.csv"));
            out.write(("agreement,indicator,date\n\"" + HostileData.CODE.replace("\"", "\"\"")
                    + "\",<b>x</b>,<script>alert(2)</script>\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        browser.open("/imports");
        browser.driver.findElement(By.id("file")).sendKeys(zip.toAbsolutePath().toString());
        browser.submit(By.id("import-submit"));

        var rows = browser.driver.findElements(By.cssSelector(".problem-file tbody tr"));
        assertThat(rows).extracting(r -> r.getAttribute("textContent"))
                .anySatisfy(r -> assertThat(r).contains("'<b>x</b>'"))
                .anySatisfy(r -> assertThat(r).contains("'<script>alert(2)</script>' không phải là ngày hợp lệ"));
        assertNothingSmuggled();
        Files.deleteIfExists(zip);
    }

    @Test
    void anAddressTooLongForTheServerIsAnsweredInTheOfficesWords() {
        // a search of 1 500 Vietnamese letters typed into the address bar: some 9 KB once encoded, more than Tomcat
        // reads, so the application never sees it
        browser.open("/jobs?q=" + URLEncoder.encode("á".repeat(1500), StandardCharsets.UTF_8));

        String shown = browser.driver.findElement(By.tagName("body")).getText();
        assertThat(shown).contains("Yêu cầu không hợp lệ", "địa chỉ trang quá dài", "Mã lỗi 400", "Về trang chính")
                .doesNotContain("HTTP Status", "Bad Request");
        browser.look("address-too-long");
    }

    private void assertNothingSmuggled() {
        JavascriptExecutor js = browser.driver;
        assertThat(((Number) js.executeScript("return document.querySelectorAll(arguments[0]).length", SMUGGLED)).intValue())
                .as("elements made from imported text").isZero();
        assertThat(((Number) js.executeScript("return document.querySelectorAll('script:not([src])').length")).intValue())
                .as("inline scripts").isZero();
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.cspViolations()).as("what the Content-Security-Policy refused").isEmpty();
    }
}
