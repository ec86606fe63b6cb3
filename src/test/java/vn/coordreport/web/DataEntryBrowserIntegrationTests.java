package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.ImportSummary;
import vn.coordreport.ingest.ImportedFile;
import vn.coordreport.ingest.Importer;
import vn.coordreport.ingest.Templates;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.PostgresInitializer;

/**
 * Getting data in as a provincial office does (issue #17, points 2, 4 and 7), in
 * a real headless Chromium: a single CSV file uploaded by its name (an unknown
 * name explained in Vietnamese), a large one with its progress; a clerk typing
 * a register into the data-entry form with the keyboard, its problems shown on
 * the rows, the session saved as one import that undoes; a user of one province
 * writing another's data is refused by the import; the catalogue searched
 * without diacritics. Screenshots at laptop and phone sizes go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=DataEntryBrowserIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataEntryBrowserIntegrationTests {

    static final String QUANG_TRI = "09/QCPH/SNgV-BP";
    static final String PASSWORD = "mat-khau-rat-dai-1";

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

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
        if (users.find("vanhanh").isEmpty()) {
            users.add("vanhanh", Role.OPERATOR, null, PASSWORD);
            users.add("vanhanh-tayninh", Role.OPERATOR, "Tây Ninh", PASSWORD);
        }
    }

    @Test
    void aSingleCsvFileIsImportedByItsNameAndAnUnknownNameIsExplained() throws IOException {
        Path folder = Files.createTempDirectory("mot-tep-");
        Path records = folder.resolve("records.csv");
        Files.writeString(records, "agreement,indicator,date,quantity\n" + QUANG_TRI + ",JOINT_PATROL,2021-08-02,4\n",
                StandardCharsets.UTF_8);
        Path unknown = folder.resolve("so-lieu-thang-8.csv");
        Files.copy(records, unknown);
        long imports = importer.history().size();

        browser.logIn("vanhanh", PASSWORD);
        browser.open("/imports");
        upload(unknown);

        assertThat(browser.driver.findElement(By.cssSelector(".alert.error")).getText())
                .startsWith("Tệp “so-lieu-thang-8.csv” không có tên của một tệp dữ liệu nên không biết đó là dữ liệu gì.")
                .contains("agencies.csv, fields.csv", "records.csv", "assessments.csv");
        assertThat(importer.history()).hasSize((int) imports);
        // a file chosen that is empty is said so, not "choose a file"
        Path empty = Files.createFile(Files.createTempDirectory(folder, "rong-").resolve("records.csv"));
        upload(empty);
        assertThat(browser.driver.findElement(By.cssSelector(".alert.error")).getText())
                .isEqualTo("Tệp “records.csv” rỗng (0 byte): hãy chọn lại tệp có dữ liệu.");

        upload(records);

        assertThat(browser.driver.findElement(By.cssSelector("#import-result .alert")).getText())
                .matches("Đã nhập 1 dòng \\(lần nhập #\\d+\\): 1 dòng mới, 0 dòng đã có\\.");
        assertThat(importer.history()).last().extracting(ImportSummary::source).isEqualTo("upload:records.csv");
        browser.screenshot("entry-single-csv-laptop", Browser.LAPTOP);
        // the same file as a browser saves a second download of it: read as records.csv, and said so
        Path again = folder.resolve("records (1).csv");
        Files.writeString(again, "agreement,indicator,date,quantity\n" + QUANG_TRI + ",JOINT_PATROL,2021-08-03,1\n");
        upload(again);
        assertThat(browser.driver.findElement(By.id("read-as")).getText())
                .isEqualTo("Tệp “records (1).csv” được đọc là records.csv (trình duyệt thêm “(1)” vào tên khi tải về lần nữa).");
        assertThat(browser.driver.findElement(By.cssSelector("#import-result .alert")).getText())
                .matches("Đã nhập 1 dòng \\(lần nhập #\\d+\\): 1 dòng mới, 0 dòng đã có\\.");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void aTemplateSentBackNamesItsEmptySheetsOnOneLine(@TempDir Path temp, @Autowired Templates templates)
            throws IOException {
        // the template of 2021 sent back unchanged: its sheets left empty were table rows of nothing, eight at times
        Path book = temp.resolve("mau-2021.xlsx");
        try (var out = Files.newOutputStream(book)) {
            templates.write(QUANG_TRI, vn.coordreport.period.Period.year(2021), out);
        }
        List<String> empty = importer.importPath(book, true).files().stream().filter(f -> f.rows() == 0)
                .map(ImportedFile::name).toList();

        browser.logIn("vanhanh", PASSWORD);
        browser.open("/imports");
        upload(book);

        assertThat(empty).isNotEmpty();
        assertThat(browser.driver.findElement(By.id("import-empty-files")).getText())
                .isEqualTo("Không có dòng nào: " + String.join(", ", empty) + ".");
        assertThat(browser.driver.findElements(By.cssSelector("#import-files tbody td:first-child")))
                .extracting(WebElement::getText).isNotEmpty().doesNotContainAnyElementsOf(empty);
        browser.look("import-template-result");
    }

    @Test
    void aLargeUploadShowsHowMuchHasGoneUpThenThatTheServerIsChecking() throws IOException {
        Path folder = Files.createTempDirectory("tep-lon-");
        Path records = folder.resolve("records.csv");
        StringBuilder csv = new StringBuilder("agreement,indicator,date,quantity,counterpart,note\n");
        for (int i = 0; csv.length() < 3 * 1024 * 1024; i++) {
            csv.append(QUANG_TRI).append(",DELEGATION_IN,2021-").append(String.format("%02d-%02d", 3 + i % 9, 1 + i % 28))
                    .append(",1,Đối tác số ").append(i).append(",Ghi chú của dòng ").append(i).append('\n');
        }
        Files.writeString(records, csv, StandardCharsets.UTF_8);

        browser.logIn("vanhanh", PASSWORD);
        browser.open("/imports");
        ((JavascriptExecutor) browser.driver).executeScript("""
                window.phases = [];
                new MutationObserver(() => window.phases.push(document.getElementById('upload-phase').textContent))
                    .observe(document.getElementById('upload-phase'), {childList: true, characterData: true, subtree: true});
                """);
        browser.driver.findElement(By.id("file")).sendKeys(records.toAbsolutePath().toString());
        browser.driver.findElement(By.name("dryRun")).click();
        browser.driver.findElement(By.id("import-submit")).click();

        WebElement result = new WebDriverWait(browser.driver, Duration.ofSeconds(120))
                .until(d -> d.findElements(By.cssSelector("#import-result .alert")).stream().findFirst().orElse(null));
        assertThat(result.getText()).startsWith("Dữ liệu hợp lệ: ").endsWith("Chưa ghi gì (chỉ kiểm tra).");
        @SuppressWarnings("unchecked")
        List<String> phases = (List<String>) ((JavascriptExecutor) browser.driver).executeScript("return window.phases");
        assertThat(phases).anySatisfy(p -> assertThat(p).matches("Đang tải lên: \\d+% \\([\\d,]+ / [\\d,]+ MB\\)"))
                .last().asString().matches("Đã tải lên \\d,\\d MB\\. Máy chủ đang đọc, kiểm tra và ghi dữ liệu, xin chờ…");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/imports");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void aClerkTypesARegisterWithTheKeyboardFixesWhatTheImportFindsAndSavesOneImportThatUndoes() {
        long records = count("record");
        browser.logIn("vanhanh", PASSWORD);
        browser.open("/entry");
        new Select(browser.driver.findElement(By.id("choose-agreement"))).selectByValue(QUANG_TRI);
        // Enter loads the period's page: its cells are looked for once the page left is gone
        browser.loading(() -> browser.driver.findElement(By.id("choose-period")).sendKeys("2021", Keys.ENTER));
        // the first row of a table has no row above it to copy: its button is not offered, the others' are
        assertThat(copyButtons("records")).startsWith(false, true);

        new Select(cell("records", 0, "indicator")).selectByVisibleText("Tuần tra song phương (lượt)");
        cell("records", 0, "date").sendKeys("05032021", Keys.TAB);
        active().sendKeys("2", Keys.ENTER);
        assertThat(cell("records", 0, "date").getAttribute("value")).isEqualTo("05/03/2021");
        assertThat(active().getAttribute("name")).isEqualTo("records.indicator");
        active().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        assertThat(new Select(cell("records", 1, "indicator")).getFirstSelectedOption().getText())
                .isEqualTo("Tuần tra song phương (lượt)");
        // the row Enter added below the first copies its row above, and the first still has nothing to copy
        assertThat(copyButtons("records")).startsWith(false, true, true);
        cell("records", 1, "date").clear();
        cell("records", 1, "date").sendKeys("31/02/2021", Keys.TAB);
        browser.driver.findElement(By.cssSelector("#table-results summary")).click();
        new Select(cell("results", 0, "field")).selectByVisibleText("Quản lý, bảo vệ đường biên giới, mốc quốc giới");
        cell("results", 0, "date").sendKeys("20/03/2021");
        cell("results", 0, "text").sendKeys("Phối hợp tuần tra song phương trên tuyến biên giới.");
        browser.submit(By.id("entry-save"));

        assertThat(browser.driver.findElement(By.id("entry-rejected")).getText()).contains("Chưa lưu: 1 lỗi");
        assertThat(browser.driver.findElement(By.cssSelector("#table-records tr.row-problems")).getText())
                .startsWith("Dòng 2, cột Ngày: '31/02/2021' không phải là ngày hợp lệ");
        assertThat(browser.driver.findElement(By.cssSelector("#table-records td.blamed input")).getAttribute("value"))
                .isEqualTo("31/02/2021");
        assertThat(count("record")).isEqualTo(records);
        browser.screenshot("entry-problems-laptop", Browser.LAPTOP);
        // the records' nine columns fit a laptop's page: no column hidden behind a sideways scroll
        browser.size(Browser.LAPTOP);
        @SuppressWarnings("unchecked")
        List<Long> widths = (List<Long>) ((JavascriptExecutor) browser.driver).executeScript("var w = document"
                + ".querySelector('#table-records .table-wrap'); return [w.scrollWidth, w.clientWidth];");
        Object columns = ((JavascriptExecutor) browser.driver).executeScript("return Array.from(document"
                + ".querySelectorAll('#table-records th')).map(function (t) { return t.textContent.trim() + '='"
                + " + t.offsetWidth; }).join(', ');");
        assertThat(widths.get(0)).as("the table's width against its frame's; columns " + columns)
                .isLessThanOrEqualTo(widths.get(1));
        browser.screenshot("entry-problems-phone", Browser.PHONE);

        cell("records", 1, "date").clear();
        cell("records", 1, "date").sendKeys("28/02/2021");
        browser.submit(By.id("entry-save"));

        assertThat(browser.driver.findElement(By.id("entry-saved")).getText())
                .matches("Đã lưu thành lần nhập #\\d+: 3 dòng mới, 0 dòng đã có\\. .*");
        ImportSummary saved = importer.history().get(importer.history().size() - 1);
        assertThat(saved.source()).isEqualTo("form:" + QUANG_TRI + " 2021");
        assertThat(jdbc.sql("""
                select string_agg(to_char(occurred_on, 'DD/MM/YYYY') || ' ' || quantity::int, '; ' order by occurred_on)
                from record where import_id = :id""").param("id", saved.id()).query(String.class).single())
                .isEqualTo("28/02/2021 2; 05/03/2021 2");
        assertThat(count("record")).isEqualTo(records + 2);
        browser.screenshot("entry-saved-laptop", Browser.LAPTOP);
        // what the period holds is listed above the typing rows, the two just saved among them, with their import
        browser.driver.findElement(By.cssSelector("#stored-records summary")).click();
        assertThat(browser.driver.findElement(By.cssSelector("#stored-records")).getText())
                .contains("28/02/2021", "05/03/2021", "Tuần tra song phương (lượt)", "#" + saved.id());
        browser.screenshot("entry-stored-laptop", Browser.LAPTOP);
        browser.screenshot("entry-stored-phone", Browser.PHONE);

        browser.open("/imports");
        // the sample's import, which the form's rows use, is not undone: said once, not "Không hủy được ...: không hủy được ..."
        long sample = importer.history().get(0).id();
        // an undo asks first, and cancelled does nothing
        browser.driver.findElement(By.cssSelector("button[aria-label='Hủy lần nhập #" + saved.id() + "']")).click();
        org.openqa.selenium.Alert asked = browser.driver.switchTo().alert();
        assertThat(asked.getText()).startsWith("Hủy lần nhập #" + saved.id() + " (Biểu mẫu: " + QUANG_TRI + ", năm 2021, do vanhanh "
                + "nhập lúc ").contains(", 3 dòng)? Mọi dòng lần nhập này thêm vào sẽ bị bỏ");
        asked.dismiss();
        assertThat(count("record")).isEqualTo(records + 2);
        browser.loading(() -> {
            browser.driver.findElement(By.cssSelector("button[aria-label='Hủy lần nhập #" + sample + "']")).click();
            browser.driver.switchTo().alert().accept();
        });
        assertThat(browser.driver.findElement(By.id("undo-problem")).getText())
                .startsWith("Không hủy được lần nhập #" + sample + ": các lần nhập sau đang dùng dữ liệu nó đã thêm")
                .doesNotContain("không hủy được");
        browser.loading(() -> {
            browser.driver.findElement(By.cssSelector("button[aria-label='Hủy lần nhập #" + saved.id() + "']")).click();
            browser.driver.switchTo().alert().accept();
        });
        assertThat(browser.driver.findElement(By.id("undone")).getText())
                .isEqualTo("Đã hủy lần nhập #" + saved.id() + ": bỏ 3 dòng.");
        assertThat(count("record")).isEqualTo(records);
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void aRowCopiedWithoutAChangeIsToldBeforeItIsSaved() {
        long records = count("record");
        browser.logIn("vanhanh", PASSWORD);
        browser.open("/entry?agreement=" + QUANG_TRI + "&period=2021");
        new Select(cell("records", 0, "indicator")).selectByVisibleText("Tuần tra song phương (lượt)");
        cell("records", 0, "date").sendKeys("12032021", Keys.TAB);
        active().sendKeys("1", Keys.ENTER);
        // the next row copies the first with Ctrl+Enter, and its date is not changed
        active().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        assertThat(cell("records", 1, "date").getAttribute("value")).isEqualTo("12/03/2021");
        browser.driver.findElement(By.name("dryRun")).click();
        browser.submit(By.id("entry-save"));

        assertThat(browser.driver.findElement(By.id("entry-checked")).getText())
                .startsWith("Các dòng hợp lệ: 2 dòng mới, 0 dòng đã có.");
        assertThat(browser.driver.findElement(By.cssSelector(".entry-repeated")).getText())
                .isEqualTo("Lưu ý: trong bảng Số liệu, dòng thứ 2 giống hệt dòng thứ 1 ở mọi ô; nếu lưu, các dòng đều"
                        + " được tính. Nếu nhập nhầm hai lần, hãy xóa dòng thừa trước khi lưu.");
        assertThat(count("record")).isEqualTo(records);
        browser.look("entry-repeated");
    }

    @Test
    void aUserOfOneProvinceTypesOnlyForItsAgreementsAndAnotherIsRefused() {
        long records = count("record");
        browser.logIn("vanhanh-tayninh", PASSWORD);
        browser.open("/entry");

        assertThat(new Select(browser.driver.findElement(By.id("choose-agreement"))).getOptions())
                .extracting(o -> o.getAttribute("value")).containsExactly("", "05/QCPH-SNgV-BĐBP");
        browser.open("/entry?agreement=" + QUANG_TRI + "&period=2021");
        assertThat(browser.driver.getPageSource()).doesNotContain("entry-form");

        browser.open("/entry?agreement=05/QCPH-SNgV-BĐBP&period=2019");
        // the Excel template of the same agreement and period, for a clerk who would rather fill it in Excel
        String template = browser.driver.findElement(By.cssSelector("#entry-template a")).getAttribute("href");
        assertThat(template).contains("/templates?agreement=", "period=2019");
        assertThat(browser.fetchStatus("GET", template, Map.of())).isEqualTo(200);
        long status = browser.fetchStatus("POST", "/entry", Map.of("agreement", QUANG_TRI, "period", "2021",
                "records.indicator", "JOINT_PATROL", "records.date", "01/06/2021", "records.quantity", "5"));

        // refused before the import, whose problems would list the agreement's agencies in the form's choices
        assertThat(status).isEqualTo(403);
        assertThat(count("record")).isEqualTo(records);
    }

    @Test
    void aRowOfAnImportOfSeveralProvincesIsShownWithoutALinkTheUserCannotFollow(@TempDir Path temp) throws IOException {
        // the office imports one file holding a Tây Ninh row and a Quảng Trị row: its history is not Tây Ninh's to see
        Path folder = Files.createDirectories(temp.resolve("two-provinces"));
        Files.writeString(folder.resolve("records.csv"), "agreement,indicator,date,quantity,agency,note\n"
                + "05/QCPH-SNgV-BĐBP,JOINT_PATROL,2019-05-20,3,BDBP-TN,văn phòng nhập hai tỉnh\n"
                + QUANG_TRI + ",JOINT_PATROL,2021-05-20,3,BDBP-QT,văn phòng nhập hai tỉnh\n");
        long id = importer.importPath(folder, false).importId();
        try {
            browser.logIn("vanhanh-tayninh", PASSWORD);
            browser.open("/entry?agreement=05/QCPH-SNgV-BĐBP&period=2019");

            // the row is shown with its import's number, which leads nowhere: "Không có lần nhập nào khớp" before
            assertThat(browser.driver.findElements(By.cssSelector(".unseen-import")))
                    .extracting(e -> e.getAttribute("textContent").strip())
                    .containsExactly("#" + id + " (lần nhập có cả số liệu tỉnh khác)");
            assertThat(browser.driver.findElements(By.cssSelector("a[href*='%23" + id + "']"))).isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector(".stored-rows a[href*='/imports?q=']"))).isNotEmpty();
        } finally {
            importer.undo(id);
        }
    }

    @Test
    void theCatalogueIsSearchedWithoutDiacriticsAndGivesTheCodesToUse() {
        browser.logIn("vanhanh", PASSWORD);
        browser.open("/catalogue");
        assertThat(browser.driver.findElement(By.id("catalogue-count")).getText())
                .isEqualTo("21 chỉ tiêu thuộc 20 lĩnh vực.");

        browser.loading(() -> browser.driver.findElement(By.id("q")).sendKeys("tuan tra", Keys.ENTER));

        assertThat(codes("catalogue-indicators")).containsExactly("JOINT_PATROL");
        assertThat(browser.driver.findElement(By.cssSelector("#catalogue-indicators tbody tr")).getText())
                .contains("Tuần tra song phương", "Quản lý, bảo vệ đường biên giới, mốc quốc giới", "BORDER", "lượt");
        browser.screenshot("catalogue-search-laptop", Browser.LAPTOP);
        browser.screenshot("catalogue-search-phone", Browser.PHONE);

        browser.open("/catalogue?q=" + java.net.URLEncoder.encode("đoàn", StandardCharsets.UTF_8));
        assertThat(codes("catalogue-indicators")).containsExactlyInAnyOrder("DELEGATION_OUT", "DELEGATION_IN",
                "FOREIGN_PRESS_VISIT");
        assertThat(codes("catalogue-fields")).containsExactly("DELEGATIONS");
        assertThat(browser.driver.findElement(By.id("catalogue-count")).getText())
                .isEqualTo("Tìm thấy 3 chỉ tiêu và 1 lĩnh vực khớp với “đoàn”.");
        assertThat(browser.cspViolations()).isEmpty();
    }

    private List<String> codes(String section) {
        return browser.driver.findElements(By.cssSelector("#" + section + " tbody tr td:first-child code")).stream()
                .map(WebElement::getText).toList();
    }

    private void upload(Path file) {
        browser.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.submit(By.id("import-submit"));
    }

    private WebElement cell(String table, int row, String column) {
        return browser.driver.findElements(By.cssSelector("#table-" + table + " tr.entry-row")).get(row)
                .findElement(By.name(table + "." + column));
    }

    /** Whether each entry row of a table shows its "Chép dòng trên" button, in row order. */
    private List<Boolean> copyButtons(String table) {
        return browser.driver.findElements(By.cssSelector("#table-" + table + " tr.entry-row .copy-row")).stream()
                .map(WebElement::isDisplayed).toList();
    }

    private WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
