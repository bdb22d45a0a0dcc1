package uk.providerportal.calibration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.base.DateFormats;

/**
 * A calibration request end to end in a real browser (issue 11, item 9): Gareth Evans of Midlands Debt Trust asks
 * from a released case's commentary; Helen Carter schedules a session in person; Gareth sees the session on his
 * requests and on the request, with the way back to the case. Screenshots land in
 * target/screenshots/calibration-*.png.
 */
@BrowserTest
class CalibrationRequestJourneyIT {

    static final String TOPIC = "Journey: standard 1c, the risks were explained on the follow-up call.";

    Browser browser;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void providerAsksOnAReleasedCase_qualityManagerSchedules_providerSeesTheSession() {
        long caseId = jdbc.queryForObject("select min(a.case_sample_id) from assessment a join case_sample c on "
                + "c.id = a.case_sample_id where a.released_at is not null and c.reference like 'MDT-%'", Long.class);

        browser.signInAs("gareth.evans");
        browser.open("/assessment/commentary/" + caseId);
        browser.waitForText("Overall commentary");
        browser.click(browser.waitFor(d -> d.findElement(By.xpath(
                "//a[normalize-space(.)='Ask for a calibration session on this case']"))));
        browser.waitForText("About case MDT-");
        browser.click(button("Ask for a calibration session"));
        browser.waitForText("Say what you would like to discuss in the calibration session.");
        WebElement topic = browser.field("vaadin-text-area", "What would you like to discuss?")
                .findElement(By.cssSelector("textarea"));
        browser.click(topic);
        topic.sendKeys(TOPIC, Keys.TAB);
        browser.waitUntilSettled();
        browser.screenshot("calibration-ask");
        browser.click(button("Ask for a calibration session"));
        browser.waitForText("Calibration request: Case MDT-");
        browser.waitForText(TOPIC);
        String url = browser.driver().getCurrentUrl();
        long requestId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        browser.waitUntilSettled();
        browser.screenshot("calibration-asked");

        LocalDate day = LocalDate.now(clock.withZone(DateFormats.ZONE)).plusDays(9);
        browser.signInAs("helen.carter");
        browser.open("/quality/calibration-requests");
        browser.waitForText("Requests from delivery partners");
        browser.waitUntilSettled();
        browser.screenshot("calibration-queue");
        browser.open("/calibration-requests/" + requestId);
        browser.waitForText("Schedule a session");
        browser.type("vaadin-date-picker", "Date of the session", DateFormats.date(day));
        browser.type("vaadin-time-picker", "Start time (UK)", "10:30");
        browser.pick("How it is held", "In person");
        browser.type("vaadin-text-field", "Place", "Room 4, Funder House");
        browser.waitUntilSettled();
        browser.screenshot("calibration-schedule");
        browser.click(button("Schedule session"));
        browser.waitForText("Scheduled the session for");
        String session = DateFormats.date(day) + ", 10:30 (UK time), in person at Room 4, Funder House";
        browser.waitForText(session);

        browser.signInAs("gareth.evans");
        browser.open("/calibration-requests");
        browser.waitForText("Every request of your organisation");
        browser.waitForText(session);
        browser.waitUntilSettled();
        browser.screenshot("calibration-provider-list");
        browser.open("/calibration-requests/" + requestId);
        browser.waitForText("Session scheduled");
        assertThat(allText()).contains(session).contains("scheduled by Helen Carter").contains(TOPIC)
                .contains("Read the commentary of case MDT-").doesNotContain("Schedule a session");
        browser.waitUntilSettled();
        browser.screenshot("calibration-provider-request");

        // Priya Shah of Northgate reaches no Midlands Debt Trust request by its id.
        browser.signInAs("priya.shah");
        browser.open("/calibration-requests/" + requestId);
        browser.waitForText("Page not found");
    }

    /**
     * The quality manager locks a month after calibration (three months back: the demo's own work is in this month,
     * which other browser tests change) and sees the lock on the moderation queue; a released case's page offers
     * the amendment with a reason.
     */
    @Test
    void qualityManagerLocksAMonth_theModerationQueueShowsIt_andAReleasedCaseOffersAnAmendment() {
        java.time.YearMonth month = java.time.YearMonth.now(clock.withZone(DateFormats.ZONE)).minusMonths(3);
        browser.signInAs("helen.carter");
        browser.open("/quality/calibration-requests");
        browser.waitForText("Lock a month after calibration");
        browser.choose("Assessment month", DateFormats.month(month));
        browser.waitForText(DateFormats.month(month) + "'s outcomes are not locked.");
        WebElement note = browser.field("vaadin-text-area", "Note: the calibration that agreed the outcomes")
                .findElement(By.cssSelector("textarea"));
        browser.click(note);
        note.sendKeys("Calibrated at the quality team's session.", Keys.TAB);
        browser.click(button("Lock the outcomes"));
        browser.waitForText(DateFormats.month(month) + "'s outcomes are locked since");
        browser.waitUntilSettled();
        browser.screenshot("calibration-month-locked");

        browser.open("/quality/moderation");
        browser.waitForText("Waiting for moderation");
        browser.choose("Assessment month", DateFormats.month(month));
        browser.waitForText("; changes need a quality manager and a reason.");
        browser.waitUntilSettled();
        browser.screenshot("calibration-moderation-banner");

        long released = jdbc.queryForObject("select min(a.case_sample_id) from assessment a join case_sample c on "
                + "c.id = a.case_sample_id where a.released_at is not null and c.reference like 'MDT-%'", Long.class);
        browser.open("/quality/moderation/" + released);
        browser.waitForText("Amend a released outcome");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.field("vaadin-select", "Standard to amend"));
        browser.waitUntilSettled();
        browser.screenshot("calibration-amend");
        assertThat(allText()).contains("Calibration requests on this case");
    }

    private String allText() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("return document.body.innerText"));
    }

    private WebElement button(String text) {
        return browser.waitFor(d -> d.findElement(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }
}
