package uk.providerportal.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
        long assessorId = jdbc.queryForObject("select u.id from portal_user u join portal_user_identity i on"
                + " i.user_id = u.id where i.subject = 'sam.patel'", Long.class);
        long organisationId = jdbc.queryForObject("select id from organisation where code = 'MDT'", Long.class);
        long programmeId = jdbc.queryForObject("select programme_id from organisation where id = ?", Long.class,
                organisationId);
        seedCases(organisationId, assessorId);
        topUpStandards(programmeId);

        List<Double> service = new ArrayList<>();
        for (int run = 0; run < 6; run++) {
            long start = System.nanoTime();
            signInAs.call("sam.patel", () -> List.of(assessments.myCases(AssignedQuery.all(), PageRequest.of(0, 50)),
                    assessments.countMyCases(AssignedQuery.all())));
            service.add((System.nanoTime() - start) / 1e6);
        }
        System.out.printf(Locale.UK, "%n[bench] my cases, %,d cases assigned to one assessor: first page + count %.0f ms"
                + " cold, %.0f ms warm (median of 5)%n", CASES, service.getFirst(), median(service.subList(1, 6)));

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
                + "(median of 10)%n", started.lines().size(), saves.getFirst(), median(saves.subList(1, 11)));

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

    private void seedCases(long organisationId, long assessorId) {
        Instant roundStart = ROUND.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            rows.add(new Object[] {organisationId, String.format(Locale.ROOT, "ABENCH-%05d", i),
                    Timestamp.from(roundStart.plusSeconds(i * 60L)), assessorId});
        }
        jdbc.batchUpdate("insert into case_sample (version, created_at, updated_at, organisation_id, reference, channel,"
                + " completed_on, total_call_minutes, submitted_at, submitted_on, submitted_by, submission_month,"
                + " folder_month, sample_week, week_ends_on, late, status, assessment_month, assessor_id, assessor_name,"
                + " assigned_at) values (0, now(), now(), ?, ?, 'EMAIL', '2033-01-03', 0, ?, '2033-01-03', 'benchmark',"
                + " '2033-01-01', '2033-01-01', 1, '2033-01-07', false, 'QUEUED', '2033-01-01', ?, 'Sam Patel', now())",
                rows);
    }

    /** The demo catalogue has a few standards; the benchmark adds its own, in force from 2020, up to forty. */
    private void topUpStandards(long programmeId) {
        int present = jdbc.queryForObject("select count(distinct code) from standard_version where programme_id = ?",
                Integer.class, programmeId);
        for (int i = present; i < STANDARDS; i++) {
            jdbc.update("insert into standard_version (version, created_at, updated_at, programme_id, code,"
                    + " effective_from, title, description, category, customer_impact, retired, changed_by) values"
                    + " (0, now(), now(), ?, ?, ?, ?, ?, 'Benchmark', ?, false, 'benchmark')", programmeId,
                    String.format(Locale.ROOT, "Z%02d", i), Date.valueOf(LocalDate.of(2020, 1, 1)),
                    "Benchmark standard " + i, "A standard added by the benchmark to make forty.", i % 2 == 0);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
