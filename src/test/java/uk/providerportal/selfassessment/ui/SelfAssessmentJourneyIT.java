package uk.providerportal.selfassessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.base.DateFormats;
import uk.providerportal.cases.CaseFixtures;

/**
 * Self-assessment in a real browser (issue 11, item 7): Ade Okafor of Pathways South East records part of a case's
 * self-assessment on its page, downloads the month's template, uploads a wrong file (every problem listed, nothing
 * saved) and then the filled-in template, and sees the case complete. The case and its month are the test's own.
 * Screenshots land in target/screenshots/self-assessment-*.png.
 */
@BrowserTest
class SelfAssessmentJourneyIT {

    Browser browser;
    @Autowired JdbcTemplate jdbc;

    @Test
    void providerRecordsASelfAssessmentInThePortal_thenUploadsTheTemplate() throws Exception {
        YearMonth month = YearMonth.of(2036, 3);
        String monthName = DateFormats.month(month);
        String reference = "PSE-SELF-" + System.nanoTime() % 1_000_000_000L;
        long pathways = jdbc.queryForObject("select id from organisation where code = 'PSE'", Long.class);
        long caseId = CaseFixtures.insertCase(jdbc, pathways, reference, month);

        browser.signInAs("ade.okafor");
        browser.open("/self-assessment");
        browser.waitForText("filed under");
        browser.choose("Month folder", monthName);
        browser.waitForText("filed under " + monthName);
        browser.click(browser.waitFor(d -> d.findElement(By.cssSelector("a[aria-label='Record the self-assessment "
                + "of case " + reference + "']"))));

        browser.waitForText("Self-assessment: case " + reference);
        List<String> standards = browser.driver().findElements(By.tagName("vaadin-radio-group")).stream()
                .map(group -> group.getDomProperty("label")).toList();
        assertThat(standards).hasSizeGreaterThan(3);
        browser.waitForText("0 of " + standards.size() + " answered");
        pick(standards.get(0), "Met");
        pick(standards.get(1), "Not met");
        pick(standards.get(2), "Not applicable");
        browser.waitForText("3 of " + standards.size() + " answered");
        browser.click(button("Save self-assessment"));
        browser.waitForText("Saved the self-assessment of case " + reference);
        browser.waitUntilSettled();
        browser.screenshot("self-assessment-case");

        browser.open("/self-assessment");
        browser.waitForText("filed under");
        browser.choose("Month folder", monthName);
        browser.waitForText("3 of " + standards.size() + " answered");
        browser.waitUntilSettled();
        browser.screenshot("self-assessment-list");

        // The month's template, fetched through its link as the browser would download it.
        Path template = download("download-self-assessment-template");
        try (var workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            var sheet = workbook.getSheetAt(0);
            long mine = 0;
            for (Row row : sheet) {
                if (row.getCell(0).getStringCellValue().equals(reference)) {
                    mine++;
                    if (row.getCell(1).getStringCellValue().equals(standards.get(0).split(" ")[0])) {
                        assertThat(row.getCell(3).getStringCellValue()).as("pre-filled").isEqualTo("Met");
                    }
                    row.getCell(3).setCellValue(row.getCell(3).getStringCellValue().isEmpty() ? "Met"
                            : row.getCell(3).getStringCellValue());
                }
            }
            assertThat(mine).isEqualTo(standards.size());
            try (OutputStream out = Files.newOutputStream(template)) {
                workbook.write(out);
            }
        }

        Path wrong = Files.createTempDirectory("self-assessment-").resolve("wrong.xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(wrong)) {
            var sheet = workbook.createSheet();
            String[][] rows = {{"Case reference", "Standard code", "Standard", "Outcome"},
                    {reference, standards.get(0).split(" ")[0], "", "Maybe"}, {"NOT-OURS", "1a", "", "Met"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        upload(wrong);
        browser.waitForText("2 problems found. Nothing has been saved.");
        assertThat(browser.pageText()).contains("Row 2, column D (Outcome): “Maybe” is not an outcome",
                "Row 3, column A (Case reference): no case of your organisation with reference “NOT-OURS”");
        browser.waitUntilSettled();
        browser.screenshot("self-assessment-problems");

        Path filled = Files.createTempDirectory("self-assessment-").resolve("self-assessment.xlsx");
        Files.move(template, filled);
        upload(filled);
        browser.waitForText("Saved self-assessment.xlsx");
        browser.waitForText("Complete");
        browser.waitUntilSettled();
        browser.screenshot("self-assessment-uploaded");
        assertThat(jdbc.queryForObject("select count(*) from self_assessment_outcome o join self_assessment s"
                + " on s.id = o.self_assessment_id where s.case_sample_id = ?", Long.class, caseId))
                .isEqualTo(standards.size());
        assertThat(jdbc.queryForObject("select count(*) from self_assessment_outcome o join self_assessment s"
                + " on s.id = o.self_assessment_id where s.case_sample_id = ? and o.outcome = 'NOT_MET'", Long.class,
                caseId)).as("kept from the portal").isOne();
    }

    private void pick(String standard, String option) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.field("vaadin-radio-group", standard));
        browser.pick(standard, option);
    }

    private Path download(String linkId) throws Exception {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById(arguments[0]).href, {credentials: 'same-origin'})
                    .then(response => response.ok ? response.arrayBuffer() : Promise.reject(response.status))
                    .then(buffer => {
                        const bytes = new Uint8Array(buffer);
                        let text = '';
                        for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
                        done(btoa(text));
                    })
                    .catch(error => done('FAILED ' + error));
                """, linkId);
        assertThat(String.valueOf(result)).doesNotStartWith("FAILED");
        Path file = Files.createTempFile("self-assessment-template-", ".xlsx");
        Files.write(file, Base64.getDecoder().decode(String.valueOf(result)));
        return file;
    }

    private void upload(Path file) {
        var upload = browser.driver().findElement(By.tagName("vaadin-upload"));
        var inputs = browser.driver().findElements(By.cssSelector("vaadin-upload input[type=file]"));
        var input = inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : inputs.getFirst();
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private WebElement button(String text) {
        return browser.waitFor(d -> d.findElement(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }
}
