package io.careroute.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (never a downloaded browser).
 * Under {@code CI=true} a browser that cannot start fails the test; elsewhere the test is skipped
 * with the reason.
 */
public final class HeadlessChromium {

  static final String BROWSER = "/usr/bin/chromium";
  static final String DRIVER = "/usr/bin/chromedriver";

  private HeadlessChromium() {}

  public static WebDriver start() {
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BROWSER);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1440,1200",
          "--user-data-dir=" + Files.createTempDirectory("careroute-chromium"));
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
      return new ChromeDriver(service, options);
    } catch (RuntimeException | IOException e) {
      String reason =
          "Headless Chromium could not start ("
              + e.getClass().getSimpleName()
              + ": "
              + firstLine(e.getMessage())
              + "); install Debian's chromium and chromium-driver"
              + " (apt-get install chromium chromium-driver)";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true: " + reason, e);
      }
      Assumptions.abort(reason);
      throw new IllegalStateException(reason); // not reached: abort throws
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
