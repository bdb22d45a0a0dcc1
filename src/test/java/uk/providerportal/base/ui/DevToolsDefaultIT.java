package uk.providerportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import uk.providerportal.Browser;
import uk.providerportal.BrowserExtension;
import uk.providerportal.TestClockConfiguration;

/**
 * In development mode, as {@code ./mvnw} starts it with the portal's own settings (unlike {@code @BrowserTest},
 * which switches dev tools off for itself), nothing covers the header's "Sign out" at 1280 px (issue 10, item 17).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@ExtendWith(BrowserExtension.class)
class DevToolsDefaultIT {

    Browser browser;

    @Test
    void developmentMode_at1280px_signOutIsNotCoveredByVaadinsDevelopmentPopUp() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signInAs("priya.shah");
        browser.waitUntilSettled();
        WebElement signOut = browser.waitFor(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(button -> button.getText().contains("Sign out")).findFirst().orElse(null));

        Object topmost = ((ChromeDriver) browser.driver()).executeScript("""
                const box = arguments[0].getBoundingClientRect();
                const points = [[box.left + box.width / 2, box.top + box.height / 2], [box.left + 2, box.top + 2],
                        [box.right - 2, box.top + 2], [box.left + 2, box.bottom - 2], [box.right - 2, box.bottom - 2]];
                return points.map(([x, y]) => {
                    const hit = document.elementFromPoint(x, y);
                    return arguments[0] === hit || arguments[0].contains(hit) ? 'sign out' : hit.localName;
                });
                """, signOut);
        browser.screenshot("header-1280-development-mode");
        assertThat(topmost.toString()).isEqualTo("[sign out, sign out, sign out, sign out, sign out]");
        assertThat(browser.driver().findElements(By.tagName("vaadin-dev-tools"))).as("Vaadin's dev tools").isEmpty();
    }
}
