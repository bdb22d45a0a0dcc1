package uk.providerportal.submission.ui;

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
 * Withdrawing a case in a real browser: the confirmation opens with focus in the reason, never on the destructive
 * button, so a stray Enter withdraws nothing; withdrawing without a reason is refused beside the field and the
 * dialog stays open; "Keep case" leaves the case in its folder.
 */
@BrowserTest
class WithdrawCaseJourneyIT {

    Browser browser;

    @Test
    void withdraw_opensWithFocusInTheReason_andARefusalStaysBesideTheField() {
        browser.signInAs("priya.shah");
        browser.open("/cases");
        browser.waitForText("cases filed for");
        WebElement withdraw = browser.waitFor(d -> d.findElements(By.cssSelector(
                "vaadin-button[aria-label^='Withdraw case ']")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        String reference = withdraw.getAttribute("aria-label").substring("Withdraw case ".length());
        browser.click(withdraw);
        browser.waitForText("Withdraw case " + reference + "?");

        browser.waitFor(d -> ((JavascriptExecutor) d).executeScript(
                "const a = document.activeElement; return a && a.closest('vaadin-text-area') ? a.closest('vaadin-text-area').label : null")
                instanceof String label && label.equals("Why is it withdrawn?"));
        browser.screenshot("withdraw-case-confirmation");
        // Typed into whatever has focus: Enter in the reason adds a line, it does not withdraw the case.
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.pageText()).doesNotContain("was withdrawn");

        browser.click(browser.waitFor(d -> d.findElement(
                By.xpath("//vaadin-button[normalize-space(.)='Withdraw case']"))));
        browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-text-area[invalid]")).isEmpty() ? null : true);
        assertThat(browser.pageText()).as("the refusal names the reason and the dialog stays open")
                .contains("Say why the case is withdrawn").contains("Withdraw case " + reference + "?")
                .doesNotContain("was withdrawn");
        browser.screenshot("withdraw-case-refused");

        browser.click(browser.waitFor(d -> d.findElement(By.xpath("//vaadin-button[normalize-space(.)='Keep case']"))));
        browser.waitFor(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)='Keep case']")).isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-button[aria-label='Withdraw case " + reference
                + "']"))).as("the case is still in its folder").isNotEmpty();
    }
}
