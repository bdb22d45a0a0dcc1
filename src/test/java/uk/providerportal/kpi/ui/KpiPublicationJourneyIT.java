package uk.providerportal.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.base.DateFormats;

/**
 * Helen Carter publishes this month's KPIs by hand in a real browser (issue 12, items 5 and 6): the page says the
 * month is not published and when the job would do it; after she confirms, it names her and the date, and a
 * revision without a reason is refused at the field. Screenshots land in target/screenshots/kpi-publication-*.png.
 */
@BrowserTest
class KpiPublicationJourneyIT {

    Browser browser;

    @Test
    void aQualityManager_publishesTheMonthByHand_andARevisionNeedsAReason() {
        String month = DateFormats.month(YearMonth.now(DateFormats.ZONE));
        browser.signInAs("helen.carter");
        browser.open("/kpi-publication");
        browser.waitForText("The KPIs of " + month + " are not published yet");
        browser.waitUntilSettled();
        browser.screenshot("kpi-publication-due");
        browser.assertAccessible("KPI publication, before publishing");

        browser.click(browser.waitFor(d -> d.findElement(By.id("publish-kpis"))));
        browser.waitForText("Every delivery partner sees its KPI of " + month + " at once");
        browser.waitUntilSettled();
        browser.assertAccessible("the publish confirmation");
        browser.click(browser.waitFor(d -> d.findElement(By.id("confirm-publish"))));
        browser.waitForText("The KPIs of " + month + " were published on");
        browser.waitUntilSettled();
        assertThat(browser.waitFor(d -> d.findElement(By.id("kpi-publication-status"))).getText())
                .contains("by Helen Carter (by hand)");
        assertThat(browser.pageText()).contains("Northgate Community Advice").contains("version 1");
        browser.screenshot("kpi-publication-published");

        WebElement northgate = browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content"))
                .stream().filter(cell -> cell.getText().equals("Northgate Community Advice")).findFirst()
                .orElse(null));
        browser.click(northgate);
        browser.click(browser.waitFor(d -> {
            WebElement revise = d.findElement(By.id("revise-kpi"));
            return revise.isEnabled() && revise.getAttribute("disabled") == null ? revise : null;
        }));
        browser.waitForText("Revise Northgate Community Advice's KPI for " + month);
        browser.waitUntilSettled();
        browser.assertAccessible("the revision dialog");
        browser.click(browser.waitFor(d -> d.findElement(By.id("publish-revision"))));
        browser.waitForText("Say why the KPI is revised");
        browser.screenshot("kpi-publication-revision");
    }
}
