package uk.providerportal.bench;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.Scorecard;
import uk.providerportal.assessment.ScorecardAnswer;
import uk.providerportal.assessment.ScorecardDraft;
import uk.providerportal.cases.AssignedQuery;
import uk.providerportal.signin.SignInAs;

/**
 * Issue 11's measurements: an assessor's "My cases" with 10,000 cases assigned to them (the service's first page and
 * count, and the first rows visible in Chromium), and saving a 40-standard scorecard (the service's transaction: the
 * answers, the case's status check and the audit entry). Run with
 * {@code ./mvnw verify -Pbench -Dit.test=AssessmentBenchmark}.
 */
@BrowserTest
@Import(SignInAs.class)
@TestPropertySource(properties = "vaadin.productionMode=true")
class AssessmentBenchmark {

    static final int CASES = 10_000;
    static final YearMonth ROUND = YearMonth.of(2033, 1);
    static final int STANDARDS = 40;

    Browser browser;
    @Autowired JdbcTemplate jdbc;
    @Autowired SignInAs signInAs;
    @Autowired AssessmentService assessments;

    @Test
    void myCasesWithTenThousand_andSavingAFortyStandardScorecard() throws Exception {
        long assessorId = BenchSeed.userId(jdbc, "sam.patel");
        long organisationId = BenchSeed.organisationId(jdbc, "MDT");
        long programmeId = jdbc.queryForObject("select programme_id from organisation where id = ?", Long.class,
                organisationId);
        BenchSeed.cases(jdbc, organisationId, "ABENCH", CASES, ROUND, "QUEUED", assessorId, "Sam Patel");
        BenchSeed.standards(jdbc, programmeId, STANDARDS);

        List<Double> service = new ArrayList<>();
        for (int run = 0; run < 6; run++) {
            long start = System.nanoTime();
            signInAs.call("sam.patel", () -> List.of(assessments.myCases(AssignedQuery.all(), PageRequest.of(0, 50)),
                    assessments.countMyCases(AssignedQuery.all())));
            service.add((System.nanoTime() - start) / 1e6);
        }
        System.out.printf(Locale.UK, "%n[bench] my cases, %,d cases assigned to one assessor: first page + count %.0f ms"
                + " cold, %.0f ms warm (median of 5)%n", CASES, service.getFirst(),
                BenchSeed.median(service.subList(1, 6)));

        long caseId = jdbc.queryForObject("select id from case_sample where reference = 'ABENCH-00000'", Long.class);
        Scorecard started = signInAs.call("sam.patel", () -> assessments.start(caseId));
        List<Double> saves = new ArrayList<>();
        long version = started.version();
        for (int run = 0; run < 11; run++) {
            List<ScorecardAnswer> answers = new ArrayList<>();
            for (int i = 0; i < started.lines().size(); i++) {
                var line = started.lines().get(i);
                boolean unmet = (i + run) % 7 == 0;
                answers.add(new ScorecardAnswer(line.standardVersionId(), unmet ? Outcome.NOT_MET : Outcome.MET,
                        unmet && line.standard().customerImpact() ? CustomerImpact.POTENTIAL_DETRIMENT : null,
                        unmet ? "Save " + run + ": what was missing for " + line.standard().code() : null));
            }
            var draft = new ScorecardDraft(version, "Benchmark commentary, save " + run, answers);
            long start = System.nanoTime();
            Scorecard saved = signInAs.call("sam.patel", () -> assessments.saveDraft(caseId, draft));
            saves.add((System.nanoTime() - start) / 1e6);
            version = saved.version();
        }
        System.out.printf(Locale.UK, "%n[bench] scorecard with %d standards: save draft %.0f ms cold, %.0f ms warm "
                + "(median of 10)%n", started.lines().size(), saves.getFirst(),
                BenchSeed.median(saves.subList(1, 11)));

        browser.signInAs("sam.patel");
        var driver = (JavascriptExecutor) browser.driver();
        List<String> visible = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            browser.open("/");
            browser.waitForText("Welcome,");
            long start = System.nanoTime();
            browser.open("/assessment/my-cases");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(120), Duration.ofMillis(10)).until(d ->
                    Boolean.TRUE.equals(driver.executeScript("""
                            for (const cell of document.querySelectorAll('vaadin-grid-cell-content')) {
                                if (cell.textContent.includes('Midlands Debt Trust') && cell.offsetParent) {
                                    return true;
                                }
                            }
                            return false;""")));
            visible.add(String.format(Locale.UK, "%.0f ms", (System.nanoTime() - start) / 1e6));
        }
        browser.screenshot("bench-my-cases-10000");
        System.out.printf(Locale.UK, "%n[bench] my cases, %,d cases: first rows visible in Chromium after %s on a page "
                + "load (cold, then warm)%n", CASES, String.join(", ", visible));
    }
}
