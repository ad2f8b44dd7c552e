package dev.asyncguide.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's chromium and chromium-driver, the same
 * flags as {@link BrowserTest}) and the sites it reads, each served over
 * HTTP on 127.0.0.1: one per test class that needs a browser of its own,
 * closed after it.
 */
public final class Chromium implements AutoCloseable {

    // Selenium 4.49 knows CDP up to version 153 and warns about Chromium 156;
    // the few CDP commands used (emulation, permissions, screenshots, PDF)
    // are stable across versions. The logger is held here because
    // java.util.logging forgets the level of a logger nobody holds.
    private static final java.util.logging.Logger CDP_VERSION_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
    }

    public final ChromeDriver driver;
    public final WebDriverWait wait;
    private final Path profile;
    private final List<HttpServer> servers = new ArrayList<>();

    Chromium() throws Exception {
        this(Duration.ofSeconds(20));
    }

    /** A browser whose waits give up after {@code patience}. */
    public Chromium(Duration patience) throws Exception {
        assertTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver:"
                        + " apt-get install chromium chromium-driver (./build.sh test installs them)");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--user-data-dir=" + profile,
                "--window-size=" + BrowserTest.DESKTOP + ",900", "--hide-scrollbars", "--lang=en-US");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, patience);
    }

    /** Serves {@code site} on 127.0.0.1; returns its address, ending in "/". */
    public String serve(Path site) throws Exception {
        HttpServer server = SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 0),
                site.toAbsolutePath(), SimpleFileServer.OutputLevel.NONE);
        server.start();
        servers.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public Object asyncJs(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    public void open(String url) {
        driver.get(url);
        wait.until(d -> "complete".equals(js("return document.readyState")));
    }

    public void cdp(String command, Map<String, Object> params) {
        driver.executeCdpCommand(command, params);
    }

    /** The errors in the page's console since the last call. */
    public List<String> consoleErrors() {
        List<String> severe = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER).getAll()) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(e.getMessage());
            }
        }
        return severe;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            servers.forEach(s -> s.stop(0));
            SiteBuilder.deleteTree(profile);
        }
    }
}
