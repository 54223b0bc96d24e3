package io.careroute.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.careroute.devtools.DevToken;
import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.HeadlessChromium;
import io.careroute.testing.Pipeline;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A supervisor opens the dashboard in a real browser and watches it follow new mentions live. */
@CarerouteTest
class DashboardInBrowserTest {

  @TestHTTPResource("/dashboard")
  URL dashboard;

  @Test
  void the_dashboard_shows_new_mentions_live_without_reloading() throws Exception {
    WebDriver browser = HeadlessChromium.start();
    try {
      browser.get(dashboard.toString());
      WebElement token = browser.findElement(By.id("token"));
      token.sendKeys(DevToken.forSubject("sam", "supervisor"));
      token.sendKeys(Keys.ENTER); // signs in from the keyboard
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> "Live".equals(browser.findElement(By.id("status")).getText()));
      await().atMost(Duration.ofSeconds(30)).until(() -> updates(browser) >= 1);
      long before = number(browser, "volume-total");
      Object loadedAt = script(browser, "return window.careroute.loadedAt");

      for (int i = 0; i < 3; i++) {
        Pipeline.ticketOf(
            Api.mention("dash-" + UUID.randomUUID(), "my broadband has been down all day"));
      }

      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> number(browser, "volume-total") >= before + 3);
      assertThat(script(browser, "return window.careroute.loadedAt")).isEqualTo(loadedAt);
      List<WebElement> bars =
          browser.findElements(By.cssSelector("#backlog-chart [tabindex='0'][role='img']"));
      assertThat(bars).hasSize(4);
      assertThat(bars.get(0).getAttribute("aria-label")).startsWith("P1: ");
      assertThat(browser.findElements(By.cssSelector("#volume-chart [tabindex='0']")))
          .hasSizeGreaterThanOrEqualTo(24);
      Path screenshot = Path.of("target", "dashboard.png");
      Files.createDirectories(screenshot.getParent());
      Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    } finally {
      browser.quit();
    }
  }

  private static long number(WebDriver browser, String id) {
    String text = browser.findElement(By.id(id)).getText().replace(",", "").trim();
    return text.matches("\\d+") ? Long.parseLong(text) : -1;
  }

  private static long updates(WebDriver browser) {
    return ((Number) script(browser, "return window.careroute.updates")).longValue();
  }

  private static Object script(WebDriver browser, String code) {
    return ((JavascriptExecutor) browser).executeScript(code);
  }
}
