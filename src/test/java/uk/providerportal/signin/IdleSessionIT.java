package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;

/**
 * An open tab whose heartbeats keep reaching the server is still signed out once its user has been idle for the
 * session timeout (here the shortest the servlet container allows, one minute, with a heartbeat every 5 s).
 */
@BrowserTest
@TestPropertySource(properties = {"server.servlet.session.timeout=1m", "vaadin.heartbeatInterval=5"})
class IdleSessionIT {

    Browser browser;

    @Test
    void idleTab_isSignedOutAfterTheTimeout_despiteHeartbeats() throws Exception {
        browser.open("/");
        browser.waitFor(d -> d.findElement(By.id("sign-in-as-priya.shah"))).click();
        browser.waitForText("Welcome, Priya Shah");

        Thread.sleep(75_000);

        browser.open("/");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/sign-in"));
        assertThat(browser.pageText()).doesNotContain("Welcome, Priya Shah");
    }
}
