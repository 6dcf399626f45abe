package org.yingzai.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test class that drives the service hall in one headless Chromium, opened before its first test
 * and closed after its last (see {@link Browser}); the whole application as every {@link
 * IntegrationTest}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

  @LocalServerPort protected int port;

  protected Browser browser;

  @BeforeAll
  void openBrowser() {
    browser = Browser.open(port);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
