package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;

/**
 * A mistyped address shows the portal's own "Page not found" to a signed-in person, never the browser's bare
 * "HTTP ERROR 403"; a signed-out visitor is sent to sign in first (issue 10, item 9).
 */
@BrowserTest
class UnknownAddressIT {

    Browser browser;

    @Test
    void signedInUser_openingAnUnknownAddress_seesPageNotFoundInThePortalsLayoutWithALinkHome() {
        browser.signInAs("priya.shah");
        browser.open("/no-such-page/at-all");

        browser.waitForText("Page not found");
        String text = browser.pageText();
        assertThat(text).doesNotContain("HTTP ERROR", "403").contains("Go to the home page", "Sign out");
        browser.screenshot("unknown-address-signed-in");

        browser.click(browser.waitFor(d -> d.findElement(By.linkText("Go to the home page"))));
        browser.waitForText("Welcome, Priya Shah");
    }

    @Test
    void signedOutVisitor_openingAnUnknownAddress_isSentToSignIn() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/no-such-page");

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/sign-in"));
        browser.waitForText("Demo sign-in");
        assertThat(browser.pageText()).doesNotContain("HTTP ERROR", "Page not found");
    }
}
