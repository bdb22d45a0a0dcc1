package uk.providerportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;

/**
 * Moderation end to end in a real browser (issue 11): the quality manager sets this month's rate to 100%; the
 * assessor finishes their draft scorecard and submits it (so it is picked); the quality manager changes one outcome
 * with a reason; the provider reads the commentary with the changed outcome and not the internal reason.
 * Screenshots land in target/screenshots/moderation-*.png.
 */
@BrowserTest
class ModerationJourneyIT {

    static final String REASON = "Internal: the call recording shows the risks were left out.";
    static final String NOTE = "The risks of each debt solution were not explained on the call.";

    Browser browser;
    @Autowired JdbcTemplate jdbc;

    @Test
    void assessorSubmits_qualityManagerChangesAnOutcome_providerSeesTheModeratedCommentary() {
        browser.signInAs("helen.carter");
        browser.open("/quality/moderation");
        browser.waitForText("Waiting for moderation");
        browser.type("vaadin-integer-field", "Moderation rate (%)", "100");
        browser.click(button("Save rate"));
        browser.waitForText("is 100%");
        browser.waitUntilSettled();
        browser.screenshot("moderation-queue");

        // Sam Patel's demo draft of a Midlands Debt Trust case: every standard met, then submitted.
        long caseId = jdbc.queryForObject("select min(a.case_sample_id) from assessment a join portal_user_identity i"
                + " on i.user_id = a.assessor_id and i.issuer = 'demo' join case_sample c on c.id = a.case_sample_id"
                + " where i.subject = 'sam.patel' and a.status = 'DRAFT' and c.reference like 'MDT-%'", Long.class);
        browser.signInAs("sam.patel");
        browser.open("/assessment/case/" + caseId);
        browser.waitForText("answered");
        List<String> standards = browser.driver().findElements(By.tagName("vaadin-radio-group")).stream()
                .map(group -> group.getDomProperty("label")).toList();
        for (String standard : standards) {
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                    browser.field("vaadin-radio-group", standard));
            browser.pick(standard, "Met");
        }
        browser.waitForText(standards.size() + " of " + standards.size() + " answered");
        browser.click(button("Submit for moderation"));
        browser.waitForText("Submitted case ");
        browser.waitForText("Submitted for moderation");

        browser.signInAs("helen.carter");
        browser.open("/quality/moderation/" + caseId);
        browser.waitForText("Assessor's score");
        WebElement change = browser.field("vaadin-checkbox", "Change the outcome of 1c");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                change);
        browser.click(change);
        browser.pick("Moderated outcome of 1c", "Not met");
        browser.choose("Customer impact of 1c", "Actual detriment");
        textArea("Note on 1c for the provider", NOTE);
        browser.type("vaadin-text-field", "Reason for the change (internal)", REASON);
        browser.waitUntilSettled();
        browser.screenshot("moderation-change");
        browser.click(button("Complete moderation and release"));
        browser.waitForText("and released it to the provider");
        browser.waitForText("Moderated: Not met, actual detriment");
        assertThat(allText()).contains("Assessor: Met").contains(REASON);
        browser.waitUntilSettled();
        browser.screenshot("moderation-done");

        browser.signInAs("gareth.evans");
        browser.open("/assessment/commentary");
        browser.waitForText("released for");
        browser.waitUntilSettled();
        browser.screenshot("moderation-commentary-list");
        browser.open("/assessment/commentary/" + caseId);
        browser.waitForText("Standards not met");
        String page = allText();
        assertThat(page).contains("1c Options explained: Actual detriment. " + NOTE).doesNotContain(REASON)
                .doesNotContain("Internal:");
        browser.waitUntilSettled();
        browser.screenshot("moderation-commentary-case");

        // Priya Shah of Northgate reaches no Midlands Debt Trust case by its id.
        browser.signInAs("priya.shah");
        browser.open("/assessment/commentary/" + caseId);
        browser.waitForText("Page not found");
    }

    /** The text of the whole page, scrolled out of sight or not (Selenium's text leaves the former out). */
    private String allText() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("return document.body.innerText"));
    }

    private void textArea(String label, String text) {
        WebElement area = browser.field("vaadin-text-area", label).findElement(By.cssSelector("textarea"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                area);
        browser.click(area);
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    private WebElement button(String text) {
        return browser.waitFor(d -> d.findElement(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }
}
