package uk.providerportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;

/**
 * An assessor's journey in a real browser (issue 11): My cases, start a queued case, score it (a submission with
 * standards unanswered is refused, naming them), one standard not met with its impact and note, then submit it for
 * moderation. Screenshots of each step land in target/screenshots/assessment-*.png.
 */
@BrowserTest
class AssessmentJourneyIT {

    Browser browser;

    @Test
    void assessor_startsACase_scoresIt_andSubmitsItForModeration() {
        browser.signInAs("sam.patel");
        browser.open("/assessment/my-cases");
        browser.waitForText("assigned to you");
        browser.waitUntilSettled();
        browser.screenshot("assessment-my-cases");

        WebElement start = browser.waitFor(d -> d.findElements(By.cssSelector(
                "vaadin-button[aria-label^='Start case MDT-']")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        String reference = start.getDomAttribute("aria-label").substring("Start case ".length());
        browser.click(start);
        browser.waitFor(d -> d.getCurrentUrl().contains("/assessment/case/"));
        browser.waitForText("Scorecard: case " + reference);
        browser.waitForText("0 of 9 answered");
        browser.waitUntilSettled();
        browser.screenshot("assessment-scorecard-started");

        browser.click(browser.waitFor(d -> d.findElement(By.xpath(
                "//vaadin-button[starts-with(normalize-space(.), 'Read case-record-" + reference + "')]"))));
        WebElement frame = browser.waitFor(d -> d.findElements(By.cssSelector("iframe.case-file-frame[src]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(frame.getDomAttribute("sandbox")).as("the frame allows nothing").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> headers = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0].src).then(r => done([r.headers.get('content-disposition'),
                                r.headers.get('content-security-policy'), r.headers.get('x-content-type-options'),
                                r.headers.get('content-type')]));
                        """, frame);
        assertThat(headers.get(0)).startsWith("inline");
        assertThat(headers.get(1)).startsWith("sandbox;").contains("default-src 'none'");
        assertThat(headers.get(2)).isEqualTo("nosniff");
        assertThat(headers.get(3)).isEqualTo("application/pdf");
        browser.waitUntilSettled();
        browser.screenshot("assessment-scorecard-file");

        List<String> standards = browser.driver().findElements(By.tagName("vaadin-radio-group")).stream()
                .map(group -> group.getDomProperty("label")).toList();
        assertThat(standards).hasSize(9).startsWith("1a Advice tailored to the customer");

        pick(standards.get(0), "Met");
        pick(standards.get(1), "Not met");
        browser.choose("Customer impact of " + code(standards.get(1)), "Potential detriment");
        WebElement note = browser.field("vaadin-text-area", "Note on " + code(standards.get(1)))
                .findElement(By.cssSelector("textarea"));
        browser.click(note);
        note.sendKeys("Options were listed but their costs were not explained.", Keys.TAB);
        browser.waitForText("2 of 9 answered");
        browser.waitUntilSettled();
        browser.screenshot("assessment-scorecard-not-met");

        browser.click(button("Submit for moderation"));
        browser.waitForText("7 standards have none yet");
        browser.waitUntilSettled();
        browser.screenshot("assessment-scorecard-refused");
        assertThat(browser.pageText()).contains("Your answers are saved as a draft");

        for (String standard : standards.subList(2, standards.size())) {
            pick(standard, standard.startsWith("2c") ? "Not applicable" : "Met");
        }
        browser.waitForText("9 of 9 answered");
        WebElement commentary = browser.field("vaadin-text-area", "Overall commentary")
                .findElement(By.cssSelector("textarea"));
        browser.click(commentary);
        commentary.sendKeys("Sound advice overall; the costs of each option need explaining.", Keys.TAB);
        browser.waitUntilSettled();
        browser.screenshot("assessment-scorecard-complete");

        browser.click(button("Submit for moderation"));
        browser.waitForText("Submitted case " + reference + " for moderation");
        browser.waitForText("Submitted for moderation");
        assertThat(browser.pageText()).contains("7 of 8 standards met: 87.5%, a pass (pass mark 85%)");
        assertThat(browser.driver().findElements(By.xpath("//vaadin-button[normalize-space(.)='Save draft']")))
                .as("a submitted scorecard is read only").noneMatch(WebElement::isDisplayed);
        browser.waitUntilSettled();
        browser.screenshot("assessment-scorecard-submitted");
    }

    /** Brings the standard into view first: Selenium reads no text of a radio button scrolled out of sight. */
    private void pick(String standard, String outcome) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", browser.field("vaadin-radio-group", standard));
        browser.pick(standard, outcome);
    }

    private WebElement button(String text) {
        return browser.waitFor(d -> d.findElement(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    private static String code(String label) {
        return label.substring(0, label.indexOf(' '));
    }
}
