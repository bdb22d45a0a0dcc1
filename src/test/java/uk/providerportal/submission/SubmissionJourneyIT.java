package uk.providerportal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;

/**
 * The month's main journey in a real browser: a provider submits a case with a file and finds it in the month
 * folder; a quality manager finds it in the triage queue and assigns it to an assessor.
 */
@BrowserTest
class SubmissionJourneyIT {

    Browser browser;
    @Autowired uk.providerportal.MutableClock clock;

    @Test
    void providerSubmitsACase_qualityManagerFindsItInTheQueueAndAssignsIt() throws Exception {
        String reference = "JOURNEY-" + System.currentTimeMillis();
        // The portal's "today", live again: a run that crosses midnight must not file a case on tomorrow's date.
        clock.reset();
        String today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))).toString();
        Path record = CaseFiles.pdf("case-record.pdf").file();
        Path named = record.resolveSibling("case-record.pdf");
        java.nio.file.Files.move(record, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        browser.signInAs("priya.shah");
        browser.open("/cases/submit");
        browser.waitForText("Your case reference");
        browser.screenshot("submit-case-empty");
        browser.click(browser.waitFor(d -> d.findElement(By.xpath("//vaadin-button[normalize-space(.)='Submit case']"))));
        browser.waitForText("There is a problem");
        assertThat(browser.pageText()).contains("Enter your case reference.", "Choose the advice channel.",
                "Enter the date the case was completed.", "Attach at least one case record file.");
        browser.screenshot("submit-case-problems");

        browser.type("vaadin-text-field", "Your case reference", reference);
        browser.pick("Advice channel", "Telephone");
        browser.type("vaadin-date-picker", "Date the case was completed", today);
        browser.type("vaadin-text-field", "Linked call durations (minutes)", "45, 60");
        WebElement upload = browser.waitFor(d -> d.findElement(By.id("case-files")));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(named.toString());
        browser.waitForUpload(upload, "case-record.pdf");
        browser.click(browser.driver().findElement(By.xpath("//vaadin-button[normalize-space(.)='Submit case']")));
        browser.waitForText("Case submitted");
        assertThat(browser.pageText()).contains("Case " + reference + " was submitted.");
        browser.screenshot("submit-case-filed");

        browser.click(browser.waitFor(d -> d.findElement(By.partialLinkText("month folder"))));
        browser.waitForText("cases filed for");
        browser.waitForText(reference);
        assertThat(browser.pageText()).contains("cases filed for", "Week 1", "case-record.pdf", "Received");
        browser.screenshot("month-folders-provider");

        browser.open("/cases/bulk");
        browser.waitForText("Download the manifest template");
        browser.screenshot("bulk-submission");

        browser.signInAs("helen.carter");
        browser.open("/quality/queue");
        browser.waitForText("in the queue");
        browser.choose("Delivery partner", "Northgate Community Advice");
        browser.waitForText(reference);
        assertThat(browser.pageText()).contains("Northgate Community Advice", "Not assigned")
                .containsPattern("(On time|Late): week \\d");
        browser.click(browser.waitFor(d -> d.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='"
                + reference + "']"))));
        browser.choose("Assign to", "Sam Patel");
        browser.click(browser.driver().findElement(By.xpath("//vaadin-button[normalize-space(.)='Assign selected cases']")));
        browser.waitForText("Assigned 1 case to Sam Patel");
        // The demo gives Sam Patel cases of his own, and other tests start some: the count is at least this one.
        browser.waitFor(d -> browser.pageText().matches("(?s).*Sam Patel: [1-9]\\d* queued.*"));
        assertThat(browser.pageText()).contains("Queued");
        browser.screenshot("triage-queue-assigned");

        browser.open("/quality/conflicts");
        browser.waitForText("Declare conflict");
        browser.screenshot("conflicts-of-interest");
    }
}
