package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.JobNames;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.review.Review;
import vn.coordreport.review.ReviewQuery;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.PostgresInitializer;

/**
 * The leadership dashboard in a real headless Chromium, on the Tây Ninh and Quảng Trị samples: a viewer lands
 * on it, its charts are drawn (ECharts canvases) from tables that hold the reviews' own figures, the filters
 * change what it shows, a viewer of one province sees no other, and nothing scrolls sideways at 390 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresInitializer.class)
@TestPropertySource(properties = "coordreport.test.database=DashboardBrowserIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIntegrationTests {

    static final String TAY_NINH = "05/QCPH-SNgV-BĐBP";
    static final String PASSWORD = "mat-khau-rat-dai-1";

    @LocalServerPort
    int port;

    @Autowired
    ReviewQuery reviews;

    Browser browser;

    @BeforeAll
    void theSamplesTheUsersAndABrowser(@Autowired Importer importer, @Autowired UserAccounts users) {
        importer.importPath(Path.of("src/main/resources/samples/quang-tri-2021"), false);
        importer.importPath(Path.of("src/main/resources/samples/tay-ninh-2019"), false);
        users.add("lanhdao-tayninh", Role.VIEWER, "Tây Ninh", PASSWORD);
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
    void aViewerLandsOnTheDashboardWhoseChartsAndTablesHoldTheReviewsFigures() throws java.io.IOException {
        browser.open("/");
        browser.logIn("lanhdao-tayninh", PASSWORD);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/dashboard");
        assertThat(new Select(browser.driver.findElement(By.id("province"))).getOptions())
                .extracting(WebElement::getText).containsExactly("Tây Ninh");
        assertThat(selected("period")).isEqualTo("Năm 2019");
        assertThat(chartDrawn("trend-chart")).isTrue();
        assertThat(browser.driver.findElements(By.id("trend-single"))).isEmpty();
        assertThat(chartDrawn("compare-chart")).isTrue();
        assertThat(chartDrawn("open-chart")).isTrue();
        // a limitation still open says how long it has stood, in the words a leader reads: "tồn đọng 2.500 ngày"
        assertThat(browser.driver.findElement(By.id("open-list")).getText())
                .containsPattern("phát hiện \\d{2}/\\d{2}/\\d{4}, tồn đọng [\\d.]+ ngày").doesNotContain(", đã ");

        choose("period", "6 tháng đầu năm 2019");
        assertThat(selected("period")).isEqualTo("6 tháng đầu năm 2019");
        Review h1 = reviews.review(TAY_NINH, Period.parse("2019-H1"), null);
        assertThat(h1.indicators()).isNotEmpty();
        for (Review.IndicatorFigure figure : h1.indicators()) {
            assertThat(figure(figure.code(), "current")).as(figure.code()).isEqualByComparingTo(figure.quantity());
            assertThat(text(figure.code(), "previous")).as("regulation in effect from 01/03/2018: no comparison")
                    .isEqualTo("—");
        }
        assertThat(figure("JOINT_PATROL", "target")).isEqualByComparingTo("12");
        assertThat(text("JOINT_PATROL", "target")).isEqualTo("12");
        // no other regulation to compare: the note says nothing of the others' figures
        assertThat(browser.driver.findElement(By.id("not-comparable")).getText()).contains(TAY_NINH)
                .endsWith("(như báo cáo của quy chế).").doesNotContain("các quy chế còn lại");
        look("dashboard-tay-ninh-2019-h1");
        // printed for a meeting: what it shows said by its filters, the figures, and each chart as ECharts drew it,
        // within the page; no menu or button
        try (PDDocument printed = Loader.loadPDF(browser.print("dashboard-print"))) {
            String text = new PDFTextStripper().getText(printed);
            assertThat(text).contains("Tổng quan kết quả thực hiện quy chế", "Tây Ninh", "6 tháng đầu năm 2019",
                    "Chỉ tiêu chính qua các kỳ", "Trang 1/" + printed.getNumberOfPages())
                    .doesNotContain("Đăng xuất", "Kho báo cáo");
            // each chart drawn again for the page as it is printed, so that the browser prints it as a drawing
            // (its words are the PDF's text: the trend's axis, the comparison's legend), not as a picture of the
            // screen's chart scaled to the page
            assertThat(text).contains("6T đầu 2015", "Kỳ này", "Kế hoạch", "Cùng kỳ năm trước");
            int pictures = 0;
            for (PDPage page : printed.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    pictures += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertThat(pictures).isZero();
        }

        choose("period", "6 tháng đầu năm 2020");
        Review next = reviews.review(TAY_NINH, Period.parse("2020-H1"), null);
        assertThat(next.indicators()).isNotEmpty();
        for (Review.IndicatorFigure figure : next.indicators()) {
            assertThat(figure(figure.code(), "current")).as(figure.code()).isEqualByComparingTo(figure.quantity());
            assertThat(figure(figure.code(), "previous")).as(figure.code())
                    .isEqualByComparingTo(figure.previousQuantity());
            // the change in the report's words, not this period as a percent of the other
            assertThat(text(figure.code(), "previous-percent")).as(figure.code())
                    .matches("(tăng|giảm) [0-9,]+%|bằng cùng kỳ|mới phát sinh")
                    .isEqualTo(vn.coordreport.render.Changes.againstSamePeriod(figure.quantity(),
                            figure.previousQuantity()));
        }
        assertThat(browser.driver.findElements(By.id("not-comparable"))).isEmpty();
        List<WebElement> trendHeads = browser.driver.findElements(By.cssSelector("#trend-table thead th[data-category]"));
        assertThat(trendHeads).extracting(h -> h.getAttribute("textContent").strip())
                .containsExactly("6T đầu 2016", "6T đầu 2017", "6T đầu 2018", "6T đầu 2019", "6T đầu 2020");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void theJobsPageSpeaksTheOfficesWords(@Autowired ReportJobs jobs) {
        jobs.startNightly(java.time.LocalDate.of(2021, 6, 1));
        browser.logIn("vanhanh", PASSWORD);
        browser.open("/jobs");
        String page = browser.driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("01:30 hằng ngày", "02:00 ngày 20 tháng 6 hằng năm", "Mỗi 10 phút",
                "Bản dự thảo hằng đêm", "Chốt 6 tháng đầu năm", "Lập bản dự thảo hằng đêm", "Hoàn tất",
                "Tính đến ngày 01/06/2021");
        assertThat(page).doesNotContain(JobNames.NIGHTLY, JobNames.PERIOD_CLOSE, "COMPLETED", "asOf=", "0 30 1 * * ?");
        assertThat(browser.driver.findElements(By.cssSelector("button.restart"))).isEmpty();
        look("jobs-vietnamese");
    }

    @Test
    void theFieldFilterKeepsItsIndicatorsOnly() {
        browser.logIn("lanhdao-tayninh", PASSWORD);
        browser.open("/dashboard?period=2019-H1");
        List<String> all = codes();
        String fieldName = fieldOf(all.get(0));
        choose("field", fieldName);
        List<String> one = codes();
        assertThat(one).isNotEmpty().isSubsetOf(all);
        assertThat(one.size()).isLessThan(all.size());
        assertThat(browser.driver.getCurrentUrl()).contains("field=");

        // an agreement or a field the lists do not offer (a link of another province, a typo) is said, and all shown
        browser.open("/dashboard?period=2019-H1&agreement=09%2FQCPH%2FSNgV-BP&field=KHONG_CO");
        assertThat(browser.driver.findElement(By.id("problem")).getText()).isEqualTo("Tây Ninh không có quy chế "
                + "\"09/QCPH/SNgV-BP\": đang hiển thị mọi quy chế của tỉnh. Không có lĩnh vực \"KHONG_CO\": đang hiển thị "
                + "mọi lĩnh vực.");
        assertThat(codes()).containsExactlyInAnyOrderElementsOf(all);
        look("dashboard-unknown-agreement");

        // one of the province's own agreements is chosen, and nothing is said
        String own = new Select(browser.driver.findElement(By.id("agreement"))).getOptions().get(1).getText();
        choose("agreement", own);
        assertThat(selected("agreement")).isEqualTo(own);
        assertThat(browser.driver.findElements(By.id("problem"))).isEmpty();
        assertThat(codes()).isNotEmpty().isSubsetOf(all);

        // the agreement and the field written in other letters' case are those choices, as the lists' filters take
        // them: nothing is said, and the page shows them under their own code
        String fieldCode = browser.driver.findElements(By.cssSelector("#field option")).stream()
                .filter(o -> o.getText().equals(fieldName)).findFirst().orElseThrow().getAttribute("value");
        browser.open("/dashboard?period=2019-H1&agreement=" + encoded(TAY_NINH.toLowerCase(java.util.Locale.ROOT))
                + "&field=" + encoded(" " + fieldCode.toLowerCase(java.util.Locale.ROOT)));
        assertThat(browser.driver.findElements(By.id("problem"))).isEmpty();
        assertThat(selected("agreement")).startsWith(TAY_NINH + " · ");
        assertThat(selected("field")).isEqualTo(fieldName);
        assertThat(codes()).containsExactlyInAnyOrderElementsOf(one);
    }

    @Test
    void aViewerOfOneProvinceIsRefusedAnotherAndAnOperatorChoosesAny() {
        browser.logIn("lanhdao-tayninh", PASSWORD);
        browser.open("/dashboard");
        assertThat(browser.fetchStatus("GET", "/dashboard?province=Qu%E1%BA%A3ng%20Tr%E1%BB%8B", Map.of()))
                .isEqualTo(403);

        browser.logIn("vanhanh", PASSWORD);
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("/dashboard");
        browser.open("/dashboard");
        assertThat(new Select(browser.driver.findElement(By.id("province"))).getOptions())
                .extracting(WebElement::getText).containsExactly("Quảng Trị", "Tây Ninh");
        assertThat(selected("province")).isEqualTo("Quảng Trị");
        assertThat(selected("period")).isEqualTo("Năm 2021");
        Review year = reviews.review("09/QCPH/SNgV-BP", Period.parse("2021"), null);
        for (Review.IndicatorFigure figure : year.indicators()) {
            assertThat(figure(figure.code(), "current")).as(figure.code()).isEqualByComparingTo(figure.quantity());
        }
        assertThat(chartDrawn("compare-chart")).isTrue();
        // nor a trend: one period with figures is one point an indicator, a column of dots told apart only by a
        // legend of eight pages on a phone; the page says why there is no chart
        assertThat(browser.driver.findElements(By.id("trend-chart"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("trend-single")).getText())
                .isEqualTo("Chỉ năm 2021 có số liệu nên chưa có xu hướng để vẽ biểu đồ; số liệu ở bảng dưới.");
        // the regulation was signed on 23/02/2021: the four years before have no figure, not a zero
        List<String> patrols = browser.driver
                .findElements(By.cssSelector("#trend-table tr[data-code='JOINT_PATROL'] td.right")).stream()
                .map(c -> c.getAttribute("textContent").strip()).toList();
        assertThat(patrols).containsExactly("—", "—", "—", "—", text("JOINT_PATROL", "current"));
        assertThat(browser.driver.findElement(By.id("trend-outside-effect")).getText())
                .isEqualTo("Kỳ ghi dấu — là kỳ chưa có quy chế nào đã chọn có hiệu lực.");
        look("dashboard-quang-tri-2021");
        // a province no data has, or a range of days, typed into the address: said, and what is shown instead named
        browser.open("/dashboard?province=NOPE");
        assertThat(browser.driver.findElement(By.id("problem")).getText())
                .isEqualTo("Không có tỉnh \"NOPE\" trong dữ liệu: đang hiển thị Quảng Trị.");
        assertThat(selected("province")).isEqualTo("Quảng Trị");
        // one written in other letters' case is that province, its figures and its name in the list
        browser.open("/dashboard?province=" + encoded("tây ninh") + "&period=2019");
        assertThat(browser.driver.findElements(By.id("problem"))).isEmpty();
        assertThat(selected("province")).isEqualTo("Tây Ninh");
        assertThat(codes()).contains("JOINT_PATROL");
        browser.open("/dashboard?period=2016-06-25..2023-10-25");
        // naming what the list offers: it has no quarter
        assertThat(browser.driver.findElement(By.id("problem")).getText()).isEqualTo("Kỳ \"2016-06-25..2023-10-25\" "
                + "không hợp lệ: hãy chọn năm, 6 tháng hoặc 9 tháng trong danh sách. Đang hiển thị năm 2021.");
        assertThat(selected("period")).isEqualTo("Năm 2021");
        browser.open("/dashboard");
        choose("province", "Tây Ninh");
        assertThat(selected("period")).isEqualTo("Năm 2019");
        assertThat(codes()).contains("JOINT_PATROL");
    }

    private void choose(String select, String label) {
        String before = browser.driver.getCurrentUrl();
        new Select(browser.driver.findElement(By.id(select))).selectByVisibleText(label);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().equals(before)
                && d.findElement(By.id("filters")) != null);
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String selected(String select) {
        return new Select(browser.driver.findElement(By.id(select))).getFirstSelectedOption().getText();
    }

    private String fieldOf(String code) {
        return browser.driver.findElement(By.cssSelector("#compare-table tr[data-code='" + code + "']"))
                .getAttribute("data-field");
    }

    private List<String> codes() {
        return browser.driver.findElements(By.cssSelector("#compare-table tbody tr")).stream()
                .map(r -> r.getAttribute("data-code")).toList();
    }

    private BigDecimal figure(String code, String column) {
        return new BigDecimal(cell(code, column).getAttribute("data-value"));
    }

    private String text(String code, String column) {
        return cell(code, column).getText();
    }

    private WebElement cell(String code, String column) {
        return browser.driver.findElement(By.cssSelector("#compare-table tr[data-code='" + code + "'] td." + column));
    }

    /** Whether ECharts drew into the chart's box: a canvas of the box's size. */
    private boolean chartDrawn(String id) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("var c = document.querySelector('#' + arguments[0] + ' canvas');"
                        + "return !!c && c.width > 100 && c.height > 100 && !!document.getElementById(arguments[0])"
                        + ".getAttribute('data-drawn');", id));
    }

    /** Screenshots at 1366 and 390 px; at neither does the page scroll sideways. */
    private void look(String name) {
        for (Dimension size : List.of(Browser.LAPTOP, Browser.PHONE)) {
            browser.size(size);
            // the charts follow the window's size a moment after it changes
            new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> ((Number) ((JavascriptExecutor) d)
                    .executeScript("return Math.max.apply(null, Array.from(document.querySelectorAll('.chart canvas'))"
                            + ".map(c => c.getBoundingClientRect().right).concat([0]));")).intValue() <= size.width);
            Number overflow = (Number) ((JavascriptExecutor) browser.driver)
                    .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as(name + " scrolls sideways at " + size.width + " px").isLessThanOrEqualTo(0);
            browser.screenshot(name + (size.equals(Browser.LAPTOP) ? "-laptop" : "-phone"), size);
        }
    }
}
