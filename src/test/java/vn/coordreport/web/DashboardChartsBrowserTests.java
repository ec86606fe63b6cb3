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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard's charts (dashboard.js with the ECharts the application serves) in a real headless Chromium, on
 * tables shaped as the dashboard's, with figures that no sample's dashboard test holds: Lạng Sơn's 60.000 masks beside
 * counts of 1 and 0, which put the charts on a logarithmic axis. No application is started: the page is a file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardChartsBrowserTests {

    Browser browser;

    @BeforeAll
    void aPageOfTheDashboardsTables(@TempDir Path folder) throws IOException {
        Path echarts = Path.of("target/classes/META-INF/resources/webjars/echarts/5.1.2/echarts.min.js").toAbsolutePath();
        Path script = Path.of("src/main/resources/static/js/dashboard.js").toAbsolutePath();
        Path css = Path.of("src/main/resources/static/css/app.css").toAbsolutePath();
        String page = """
                <!doctype html><html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="%s"></head><body><main>
                <section class="card"><h2>Chỉ tiêu chính qua các kỳ</h2>
                <div class="chart" id="trend-chart"></div>
                <table class="table cards figures" id="trend-table" data-chart="line" data-chart-into="trend-chart"
                       data-series="rows">
                  <thead><tr><th>Chỉ tiêu</th><th>Đơn vị</th><th data-category>9T 2016</th><th data-category>9T 2017</th>
                    <th data-category>9T 2018</th><th data-category>9T 2019</th><th data-category>9T 2020</th></tr></thead>
                  <tbody>
                    <tr><th>Vật tư, hàng hóa hỗ trợ, trao tặng đối tác nước ngoài</th><td>đơn vị</td>
                      <td data-value="0">0</td><td data-value="0">0</td><td data-value="0">0</td>
                      <td data-value="1200">1.200</td><td data-value="60000">60.000</td></tr>
                    <tr><th>Bản ghi nhớ hợp tác được ký kết</th><td>bản</td>
                      <td data-value="0">0</td><td data-value="0">0</td><td data-value="0">0</td>
                      <td data-value="2">2</td><td data-value="1">1</td></tr>
                  </tbody>
                </table></section>
                <section class="card"><h2>9 tháng năm 2020 so với kế hoạch và cùng kỳ năm trước</h2>
                <div class="chart" id="compare-chart"></div>
                <table class="table cards figures" id="compare-table" data-chart="bar" data-chart-into="compare-chart"
                       data-series="columns">
                  <thead><tr><th>Chỉ tiêu</th><th>Đơn vị</th><th data-series-name>Kỳ này</th>
                    <th data-series-name>Cùng kỳ năm trước</th></tr></thead>
                  <tbody>
                    <tr><th data-category>Vật tư, hàng hóa hỗ trợ, trao tặng đối tác nước ngoài</th><td>đơn vị</td>
                      <td data-value="60000">60.000</td><td data-value="1200">1.200</td></tr>
                    <tr><th data-category>Bản ghi nhớ hợp tác được ký kết</th><td>bản</td>
                      <td data-value="1">1</td><td data-value="2">2</td></tr>
                    <tr><th data-category>Thỏa thuận quốc tế cấp tỉnh được ký kết</th><td>thỏa thuận</td>
                      <td data-value="3">3</td><td data-value="0">0</td></tr>
                    <tr><th data-category>Thỏa thuận quốc tế cấp sở, ngành được ký kết</th><td>thỏa thuận</td>
                      <td data-value="4">4</td><td data-value="1">1</td></tr>
                  </tbody>
                </table></section>
                <section class="card"><h2>Chỉ tiêu chính qua các kỳ (chín chỉ tiêu)</h2>
                <div class="chart" id="many-chart"></div>
                <table class="table cards figures" id="many-table" data-chart="line" data-chart-into="many-chart"
                       data-series="rows">
                  <thead><tr><th>Chỉ tiêu</th><th>Đơn vị</th><th data-category>2019</th><th data-category>2020</th></tr></thead>
                  <tbody>%s</tbody>
                </table></section>
                </main>
                <script src="%s"></script><script src="%s"></script></body></html>
                """.formatted(css.toUri(), nineIndicators(), echarts.toUri(), script.toUri());
        Files.writeString(folder.resolve("charts.html"), page, StandardCharsets.UTF_8);
        browser = new Browser(folder.toUri().toString().replaceAll("/$", ""));
        browser.open("/charts.html");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSmallFigureBesideAHugeOneIsSeenAZeroIsAPointAndTheAxisSaysItIsLogarithmic() {
        for (Dimension size : List.of(Browser.LAPTOP, Browser.PHONE)) {
            browser.size(size);
            Map<?, ?> compare = chart("compare-chart", "xAxis");
            assertThat(compare.get("type")).isEqualTo("log");
            // drawn as points: ECharts starts a bar on a logarithmic axis at 1, and a 1 was no bar at all
            assertThat(script("return echarts.getInstanceByDom(document.getElementById('compare-chart')).getOption()"
                    + ".series.map(function (s) { return s.type; })")).isEqualTo(List.of("scatter", "scatter"));
            assertThat(((Number) compare.get("min")).doubleValue()).isEqualTo(1);
            // the zeros of the years before are drawn on the axis's floor, not left out, below the smallest figure
            Map<?, ?> trend = chart("trend-chart", "yAxis");
            assertThat(trend.get("type")).isEqualTo("log");
            assertThat(((Number) trend.get("min")).doubleValue()).isLessThan(1);
            double floor = ((Number) trend.get("min")).doubleValue();
            assertThat((List<?>) trend.get("data")).hasSize(6)
                    .allSatisfy(v -> assertThat(((Number) v).doubleValue()).isEqualTo(floor));
            // and the reader is told how the axis counts
            for (String chart : List.of("compare-chart", "trend-chart")) {
                WebElement note = browser.driver.findElement(By.cssSelector("#" + chart + " + .scale-note"));
                assertThat(note.isDisplayed()).isTrue();
                assertThat(note.getText()).contains("thang logarit", "mỗi vạch gấp 10 lần vạch trước");
            }
            // the two agreements' names, alike in their first words, are told apart: neither is cut on one line,
            // and their lines break between words
            assertThat(script("var a = echarts.getInstanceByDom(document.getElementById('compare-chart'))"
                    + ".getOption().yAxis[0]; return a.data.map(function (n) { return a.axisLabel.formatter(n); });"))
                    .asList().extracting(label -> label.toString().replace("\n", " ")).containsExactly(
                            "Vật tư, hàng hóa hỗ trợ, trao tặng đối tác nước ngoài", "Bản ghi nhớ hợp tác được ký kết",
                            "Thỏa thuận quốc tế cấp tỉnh được ký kết", "Thỏa thuận quốc tế cấp sở, ngành được ký kết");
            browser.screenshot("dashboard-log-axis" + (size.equals(Browser.LAPTOP) ? "-laptop" : "-phone"), size);
        }
    }

    @Test
    void aTrendOfMoreIndicatorsThanColoursDrawsNoTwoLinesAlike() {
        for (Dimension size : List.of(Browser.LAPTOP, Browser.PHONE)) {
            browser.size(size);
            chart("many-chart", "yAxis");
            // each line as it is drawn (and marked in the legend): its colour, its dashes and its points
            Object looks = script("var c = echarts.getInstanceByDom(document.getElementById('many-chart'));"
                    + "return c.getModel().getSeries().map(function (s) { var v = s.getData().getVisual('style');"
                    + "  return (v.stroke || v.fill) + ' ' + s.get(['lineStyle', 'type']) + ' ' + s.get('symbol'); });");
            assertThat((List<?>) looks).as("at " + size.width + " px").hasSize(9).doesNotHaveDuplicates();
        }
    }

    /** Nine indicators' rows of a trend, one more than the charts' colours. */
    private static String nineIndicators() {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            rows.append("<tr><th>Chỉ tiêu thứ ").append(i).append("</th><td>vụ</td><td data-value=\"").append(i)
                    .append("\">").append(i).append("</td><td data-value=\"").append(i * 2).append("\">").append(i * 2)
                    .append("</td></tr>");
        }
        return rows.toString();
    }

    /** The axis of a chart that carries the figures: its type, floor, and the zeros' points (the trend's). */
    private Map<?, ?> chart(String id, String axis) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> script(
                "return !!document.getElementById('" + id + "').getAttribute('data-drawn')") == Boolean.TRUE);
        return (Map<?, ?>) script("var o = echarts.getInstanceByDom(document.getElementById('" + id + "')).getOption();"
                + "var a = o." + axis + "[0];"
                + "var zeros = [];"
                + "o.series.forEach(function (s) { s.data.slice(0, 3).forEach(function (v) { zeros.push(v); }); });"
                + "return { type: a.type, min: a.min, data: zeros };");
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser.driver).executeScript(js);
    }
}
