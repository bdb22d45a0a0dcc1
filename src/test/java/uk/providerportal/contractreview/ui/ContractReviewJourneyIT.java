package uk.providerportal.contractreview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.MutableClock;
import uk.providerportal.base.DateFormats;

/**
 * Item 8 of issue 15 in a real browser, on Clyde Works (Morag Campbell): Helen Carter schedules the review of last month,
 * the partner downloads the review pack before the meeting (PDF, every agenda item), Helen records the meeting with an
 * agreed action, and Morag finds that action in her contract's action plan. axe-core checks every page on the way.
 * Screenshots: target/screenshots/contract-review-*.png.
 */
@BrowserTest
class ContractReviewJourneyIT {

    Browser browser;

    @Autowired MutableClock clock;

    @Test
    void managerSchedulesAReview_partnerDownloadsThePack_theAgreedActionJoinsTheActionPlan() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        LocalDate meeting = today.plusDays(21);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        String action = "Send the customer insight return by its deadline " + System.nanoTime();

        browser.signInAs("helen.carter");
        browser.open("/performance/reviews");
        browser.waitForText("Choose a contract to see its reviews.");
        browser.choose("Contract (delivery partner)", "Clyde Works");
        browser.choose("Month reviewed", DateFormats.month(last));
        browser.type("vaadin-date-picker", "Meeting date", DateFormats.date(meeting));
        browser.type("vaadin-text-field", "Invited", "Helen Carter, Morag Campbell");
        browser.click(browser.waitFor(d -> d.findElement(By.id("schedule-review"))));
        browser.waitForText("Review of " + DateFormats.month(last) + " scheduled for " + DateFormats.date(meeting));
        browser.waitUntilSettled();
        browser.assertAccessible("the contract's reviews with the new one");
        browser.screenshot("contract-review-scheduled");

        browser.signInAs("morag.campbell");
        browser.open("/performance/reviews");
        browser.waitForText("Review pack for " + DateFormats.month(last) + " (PDF)");
        WebElement pdf = browser.waitFor(d -> d.findElements(By.cssSelector("a[id^='review-pack-pdf-']")).stream()
                .filter(link -> link.getText().contains(DateFormats.month(last))).findFirst().orElse(null));
        var response = browser.fetch(browser.url("/") + pdf.getDomAttribute("href"));
        assertThat(response.statusCode()).isEqualTo(200);
        try (var document = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Contract performance review: Clyde Works, " + DateFormats.month(last),
                    "1. Performance", "2. Action plan", "3. Good news stories", "4. Compliance and assurance findings",
                    "5. Customer insight");
        }
        browser.assertAccessible("the partner's reviews with the pack");

        browser.signInAs("helen.carter");
        browser.open("/performance/reviews");
        browser.waitForText("Choose a contract to see its reviews.");
        browser.choose("Contract (delivery partner)", "Clyde Works");
        browser.click(browser.waitFor(d -> d.findElement(By.cssSelector("a[aria-label='Open the review of "
                + DateFormats.month(last) + "']"))));
        browser.waitForText("Record the meeting");
        browser.field("vaadin-text-area", "Notes of the meeting").findElement(By.tagName("textarea"))
                .sendKeys("Returns were late twice; the partner agreed to fix the rota.");
        browser.type("vaadin-text-field", "Action 1", action);
        browser.type("vaadin-text-field", "Owner of action 1", "Morag Campbell");
        browser.type("vaadin-date-picker", "Action 1 due", DateFormats.date(meeting.plusDays(30)));
        browser.waitUntilSettled();
        browser.assertAccessible("the review's record form");
        browser.screenshot("contract-review-record");
        browser.click(browser.waitFor(d -> d.findElement(By.id("record-review"))));
        browser.waitForText("Review recorded with 1 agreed action, now in the contract's action plan.");
        browser.waitForText(action + " (Morag Campbell, due");

        browser.signInAs("morag.campbell");
        browser.open("/performance");
        browser.waitForText(action);
        browser.waitUntilSettled();
        browser.assertAccessible("the partner's performance page with the agreed action");
        browser.screenshot("contract-review-action-in-plan");
    }
}
