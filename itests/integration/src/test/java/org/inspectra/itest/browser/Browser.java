package org.inspectra.itest.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (paths given, so Selenium Manager never looks for
 * or downloads one), with the steps every browser test takes: open a screen and wait until its module has drawn it,
 * sign in, run axe-core in the page, save wide and narrow screenshots.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension WIDE = new Dimension(1366, 900);
    public static final Dimension NARROW = new Dimension(400, 850);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AXE = axeSource();

    private final ChromeDriver driver;
    private final String root;
    private final Path profile;

    public Browser(String root) {
        this.root = root;
        try {
            profile = Files.createTempDirectory("inspectra-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("inspectra.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-search-engine-choice-screen", "--lang=en-GB",
                "--user-data-dir=" + profile, "--window-size=" + WIDE.width + "," + WIDE.height);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", profile.resolve("downloads")
                .toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("inspectra.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Where downloads land. */
    public Path downloads() {
        return profile.resolve("downloads");
    }

    /** Opens an application URL and waits until its screen is drawn. */
    public Browser open(String path) {
        driver.get(root + path);
        return awaitScreen();
    }

    /**
     * Does what loads another page (a link followed, a form sent: every one is a whole page) and waits until that
     * page's screen is drawn. Until the new page comes, the old one still reads ready, so waiting for ready alone could
     * return at once and look at the old page or at the new one half drawn.
     */
    public Browser toNextPage(Runnable action) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(leaving));
        return awaitScreen();
    }

    /** Waits until the screen's module has finished drawing (main.js marks the page ready). */
    public Browser awaitScreen() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "ready".equals(
                ((JavascriptExecutor) d).executeScript("return document.documentElement.dataset.screenState")));
        return this;
    }

    /** Signs in on the sign-in page and waits for the first screen. */
    public Browser signIn(String user, String password) {
        open("/sign-in");
        driver.findElement(By.id("user")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/sign-in"));
        return awaitScreen();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String path() {
        return driver.getCurrentUrl().substring(root.length());
    }

    /** Waits for a condition on the page. */
    public <T> T await(java.util.function.Function<ChromeDriver, T> condition) {
        // Screens redraw in place, so an element found a moment ago may be gone: look again.
        return new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.apply((ChromeDriver) d));
    }

    /**
     * Runs axe-core in the page against WCAG 2.0, 2.1 and 2.2 A and AA and returns the serious and critical
     * violations, each as "rule: target (help)".
     */
    public List<String> seriousAccessibilityViolations() {
        driver.executeScript(AXE);
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                + " 'wcag22aa', 'best-practice']}}).then(r => done(JSON.stringify(r.violations)),"
                + " e => done(JSON.stringify([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}])));");
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree((String) result)) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                    serious.add(v.path("id").asText() + " (" + impact + "): " + targets + " " + v.path("help").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return serious;
    }

    /** Saves the screen as name-wide.png and name-narrow.png (whole page height) under target/screenshots. */
    public void screenshots(String name) {
        Path folder = Path.of(System.getProperty("inspectra.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            for (Dimension size : List.of(WIDE, NARROW)) {
                driver.manage().window().setSize(size);
                Number height = (Number) driver.executeScript(
                        "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
                driver.manage().window().setSize(new Dimension(size.width,
                        Math.min(Math.max(height.intValue() + 100, size.height), 6000)));
                driver.executeScript("window.scrollTo(0, 0)");
                byte[] png = driver.getScreenshotAs(OutputType.BYTES);
                Files.write(folder.resolve(name + (size == WIDE ? "-wide" : "-narrow") + ".png"), png);
            }
            driver.manage().window().setSize(WIDE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

    private static String axeSource() {
        String name = "META-INF/resources/webjars/axe-core/" + System.getProperty("inspectra.axe")
                + "/axe.min.js";
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
