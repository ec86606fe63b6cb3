package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver})
 * driven by Selenium, with a download folder of its own. Nothing is downloaded
 * by Selenium Manager: the driver and the browser are given explicitly. When
 * Chromium is not installed the test fails, it does not skip.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension LAPTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    /** Run in every document before its own scripts: records each CSP violation for the tab's whole life. */
    private static final String CSP_WATCH = """
            document.addEventListener('securitypolicyviolation', function (e) {
                var seen = JSON.parse(sessionStorage.getItem('csp-violations') || '[]');
                seen.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' on ' + location.pathname
                        + (e.sample ? ': ' + e.sample : ''));
                sessionStorage.setItem('csp-violations', JSON.stringify(seen));
            });
            """;

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final String base;

    Browser(String base) {
        assertThat(CHROMIUM).as("Chromium must be installed (apt-get install chromium)").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver must be installed (apt-get install chromium-driver)").isExecutable();
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            this.downloads = Files.createTempDirectory("coordreport-downloads-");
            this.profile = Files.createTempDirectory("coordreport-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=vi-VN", "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("plugins.always_open_pdf_externally", true);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = base;
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_WATCH));
        size(LAPTOP);
    }

    /**
     * Clicks a button or link that loads another page, and waits until the old page is gone: a click returns as
     * soon as it is dispatched, so looking for the next page's elements straight after it can still find (or miss
     * them on) the page being left, the more so on a loaded machine.
     */
    void submit(WebElement button) {
        loading(button::click);
    }

    /**
     * Does what loads another page (a click, Enter in a form's field) and waits until the old page is gone, as
     * {@link #submit(WebElement)} does.
     */
    void loading(Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        // Chromium reports a replaced page's node as stale or as "not in the document": either means the next page
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException e) {
                return true;
            }
        });
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Clicks the element found by a locator, as {@link #submit(WebElement)}. */
    void submit(By button) {
        submit(driver.findElement(button));
    }

    /** The Content-Security-Policy violations Chromium reported on the pages seen so far (of this origin). */
    List<String> cspViolations() {
        Object seen = ((JavascriptExecutor) driver)
                .executeScript("return JSON.parse(sessionStorage.getItem('csp-violations') || '[]')");
        return ((List<?>) seen).stream().map(String::valueOf).toList();
    }

    /**
     * Whether the current page enforces a Content-Security-Policy that refuses inline styles: a style attribute
     * put in by a script (as injected markup would be) is reported as a violation. The report is then forgotten.
     */
    boolean refusesInlineStyles() {
        Object refused = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const probe = document.createElement('div');
                const timer = setTimeout(() => { probe.remove(); done(false); }, 3000);
                document.addEventListener('securitypolicyviolation', function seen(e) {
                    document.removeEventListener('securitypolicyviolation', seen);
                    clearTimeout(timer);
                    probe.remove();
                    setTimeout(() => {
                        const all = JSON.parse(sessionStorage.getItem('csp-violations') || '[]');
                        sessionStorage.setItem('csp-violations', JSON.stringify(all.slice(0, -1)));
                        done(true);
                    }, 0);
                });
                document.body.appendChild(probe);
                probe.innerHTML = '<span style="color: red">csp probe</span>';
                """);
        return Boolean.TRUE.equals(refused);
    }

    void open(String path) {
        driver.get(base + path);
    }

    void size(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Signs in through the login form, from a fresh session. */
    void logIn(String username, String password) {
        submitLogin(username, password);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Fills in and submits the login form, from a fresh session, whatever comes of it. */
    void submitLogin(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        submit(By.cssSelector("form button[type=submit]"));
    }

    /** The status of a request made by the page's own script, with its session and the page's CSRF token. */
    long fetchStatus(String method, String path, Map<String, String> form) {
        Object status = ((JavascriptExecutor) driver).executeAsyncScript("""
                const [method, path, form, done] = arguments;
                const token = document.querySelector('input[name=_csrf]');
                const body = new URLSearchParams(form);
                if (token) { body.append('_csrf', token.value); }
                fetch(path, method === 'GET' ? {redirect: 'manual'} : {method, body, redirect: 'manual'})
                    .then(r => done(r.type === 'opaqueredirect' ? 302 : r.status), e => done(-1));
                """, method, path, form);
        return ((Number) status).longValue();
    }

    /**
     * Screenshots of the page as it is, at 1366 and 390 px ({@code NAME-laptop.png}, {@code NAME-phone.png}); at
     * neither does it scroll sideways.
     */
    void look(String name) {
        for (Dimension size : new Dimension[] {LAPTOP, PHONE}) {
            size(size);
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).intValue()).as(name + " at " + size.width + " px scrolls sideways")
                    .isLessThanOrEqualTo(0);
            screenshot(name + (size == LAPTOP ? "-laptop" : "-phone"), size);
        }
    }

    /**
     * The page as it prints: the browser's print to PDF on A4 portrait, the print stylesheet applied; kept in
     * target/screenshots as NAME.pdf.
     */
    byte[] print(String name) {
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(driver.print(a4).getContent());
        try {
            Path file = Path.of("target", "screenshots", name + ".pdf");
            Files.createDirectories(file.getParent());
            Files.write(file, pdf);
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of the whole page at a screen size, in target/screenshots. */
    Path screenshot(String name, Dimension size) {
        size(size);
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.width,
                        "height", Math.max(size.height, height.intValue()), "scale", 1)));
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            size(LAPTOP);
        }
    }

    /**
     * The first completely downloaded file, waiting for it. Chromium reserves the file's name with an empty file
     * while it writes to a {@code .crdownload} beside it, so a file is done when it is not empty and nothing is
     * still being written.
     */
    Path awaitDownload(String extension, Duration timeout) {
        return Awaitility.await("a " + extension + " file downloaded into " + downloads).atMost(timeout)
                .pollInterval(Duration.ofMillis(250)).until(() -> downloaded(extension), Optional::isPresent).get();
    }

    /** The downloaded file, once Chromium has finished writing it (no placeholder, no partial file left). */
    private Optional<Path> downloaded(String extension) {
        try (Stream<Path> files = Files.list(downloads)) {
            List<Path> all = files.toList();
            boolean writing = all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
            return writing ? Optional.empty() : all.stream().filter(f -> f.getFileName().toString().endsWith(extension))
                    .filter(f -> f.toFile().length() > 0).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(downloads);
        deleteQuietly(profile);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
