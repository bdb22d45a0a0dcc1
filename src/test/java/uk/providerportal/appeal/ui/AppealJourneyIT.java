package uk.providerportal.appeal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
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
 * Issue 13's journey in a real browser, on a month of Ade Okafor's Pathways South East whose KPI (50%) is below target: Ade
 * sees why she may appeal and each standard's reason, runs the what-if by ticking the two standards (one alone would not reach the pass mark), writes the rationales,
 * saves a draft, attaches evidence and lodges through the confirmation dialog; Helen Carter assigns Omar Khan as the independent reviewer
 * on the appeals board; Omar upholds both; Ade reads the decision and her KPI's restatement log. axe-core
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
        long pathways = fixtures.pathways();
        fixtures.appealable(pathways, "ade.okafor", MONTH);
        String monthName = DateFormats.month(MONTH);

        browser.signInAs("ade.okafor");
        browser.open("/appeals/" + MONTH);
        browser.waitForText("so you may appeal");
        browser.waitUntilSettled();
        assertThat(browser.pageText()).contains("KPI 50.0%", "Appeals close at the end of", "Standard rule",
                "Can be appealed: The assessor found it not met and your self-assessment found it met.",
                "Every scored standard of this case was met: nothing to appeal.");
        browser.assertAccessible("the appeal page of " + monthName);
        browser.screenshot("appeal-form");

        // Pathways' programme scores four standards: the failing case (2 of 4 met) passes only if both are upheld
        List<WebElement> boxes = browser.waitFor(d -> {
            List<WebElement> found = d.findElements(By.tagName("vaadin-checkbox")).stream()
                    .filter(box -> box.getText().startsWith("Appeal ") && box.getDomAttribute("disabled") == null)
                    .toList();
            return found.size() == 2 ? found : null;
        });
        List<String> codes = boxes.stream().map(box -> box.getText().substring("Appeal ".length()).split(" ")[0])
                .toList();
        String code = codes.getFirst();
        browser.click(boxes.get(0));
        browser.waitForText("If every chosen standard were upheld, the KPI would be 50.0% (now 50.0%): target still "
                + "not met");
        browser.click(boxes.get(1));
        browser.waitForText("If every chosen standard were upheld, the KPI would be 100.0% (now 50.0%): target met");
        for (String each : codes) {
            browser.field("vaadin-text-area", "Why standard " + each + " was met").findElement(By.tagName("textarea"))
                    .sendKeys("The call recording at 12:40 shows the adviser did this.", Keys.TAB);
        }
        browser.click(browser.waitFor(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals("Save draft")).findFirst().orElse(null)));
        browser.waitForText("Draft saved with 2 standards");
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
        long appealId = fixtures.signInAs().call("helen.carter", () -> appeals.appeal(pathways, MONTH))
                .orElseThrow().id();

        browser.signInAs("helen.carter");
        browser.open("/quality/appeals");
        browser.waitForText("Lodged appeals against published KPIs");
        browser.click(browser.waitFor(d -> d.findElement(By.cssSelector(
                "a[aria-label='Open the appeal of Pathways South East for " + monthName + "']"))));
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
        for (String each : codes) {
            String group = browser.waitFor(d -> d.findElements(By.tagName("vaadin-radio-group")).stream()
                    .map(g -> g.getDomProperty("label")).filter(l -> l != null && l.startsWith("Standard " + each))
                    .findFirst().orElse(null));
            browser.pick(group, "Upheld");
            String reference = group.substring(group.indexOf(" of case ") + " of case ".length());
            browser.field("vaadin-text-area", "Reason for the decision on " + each + " of " + reference)
                    .findElement(By.tagName("textarea")).sendKeys("The recording bears the provider out.", Keys.TAB);
        }
        browser.click(browser.waitFor(d -> d.findElement(By.id("record-decision"))));
        browser.waitForText("Decision recorded: 2 of 2 standards upheld.");
        browser.screenshot("appeal-decided");
        assertThat(fixtures.signInAs().call("helen.carter", () -> appeals.lodgedAppeal(appealId)).status())
                .isEqualTo(AppealStatus.DECIDED);

        browser.signInAs("ade.okafor");
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
        assertThat(fixtures.signInAs().call("ade.okafor", () -> kpis.published(pathways, MONTH)).orElseThrow()
                .version()).isEqualTo(2);
    }
}
