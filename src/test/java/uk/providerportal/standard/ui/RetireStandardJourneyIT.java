package uk.providerportal.standard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.providerportal.Browser;
import uk.providerportal.TestClockConfiguration;

/**
 * Retiring a standard in a real browser: the confirmation opens with keyboard focus on keeping it, so a stray
 * Enter keeps the standard. Only a browser shows where focus lands.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@Import(TestClockConfiguration.class)
class RetireStandardJourneyIT {

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
    void retire_opensWithFocusOnKeep_soEnterKeepsTheStandard() {
        browser.signInThroughDemoPage("http://localhost:" + port, "alex.reid");
        browser.open("http://localhost:" + port + "/admin/standards");
        browser.waitForText("Correct advice");
        browser.click(browser.waitFor(d -> d.findElement(
                By.cssSelector("vaadin-button[aria-label='Retire standard 1f']"))));
        browser.waitForText("Retire standard 1f?");

        browser.waitFor(d -> ((JavascriptExecutor) d).executeScript("return document.activeElement")
                instanceof WebElement active && "Keep 1f".equals(active.getText().strip()));
        browser.screenshot("retire-standard-confirmation");
        // Typed into whatever has focus (WebElement.sendKeys would move focus itself and hide a fault).
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();

        browser.waitFor(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)='Retire 1f']")).isEmpty());
        assertThat(browser.pageText()).contains("Correct advice").doesNotContain("is retired from");
    }
}
