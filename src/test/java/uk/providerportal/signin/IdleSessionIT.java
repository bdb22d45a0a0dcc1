package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.providerportal.Browser;
import uk.providerportal.TestClockConfiguration;

/**
 * An open tab whose heartbeats keep reaching the server is still signed out once its user has been idle for the
 * session timeout (here the shortest the servlet container allows, one minute, with a heartbeat every 5 s).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "server.servlet.session.timeout=1m", "vaadin.heartbeatInterval=5"})
@Import(TestClockConfiguration.class)
class IdleSessionIT {

    static Browser browser;

    @LocalServerPort int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void idleTab_isSignedOutAfterTheTimeout_despiteHeartbeats() throws Exception {
        browser.open("http://localhost:" + port + "/");
        browser.waitFor(d -> d.findElement(By.id("sign-in-as-priya.shah"))).click();
        browser.waitForText("Welcome, Priya Shah");

        Thread.sleep(75_000);

        browser.open("http://localhost:" + port + "/");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/sign-in"));
        assertThat(browser.pageText()).doesNotContain("Welcome, Priya Shah");
    }
}
