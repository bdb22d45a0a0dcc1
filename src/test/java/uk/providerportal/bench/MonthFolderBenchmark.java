package uk.providerportal.bench;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.cases.CasesService;
import uk.providerportal.cases.FolderQuery;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.submission.SubmissionService;

/**
 * A month folder of 10,000 cases (one file each) for one delivery partner: the time until its first rows are
 * visible in Chromium, and the time the services take to give the folder's figures and its first page of cases.
 * Run with {@code ./mvnw verify -Pbench -Dit.test=MonthFolderBenchmark}.
 */
@BrowserTest
@Import(SignInAs.class)
// As it runs in production: the prebuilt, minified client bundle and no development tools.
@TestPropertySource(properties = "vaadin.productionMode=true")
class MonthFolderBenchmark {

    static final int CASES = 10_000;
    static final YearMonth MONTH = YearMonth.of(2032, 3);

    Browser browser;
    @Autowired JdbcTemplate jdbc;
    @Autowired SignInAs signInAs;
    @Autowired SubmissionService submissions;
    @Autowired CasesService cases;

    @Test
    void aTenThousandCaseMonthFolder() throws Exception {
        long organisationId = BenchSeed.organisationId(jdbc, "NCA");
        long seedStart = System.nanoTime();
        seed(organisationId);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        List<Double> service = new ArrayList<>();
        for (int run = 0; run < 6; run++) {
            long start = System.nanoTime();
            signInAs.call("priya.shah", () -> {
                var query = FolderQuery.all(organisationId, MONTH);
                return List.of(submissions.monthFolder(organisationId, MONTH),
                        cases.folderPage(query, PageRequest.of(0, 50)), cases.folderCount(query));
            });
            service.add((System.nanoTime() - start) / 1e6);
        }

        List<Double> warmService = service.subList(1, service.size()).stream().sorted().toList();
        System.out.printf(Locale.UK, "%n[bench] month folder, %,d cases with a file each (seeded in %.1f s): service "
                + "figures + first page %.0f ms cold, %.0f ms warm (median of 5)%n", CASES, seedSeconds,
                service.getFirst(), warmService.get(warmService.size() / 2));

        browser.signInAs("priya.shah");
        var driver = (JavascriptExecutor) browser.driver();
        // A page load (address bar, bookmark, refresh) starts the whole client again; a link inside the portal only
        // asks the server for the new view. Both are timed until the first case of the folder is on screen.
        List<String> home = new ArrayList<>();
        List<String> loaded = new ArrayList<>();
        List<String> linked = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            browser.open("/cases");
            browser.waitForText("Find a case");
            long start = System.nanoTime();
            browser.open("/");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofMillis(10)).until(d -> Boolean.TRUE
                    .equals(driver.executeScript("return document.body.innerText.includes('Welcome,');")));
            home.add(String.format(Locale.UK, "%.0f ms", (System.nanoTime() - start) / 1e6));
            start = System.nanoTime();
            browser.open("/cases?month=" + MONTH);
            loaded.add(untilFirstRow(driver, start));
            browser.open("/");
            browser.waitForText("Welcome,");
            driver.executeScript("""
                    const link = document.createElement('a');
                    link.id = 'bench-link'; link.href = arguments[0]; link.setAttribute('router-link', '');
                    link.textContent = 'Month folder'; document.body.appendChild(link);""", "cases?month=" + MONTH);
            start = System.nanoTime();
            driver.executeScript("document.getElementById('bench-link').click();");
            linked.add(untilFirstRow(driver, start));
        }
        browser.screenshot("bench-month-folder-10000");
        System.out.printf(Locale.UK, "%n[bench] month folder, %,d cases: first rows visible in Chromium after %s on a "
                + "page load, and after %s following a link in the portal (cold, then warm); for comparison, the home "
                + "page's page load takes %s%n", CASES, String.join(", ", loaded), String.join(", ", linked),
                String.join(", ", home));
    }

    private static String untilFirstRow(JavascriptExecutor driver, long start) {
        try {
            // A cheap check in the page (an XPath over every cell is itself too slow when all rows render).
            new WebDriverWait((org.openqa.selenium.WebDriver) driver, Duration.ofSeconds(120), Duration.ofMillis(10))
                    .until(d -> Boolean.TRUE.equals(driver.executeScript("""
                            for (const cell of document.querySelectorAll('vaadin-grid-cell-content')) {
                                if (cell.textContent.includes('FBENCH-') && cell.offsetParent) { return true; }
                            }
                            return false;""")));
            return String.format(Locale.UK, "%.0f ms", (System.nanoTime() - start) / 1e6);
        } catch (TimeoutException | ScriptTimeoutException slow) {
            return "not within 120 s";
        }
    }

    private void seed(long organisationId) {
        BenchSeed.cases(jdbc, organisationId, "FBENCH", CASES, MONTH, "RECEIVED", null, null);
        jdbc.update("insert into case_record_file (case_sample_id, position, file_name, storage_key, size_bytes,"
                + " sha256, media_type) select id, 0, 'case-record.pdf', concat('bench-', id), 1024,"
                + " repeat('0', 64), 'application/pdf' from case_sample where organisation_id = ? and folder_month = ?",
                organisationId, Date.valueOf(MONTH.atDay(1)));
    }
}
