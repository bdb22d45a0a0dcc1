package uk.providerportal.standard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;

/**
 * Retiring a standard in a real browser: the confirmation opens with keyboard focus on keeping it, so a stray
 * Enter keeps the standard. Only a browser shows where focus lands.
 */
@BrowserTest
class RetireStandardJourneyIT {

    Browser browser;

    @Test
    void retire_opensWithFocusOnKeep_soEnterKeepsTheStandard() {
        browser.signInAs("alex.reid");
        browser.open("/admin/standards");
        browser.choose("Programme", "Debt advice");
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
