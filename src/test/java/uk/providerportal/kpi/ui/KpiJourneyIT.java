package uk.providerportal.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.base.DateFormats;
import uk.providerportal.kpi.KpiService;
import uk.providerportal.signin.SignInAs;

/**
 * Issue 12's journey in a real browser: Helen Carter publishes this month's KPIs by hand on the publication page (the
 * demo has released Northgate cases this month; a revision without a reason is refused at the field); Priya Shah opens her KPI page and sees the KPI against target with its tier, the trend
 * chart (a picture named for screen readers, its target line labelled) with the same figures in a table, the
 * month's released cases with links to their commentary, switches the chart to rolling 12 months, and downloads the
 * monthly performance report, a PDF that opens and holds her KPI. Screenshots: target/screenshots/kpi-*.png.
 */
@BrowserTest
@Import(SignInAs.class)
class KpiJourneyIT {

    Browser browser;

    @Autowired KpiService kpis;
    @Autowired SignInAs signInAs;
    @Autowired JdbcTemplate jdbc;

    @Test
    void qualityManagerPublishes_providerSeesKpiChartTableAndCommentary_andDownloadsTheReport() throws Exception {
        YearMonth month = YearMonth.now(DateFormats.ZONE);
        long northgate = jdbc.queryForObject("select id from organisation where code = 'NCA'", Long.class);
        String monthName = DateFormats.month(month);
        browser.signInAs("helen.carter");
        browser.open("/kpi-publication");
        browser.waitForText("The KPIs of " + monthName + " are not published yet");
        browser.waitUntilSettled();
        browser.screenshot("kpi-publication-due");
        browser.click(browser.waitFor(d -> d.findElement(By.id("publish-kpis"))));
        browser.waitForText("Every delivery partner sees its KPI of " + monthName + " at once");
        browser.waitUntilSettled();
        browser.click(browser.waitFor(d -> d.findElement(By.id("confirm-publish"))));
        browser.waitForText("The KPIs of " + monthName + " were published on");
        browser.waitUntilSettled();
        assertThat(browser.waitFor(d -> d.findElement(By.id("kpi-publication-status"))).getText())
                .contains("by Helen Carter (by hand)");
        browser.screenshot("kpi-publication-published");

        // a revision needs a reason, refused at the field
        browser.click(browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals("Northgate Community Advice")).findFirst().orElse(null)));
        browser.click(browser.waitFor(d -> {
            WebElement revise = d.findElement(By.id("revise-kpi"));
            return revise.getDomAttribute("disabled") == null ? revise : null;
        }));
        browser.waitForText("Revise Northgate Community Advice's KPI for " + monthName);
        browser.waitUntilSettled();
        browser.click(browser.waitFor(d -> d.findElement(By.id("publish-revision"))));
        browser.waitForText("Say why the KPI is revised");
        browser.screenshot("kpi-publication-revision");

        var kpi = signInAs.call("helen.carter", () -> kpis.published(northgate, month)).orElseThrow();
        String kpiText = kpi.inMonth().kpiText();

        browser.signInAs("priya.shah");
        browser.open("/kpi/" + month);
        browser.waitForText("Trend period");
        browser.waitUntilSettled();
        String page = browser.pageText();
        assertThat(page).contains(DateFormats.month(month) + ": " + kpiText, "against a target of 80.0%",
                "Tier " + kpi.inMonth().tierText(), "Restatement log");

        WebElement chart = browser.waitFor(d -> d.findElement(By.cssSelector(".kpi-chart[role='img']")));
        assertThat(chart.getAttribute("aria-label")).startsWith("Line chart of the KPI, in month,");
        assertThat(chart.findElement(By.tagName("svg")).getAttribute("innerHTML")).contains("Target 80.0%");
        WebElement table = browser.driver().findElement(By.id("kpi-trend-table"));
        assertThat(table.getText()).contains(DateFormats.month(month), kpiText);
        WebElement commentary = browser.waitFor(d -> d.findElements(By.cssSelector(
                "a[aria-label^='Read commentary of case NCA-']")).stream().findFirst().orElse(null));
        assertThat(commentary.getAttribute("href")).contains("/assessment/commentary/");
        browser.screenshot("kpi-provider");
        browser.assertAccessible("the provider's KPI page");

        browser.click(browser.waitFor(d -> d.findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(radio -> radio.getText().strip().equals("Rolling 12 months")).findFirst().orElse(null)));
        browser.waitFor(d -> d.findElement(By.cssSelector(".kpi-chart[role='img']")).getAttribute("aria-label")
                .contains("rolling 12 months"));
        browser.waitForText(kpi.figure(uk.providerportal.kpi.KpiPeriod.ROLLING_12).countsText());

        WebElement link = browser.waitFor(d -> d.findElement(By.id("download-kpi-report")));
        HttpResponse<byte[]> download = browser.fetch(link.getDomProperty("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(URLDecoder.decode(download.headers().firstValue("Content-Disposition").orElse(""),
                StandardCharsets.UTF_8)).contains("KPI report NCA " + DateFormats.month(month) + ".pdf");
        try (var pdf = Loader.loadPDF(download.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Monthly performance report", "Northgate", "KPI " + kpiText
                    + " against a target of 80.0%", "NCA-");
        }

        browser.signInAs("helen.carter");
        browser.open("/kpi-overview");
        browser.waitForText("Every organisation's published KPI of the month");
        browser.choose("KPI month", DateFormats.month(month));
        browser.waitForText("with a published KPI of " + DateFormats.month(month));
        browser.waitUntilSettled();
        WebElement sparkline = browser.waitFor(d -> d.findElements(By.cssSelector(
                "vaadin-grid img[alt^='In-month KPI of the last 12 months']")).stream().findFirst().orElse(null));
        assertThat(sparkline.getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        // other tests add partners to the shared database, so Northgate may be below the grid's first rows
        assertThat(browser.pageText()).containsPattern("\\d+ organisations with a published KPI of "
                + DateFormats.month(month));
        browser.screenshot("kpi-overview");
        browser.assertAccessible("the funder's KPI overview");
    }
}
