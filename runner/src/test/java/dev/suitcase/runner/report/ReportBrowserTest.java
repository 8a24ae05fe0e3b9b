package dev.suitcase.runner.report;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.reference.ReferenceAdapter;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.runner.verdict.Verdict;
import dev.suitcase.vectors.corpus.Corpus;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Layer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens report.html of a real run in headless Chromium (Debian's chromium and chromium-driver;
 * {@code .ci/browser-check} installs them) and checks what a reader sees: the matrix renders, its
 * filters change what is shown, and an adapter's markup is text that never ran. Leaves a screenshot
 * in {@code runner/target/browser/report.png}. Run with {@code mvn -Pbrowser -pl runner -am test}.
 */
@Tag("browser")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ReportBrowserTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path OUT = Path.of("target", "browser");
    private static final String HOSTILE = "hostile";

    /** Selenium warns that it has no DevTools bindings for this Chromium; the test drives WebDriver only. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private static Results results;
    private static ChromeDriver browser;

    @BeforeAll
    static void runAndOpenTheReport() throws IOException {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        assertTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM), "the browser check needs "
                + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver (.ci/browser-check does)");
        Corpus corpus = CorpusLoader.fromClasspath();
        // every layer and algorithm, small enough to run in seconds
        List<Vector> vectors = corpus.vectors().stream()
                .filter(vector -> Math.floorMod(vector.id().toString().hashCode(), 8) == 0).toList();
        Map<String, Adapter> adapters = new LinkedHashMap<>();
        adapters.put("reference", new ReferenceAdapter());
        adapters.put(HOSTILE + " " + ReportFixtures.SCRIPT, new HostileAdapter());
        results = LocalRun.of(corpus, vectors, adapters, RunOptions.defaults());
        Files.createDirectories(OUT);
        Reports.write(results, corpus, OUT);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        // both paths given, so Selenium Manager has nothing to look up or download
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("suitcase-chromium"));
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 1800));
        browser.get(OUT.resolve(Reports.HTML).toAbsolutePath().toUri().toString());
        // kept as a CI artifact: what the report looked like when it opened
        Files.write(OUT.resolve("report.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theMatrixRendersARowPerVectorAndTheFiltersChangeWhichAreShown() {
        int vectors = (int) results.results().stream().map(Result::vector).distinct().count();
        assertTrue(vectors > 100, "the run has " + vectors + " vectors");
        assertEquals(vectors, browser.findElements(By.cssSelector("#matrix-table tbody tr")).size());
        assertEquals(vectors, shownRows());
        assertEquals(vectors + " of " + vectors + " vectors shown", text("#matrix-count"),
                "the report's script ran: the Content-Security-Policy admits it");

        choose("f-layer", "cose");
        long cose = results.results().stream().filter(result -> result.vector().layer() == Layer.COSE)
                .map(Result::vector).distinct().count();
        assertEquals(cose, shownRows());
        assertEquals(Set.of("cose"), shownValues("data-layer"));

        choose("f-verdict", "FAIL_ACCEPTED");
        choose("f-adapter", "1");
        long accepted = results.results().stream().filter(result -> result.vector().layer() == Layer.COSE
                && result.adapter().startsWith(HOSTILE) && result.verdict() == Verdict.FAIL_ACCEPTED).count();
        assertTrue(accepted > 0, "the hostile adapter accepts some must-reject COSE vector");
        assertEquals(accepted, shownRows());

        browser.findElement(By.cssSelector("#filters button[type=reset]")).click();
        browser.findElement(By.id("f-id")).sendKeys("wycheproof");
        long wycheproof = results.results().stream().map(Result::vector).distinct()
                .filter(id -> id.toString().contains("wycheproof")).count();
        assertEquals(wycheproof, shownRows());
        browser.findElement(By.cssSelector("#filters button[type=reset]")).click();
        assertEquals(vectors, shownRows());
    }

    @Test
    void anAdaptersMarkupIsShownAsTextAndNeverRuns() {
        String statement = browser.findElement(By.cssSelector("#statements tbody tr:nth-child(2)")).getText();
        assertTrue(statement.contains(ReportFixtures.SCRIPT), statement);
        String header = browser.findElement(By.cssSelector("#matrix-table thead th.adapter:nth-of-type(5)")).getText();
        assertTrue(header.replace("\n", "").contains(ReportFixtures.SCRIPT), header);

        Result accepted = results.results().stream()
                .filter(result -> result.adapter().startsWith(HOSTILE) && result.verdict() == Verdict.FAIL_ACCEPTED)
                .findFirst().orElseThrow();
        WebElement detail = browser.findElement(By.id(VectorDetail.anchor(accepted.vector())));
        detail.findElement(By.tagName("summary")).click();
        assertTrue(detail.getText().contains(ReportFixtures.SCRIPT + " \"double\" 'single' & <img src=x onerror="),
                "the detail shows the adapter's answer as text: " + detail.getText());

        assertEquals("undefined", ((JavascriptExecutor) browser).executeScript("return typeof window.suitcaseInjected"));
        assertEquals(1L, ((JavascriptExecutor) browser).executeScript("return document.scripts.length"));
        assertEquals(0L, ((JavascriptExecutor) browser).executeScript("return document.images.length"));
    }

    private static void choose(String select, String value) {
        browser.findElement(By.cssSelector("#" + select + " option[value='" + value + "']")).click();
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static long shownRows() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return Array.prototype.filter.call(document.querySelectorAll('#matrix-table tbody tr'),"
                        + " function (row) { return !row.hidden && row.offsetParent !== null; }).length");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> shownValues(String attribute) {
        List<String> values = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "var name = arguments[0];"
                        + " return Array.prototype.filter.call(document.querySelectorAll('#matrix-table tbody tr'),"
                        + " function (row) { return !row.hidden; }).map(function (row) { return row.getAttribute(name); })",
                attribute);
        return Set.copyOf(values);
    }
}
