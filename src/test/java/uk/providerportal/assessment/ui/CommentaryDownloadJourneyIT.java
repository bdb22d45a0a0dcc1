package uk.providerportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.base.DateFormats;

/**
 * Priya Shah downloads Northgate's commentary of the month from the commentary page in a real browser (issue 11,
 * item 8): the link's response is the workbook, named for her organisation and the month, holding Northgate's
 * released cases with the moderated actual detriment and never the quality team's internal reason. The screenshot
 * lands in target/screenshots/commentary-download.png.
 */
@BrowserTest
class CommentaryDownloadJourneyIT {

    static final String INTERNAL_REASON = "The call recording shows the customer has already missed meals";

    Browser browser;

    @Test
    void theProvider_downloadsTheMonthsCommentary_asOneWorkbook() throws Exception {
        browser.signInAs("priya.shah");
        browser.open("/assessment/commentary");
        browser.waitForText("released for");
        browser.waitUntilSettled();
        browser.screenshot("commentary-download");
        WebElement link = browser.waitFor(d -> d.findElement(By.id("download-commentary")));
        YearMonth month = YearMonth.now(DateFormats.ZONE);
        assertThat(link.getText()).isEqualTo("Download the " + DateFormats.month(month) + " commentary (Excel)");

        HttpResponse<byte[]> download = browser.fetch(link.getDomProperty("href"));

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(URLDecoder.decode(download.headers().firstValue("Content-Disposition").orElse(""),
                StandardCharsets.UTF_8)).contains("Commentary NCA " + DateFormats.month(month) + ".xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            String cases = text(workbook.getSheet("Cases"));
            String unmet = text(workbook.getSheet("Unmet standards"));
            assertThat(cases).contains("Northgate Community Advice (NCA)", "As at ", "NCA-", "Fail", "Pass")
                    .doesNotContain("MDT-", "CLW-");
            assertThat(unmet).contains("1e", "Vulnerability acted on", "Actual detriment", "2b")
                    .doesNotContain(INTERNAL_REASON);
        }
    }

    private static String text(Sheet sheet) {
        var formatter = new DataFormatter(DateFormats.LOCALE);
        var text = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\t'));
            text.append('\n');
        }
        return text.toString();
    }
}
