package uk.providerportal.appeal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.appeal.AppealFixtures;
import uk.providerportal.appeal.AppealService;
import uk.providerportal.appeal.AppealStatus;
import uk.providerportal.base.DateFormats;
import uk.providerportal.kpi.KpiService;

/**
 * Issue 13's journey in a real browser, on a month of Priya Shah's Northgate whose KPI (50%) is below target: Priya
 * sees why she may appeal and each standard's reason, runs the what-if by ticking a standard, writes the rationale,
 * saves a draft and lodges through the confirmation dialog; Helen Carter assigns Omar Khan as the independent reviewer
 * on the appeals board; Omar upholds the standard; Priya reads the decision and her KPI's restatement log. axe-core
 * checks every page on the way. Screenshots: target/screenshots/appeal-*.png.
 */
@BrowserTest
class AppealJourneyIT {

    static final YearMonth MONTH = YearMonth.of(2099, 6);

    Browser browser;

    @Autowired ApplicationContext context;
    @Autowired AppealService appeals;
    @Autowired KpiService kpis;

    @Test
    void providerAppealsAStandard_reviewerUpholdsIt_andTheKpiIsRevised() throws Exception {
        var fixtures = AppealFixtures.from(context);
        long northgate = fixtures.northgate();
        fixtures.appealable(northgate, "priya.shah", MONTH);
        String monthName = DateFormats.month(MONTH);

        browser.signInAs("priya.shah");
        browser.open("/appeals/" + MONTH);
        browser.waitForText("so you may appeal");
        browser.waitUntilSettled();
        assertThat(browser.pageText()).contains("KPI 50.0%", "Appeals close at the end of", "Standard rule",
                "Can be appealed: The assessor found it not met and your self-assessment found it met.",
                "Every scored standard of this case was met: nothing to appeal.");
        browser.assertAccessible("the appeal page of " + monthName);
        browser.screenshot("appeal-form");

        WebElement first = browser.waitFor(d -> d.findElements(By.tagName("vaadin-checkbox")).stream()
                .filter(box -> box.getText().startsWith("Appeal ") && box.getDomAttribute("disabled") == null)
                .findFirst().orElse(null));
        String code = first.getText().substring("Appeal ".length()).split(" ")[0];
        browser.click(first);
        browser.waitForText("If every chosen standard were upheld, the KPI would be 100.0% (now 50.0%): target met");
        WebElement rationale = browser.field("vaadin-text-area", "Why standard " + code + " was met")
                .findElement(By.tagName("textarea"));
        rationale.sendKeys("The call recording at 12:40 shows the adviser did this.", Keys.TAB);
        browser.click(browser.waitFor(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals("Save draft")).findFirst().orElse(null)));
        browser.waitForText("Draft saved with 1 standard");
        browser.waitForText("No evidence attached to " + code + " yet.");
        Path pdf = Files.createTempFile("call-notes-", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        WebElement upload = browser.waitFor(d -> d.findElements(By.tagName("vaadin-upload")).stream()
                .filter(u -> String.valueOf(u.getDomAttribute("aria-label")).startsWith("Upload evidence for standard "
                        + code)).findFirst().orElse(null));
        var inputs = upload.findElements(By.cssSelector("input[type=file]"));
        (inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : inputs.getFirst())
                .sendKeys(pdf.toAbsolutePath().toString());
        browser.waitForText("Attached " + pdf.getFileName() + " to standard " + code);
        Files.deleteIfExists(pdf);
        browser.waitUntilSettled();
        browser.assertAccessible("the appeal page with a draft and its evidence");
        browser.screenshot("appeal-what-if");

        browser.click(browser.waitFor(d -> d.findElement(By.id("lodge-appeal"))));
        browser.waitForText("Once lodged, the appeal cannot be changed");
        browser.waitUntilSettled();
        browser.assertAccessible("the lodging dialog");
        browser.click(browser.waitFor(d -> d.findElement(By.id("confirm-lodge"))));
        browser.waitForText("Waiting for the quality team to assign an independent reviewer");
        browser.waitUntilSettled();
        browser.screenshot("appeal-lodged");
        long appealId = fixtures.signInAs().call("helen.carter", () -> appeals.appeal(northgate, MONTH))
                .orElseThrow().id();

        browser.signInAs("helen.carter");
        browser.open("/quality/appeals");
        browser.waitForText("Lodged appeals against published KPIs");
        browser.click(browser.waitFor(d -> d.findElement(By.cssSelector(
                "a[aria-label='Open the appeal of Northgate Community Advice for " + monthName + "']"))));
        browser.waitForText("Assign an independent reviewer");
        assertThat(browser.pageText()).contains("Standard " + code + " of case", "call-notes-");
        browser.waitUntilSettled();
        browser.assertAccessible("the appeal review page before assignment");
        browser.choose("Independent reviewer", "Omar Khan");
        browser.click(browser.waitFor(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals("Assign reviewer")).findFirst().orElse(null)));
        browser.waitForText("Omar Khan now reviews this appeal");
        browser.screenshot("appeal-assigned");

        browser.signInAs("omar.khan");
        browser.open("/quality/appeals/" + appealId);
        browser.waitForText("Your decision");
        browser.waitUntilSettled();
        browser.assertAccessible("the reviewer's decision form");
        String group = browser.waitFor(d -> d.findElements(By.tagName("vaadin-radio-group")).stream()
                .map(g -> g.getDomProperty("label")).filter(l -> l != null && l.startsWith("Standard " + code))
                .findFirst().orElse(null));
        browser.pick(group, "Upheld");
        String reference = group.substring(group.indexOf(" of case ") + " of case ".length());
        browser.field("vaadin-text-area", "Reason for the decision on " + code + " of " + reference)
                .findElement(By.tagName("textarea")).sendKeys("The recording bears the provider out.", Keys.TAB);
        browser.click(browser.waitFor(d -> d.findElement(By.id("record-decision"))));
        browser.waitForText("Decision recorded: 1 of 1 standard upheld.");
        browser.screenshot("appeal-decided");
        assertThat(fixtures.signInAs().call("helen.carter", () -> appeals.lodgedAppeal(appealId)).status())
                .isEqualTo(AppealStatus.DECIDED);

        browser.signInAs("priya.shah");
        browser.open("/appeals/" + MONTH);
        browser.waitForText("Decided by Omar Khan");
        assertThat(browser.pageText()).contains("The KPI of " + monthName + " was revised (version 2)", "Upheld",
                "The recording bears the provider out.");
        browser.screenshot("appeal-decision-seen");
        browser.open("/kpi/" + MONTH);
        browser.waitForText("Restatement log");
        browser.waitUntilSettled();
        assertThat(browser.pageText()).contains("KPI 100.0%", "Revised: this is version 2", "Appeal " + appealId);
        browser.screenshot("appeal-kpi-revised");
        assertThat(fixtures.signInAs().call("priya.shah", () -> kpis.published(northgate, MONTH)).orElseThrow()
                .version()).isEqualTo(2);
    }
}
