package org.yingzai.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driving the running
 * service hall on loopback. Without them the browser tests are skipped, unless the environment
 * variable {@code YINGZAI_BROWSER_TESTS=required} (set by CI) makes their absence a failure.
 */
public final class Browser implements AutoCloseable {

  public static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final int DESKTOP = 1280;
  private static final int PHONE = 375;

  private final ChromeDriver driver;
  private final String base;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  /** A new browser with an empty profile on the service hall at {@code port}; skips without one. */
  public static Browser open(int port) {
    boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!installed) {
      if ("required".equals(System.getenv("YINGZAI_BROWSER_TESTS"))) {
        fail("Browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium)");
      }
      Assumptions.abort("chromium and chromium-driver are not installed: browser tests skipped");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--lang=zh-CN",
        "--window-size=" + DESKTOP + ",900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser(driver, "http://127.0.0.1:" + port);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public String url(String path) {
    return base + path;
  }

  /** Opens a page of the service hall. */
  public Browser get(String path) {
    driver.get(url(path));
    return this;
  }

  /** The path and query of the page now shown. */
  public String path() {
    String current = driver.getCurrentUrl();
    return current.startsWith(base) ? current.substring(base.length()) : current;
  }

  /** Logs in through the login form as one of the demo accounts and waits for the next page. */
  public Browser login(String username) {
    return login(username, Api.DEMO_PASSWORD);
  }

  /** Logs in through the login form and waits for the next page. */
  public Browser login(String username, String password) {
    get("/login");
    return submitLogin(username, password);
  }

  /** Fills the login form now shown and sends it. */
  public Browser submitLogin(String username, String password) {
    WebElement user = find(By.id("username"));
    user.clear();
    user.sendKeys(username);
    find(By.id("password")).sendKeys(password);
    String before = driver.getCurrentUrl();
    find(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
    wait.until(
        d -> !d.getCurrentUrl().equals(before) || !d.findElements(By.id("login-error")).isEmpty());
    return this;
  }

  /**
   * Chooses a small real PDF for the material on the application's page, sends it and waits until
   * the page lists it (among the materials of a draft, or of the supplement being answered).
   */
  public void uploadPdf(String materialCode) {
    try {
      Path pdf = Files.createTempDirectory("upload").resolve(materialCode + ".pdf");
      Files.write(pdf, org.yingzai.support.Files.pdf(materialCode));
      WebElement input = find(By.id("file-" + materialCode));
      input.sendKeys(pdf.toAbsolutePath().toString());
      input.findElement(By.xpath("ancestor::form[1]//button[@type='submit']")).click();
      wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.xpath(
                  "//li[@id='material-"
                      + materialCode
                      + "' or @id='supplement-"
                      + materialCode
                      + "']//a[text()='"
                      + materialCode
                      + ".pdf']")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Logs out with the header's button. */
  public Browser logout() {
    find(By.cssSelector(".hall-logout button")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
    return this;
  }

  public WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  public String text(By by) {
    return find(by).getText();
  }

  /** Waits until the condition holds (an htmx swap, a redirect). */
  public <T> T waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
    return wait.until(condition);
  }

  /** The main heading of the page. */
  public String heading() {
    return text(By.tagName("h1"));
  }

  /**
   * Saves the whole page at 1280 and at 375 pixels wide under {@code target/screenshots/}, then
   * checks the page with axe-core at both widths.
   */
  public void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      for (int width : new int[] {DESKTOP, PHONE}) {
        capture(SCREENSHOTS.resolve(name + "-" + width + ".png"), width);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      driver.manage().window().setSize(new Dimension(DESKTOP, 900));
    }
  }

  private void capture(Path file, int width) throws IOException {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    long height =
        (Long)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return Math.max(document.body.scrollHeight,"
                        + " document.documentElement.scrollHeight);");
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            width,
            "height",
            (int) Math.min(height, 8000),
            "deviceScaleFactor",
            1,
            "mobile",
            width < 600));
    @SuppressWarnings("unchecked")
    Map<String, Object> shot =
        (Map<String, Object>)
            (Object)
                driver.executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true));
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    if (width == PHONE) {
      long overflow =
          (Long)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "return document.documentElement.scrollWidth -"
                          + " document.documentElement.clientWidth;");
      assertThat(overflow)
          .as("%s scrolls sideways at %d px wide", path(), PHONE)
          .isLessThanOrEqualTo(0);
    }
    assertAccessible(width);
  }

  /**
   * Fails on any axe-core violation of impact "serious" or "critical" on the page now shown, and on
   * headings out of order (a "moderate" rule that the service hall keeps too).
   */
  public void assertAccessible() {
    assertAccessible(DESKTOP);
  }

  private void assertAccessible(int width) {
    Results results = new AxeBuilder().analyze(driver);
    List<Rule> severe =
        results.getViolations().stream()
            .filter(
                rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .toList();
    assertThat(severe)
        .as(
            "axe-core on %s at %d px: %s",
            path(),
            width,
            severe.stream()
                .map(
                    rule ->
                        rule.getId()
                            + " ("
                            + rule.getImpact()
                            + "): "
                            + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")))
        .isEmpty();
  }

  /** Fails if the browser refused anything under the Content-Security-Policy or logged an error. */
  public void assertNoConsoleErrors() {
    List<String> errors =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            // a page answering 404 on purpose logs the failed load
            .filter(message -> !message.contains("the server responded with a status of 4"))
            .toList();
    assertThat(errors).as("browser console on %s", path()).isEmpty();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
