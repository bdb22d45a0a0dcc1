package uk.providerportal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.sla.SlaWorkbooks;

/**
 * Issue 10 item 1: a bulk submission is a background job. The provider clicks submit and at once opens another
 * page: every case is still stored and audited, and the result waits for them on the bulk page.
 */
@BrowserTest
class BulkSubmissionJobIT {

    Browser browser;
    @Autowired uk.providerportal.MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @Test
    void leavingThePageRightAfterSubmit_losesNothing_andTheResultIsShownOnReturn() throws Exception {
        String prefix = "LEAVE-" + System.currentTimeMillis() + "-";
        // The portal's "today", live again: a run that crosses midnight must not file a case on tomorrow's date.
        clock.reset();
        String today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))).toString();
        Path folder = Files.createTempDirectory("bulk-job-");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Case reference", "Advice channel", "Completed on", "Linked call minutes",
                "Case record files"));
        List<String> files = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(List.of(prefix + i, "Telephone", today, "30", "leave-" + i + ".pdf"));
            Path file = folder.resolve("leave-" + i + ".pdf");
            Files.move(CaseFiles.pdf("leave-" + i + ".pdf").file(), file);
            files.add(file.toString());
        }
        Path manifest = folder.resolve("leave-the-page.xlsx");
        Files.move(SlaWorkbooks.poi(rows), manifest);
        long auditBefore = audited("CASE_SUBMITTED", prefix);

        // Midlands Debt Trust: room for 10 more cases (12 a month agreed, 5 demo cases), and no other browser test
        // files cases for it, so what earlier tests submitted cannot fill its folders.
        browser.signInAs("gareth.evans");
        browser.open("/cases/bulk");
        browser.waitForText("Download the manifest template");
        upload("manifest", List.of(manifest.toString()), "leave-the-page.xlsx");
        upload("manifest-files", files, "leave-10.pdf");
        browser.click(browser.driver().findElement(By.xpath("//vaadin-button[normalize-space(.)='Check the manifest']")));
        browser.waitFor(d -> browser.pageText().contains("The manifest is ready")
                || browser.pageText().matches("(?s).*There (is|are) \\d+ problems?.*")
                || browser.pageText().contains("Something went wrong"));
        assertThat(browser.pageText()).as("the check's outcome").contains("The manifest is ready");
        browser.click(browser.waitFor(d -> d.findElement(By.xpath(
                "//vaadin-button[normalize-space(.)='Submit these 10 cases']"))));
        browser.open("/cases");

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (jobsFinished() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(jdbc.queryForObject("select count(*) from case_sample where reference like ?", Long.class,
                prefix + "%")).as("cases stored").isEqualTo(10);
        assertThat(audited("CASE_SUBMITTED", prefix) - auditBefore).as("cases audited").isEqualTo(10);
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'BackgroundJob' and summary"
                + " like '%leave-the-page.xlsx%' and actor_name like 'Gareth Evans%' order by id", String.class))
                .containsExactly("JOB_STARTED", "JOB_SUCCEEDED");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MANIFEST_SUBMITTED' and"
                + " summary like '%leave-the-page.xlsx%'", Long.class)).isEqualTo(1);

        browser.open("/cases/bulk");
        browser.waitForText("Your recent bulk submissions");
        browser.waitForText("10 cases submitted from leave-the-page.xlsx");
        assertThat(browser.pageText()).contains("Done");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.driver().findElement(By.id("recent-bulk-submissions")));
        browser.screenshot("bulk-submission-recent-jobs");
    }

    private void upload(String id, List<String> paths, String last) {
        WebElement upload = browser.waitFor(d -> d.findElement(By.id(id)));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(String.join("\n", paths));
        browser.waitForUpload(upload, last);
    }

    private long audited(String action, String prefix) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and summary like ?", Long.class,
                action, "%" + prefix + "%");
    }

    private long jobsFinished() {
        return jdbc.queryForObject("select count(*) from background_job where description = 'leave-the-page.xlsx'"
                + " and status in ('SUCCEEDED', 'FAILED')", Long.class);
    }
}
