package uk.providerportal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.providerportal.Browser;
import uk.providerportal.TestClockConfiguration;

/**
 * The month's main journey in a real browser: a provider submits a case with a file and finds it in the month
 * folder; a quality manager finds it in the triage queue and assigns it to an assessor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@Import(TestClockConfiguration.class)
class SubmissionJourneyIT {

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signInAs(String subject) {
        browser.driver().manage().deleteAllCookies();
        browser.open(url("/"));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/sign-in"));
        browser.waitFor(d -> d.findElement(By.id("sign-in-as-" + subject))).click();
        browser.waitForText("Welcome,");
    }

    private WebElement field(String tag, String label) {
        return browser.waitFor(d -> d.findElements(By.tagName(tag)).stream()
                .filter(e -> label.equals(e.getDomAttribute("label")) || label.equals(e.getDomProperty("label")))
                .findFirst().orElse(null));
    }

    private void choose(String label, String option) {
        browser.click(field("vaadin-select", label));
        browser.click(browser.waitFor(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().strip().equals(option)).findFirst().orElse(null)));
        browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-select[opened]")).isEmpty());
    }

    private void type(String tag, String label, String text) {
        browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-select[opened]")).isEmpty());
        WebElement input = field(tag, label).findElement(By.cssSelector("input"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, tag.equals("vaadin-date-picker") ? Keys.ENTER : Keys.TAB);
        if (tag.equals("vaadin-date-picker")) {
            browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-date-picker[opened]")).isEmpty());
        }
    }

    @Test
    void providerSubmitsACase_qualityManagerFindsItInTheQueueAndAssignsIt() throws Exception {
        String reference = "JOURNEY-" + System.currentTimeMillis();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        Path record = CaseFiles.pdf("case-record.pdf").file();
        Path named = record.resolveSibling("case-record.pdf");
        java.nio.file.Files.move(record, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        signInAs("priya.shah");
        browser.open(url("/cases/submit"));
        browser.waitForText("Your case reference");
        browser.screenshot("submit-case-empty");
        browser.click(browser.waitFor(d -> d.findElement(By.xpath("//vaadin-button[normalize-space(.)='Submit case']"))));
        browser.waitForText("There is a problem");
        assertThat(browser.pageText()).contains("Enter your case reference.", "Choose the advice channel.",
                "Enter the date the case was completed.", "Attach at least one case record file.");
        browser.screenshot("submit-case-problems");

        type("vaadin-text-field", "Your case reference", reference);
        choose("Advice channel", "Telephone");
        type("vaadin-date-picker", "Date the case was completed", today);
        type("vaadin-text-field", "Linked call durations (minutes)", "45, 60");
        WebElement upload = browser.waitFor(d -> d.findElement(By.id("case-files")));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(named.toString());
        browser.waitFor(d -> upload.getText().contains("case-record.pdf"));
        Thread.sleep(1000);
        browser.click(browser.driver().findElement(By.xpath("//vaadin-button[normalize-space(.)='Submit case']")));
        browser.waitForText("Case submitted");
        assertThat(browser.pageText()).contains("Case " + reference + " was submitted.");
        browser.screenshot("submit-case-filed");

        browser.click(browser.waitFor(d -> d.findElement(By.partialLinkText("month folder"))));
        browser.waitForText("cases filed for");
        browser.waitForText(reference);
        assertThat(browser.pageText()).contains("cases filed for", "Week 1", "case-record.pdf", "Received");
        browser.screenshot("month-folders-provider");

        browser.open(url("/cases/bulk"));
        browser.waitForText("Download the manifest template");
        browser.screenshot("bulk-submission");

        signInAs("helen.carter");
        browser.open(url("/quality/queue"));
        browser.waitForText(reference);
        assertThat(browser.pageText()).contains("Northgate Community Advice", ": week 1", "Not assigned");
        browser.click(browser.waitFor(d -> d.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='"
                + reference + "']"))));
        choose("Assign to", "Sam Patel");
        browser.click(browser.driver().findElement(By.xpath("//vaadin-button[normalize-space(.)='Assign selected cases']")));
        browser.waitForText("Assigned 1 case(s) to Sam Patel");
        browser.waitForText("Sam Patel: 1 queued");
        assertThat(browser.pageText()).contains("Queued");
        browser.screenshot("triage-queue-assigned");

        browser.open(url("/quality/conflicts"));
        browser.waitForText("Declare conflict");
        browser.screenshot("conflicts-of-interest");
    }
}
