package uk.providerportal.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.cases.AdviceChannel;
import uk.providerportal.cases.CaseFixtures;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.CasesService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.sla.SlaService;
import uk.providerportal.submission.CaseFiles;
import uk.providerportal.submission.NewCaseSample;
import uk.providerportal.submission.SubmissionResult;
import uk.providerportal.submission.SubmissionService;

/** The quality team's intake on the real database: queue order, assignment without conflicts, roll-over. */
@PortalTest
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class TriageIT {

    @Autowired SubmissionService submissions;
    @Autowired CasesService cases;
    @Autowired TriageService triage;
    @Autowired SlaService sla;
    @Autowired MutableClock clock;
    @Autowired DataSource dataSource;
    @Autowired ApplicationContext context;

    SignInAs signInAs;
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        signInAs = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void today(String date) {
        CaseFixtures.today(clock, date);
    }

    long organisation(String code) {
        return CaseFixtures.organisation(jdbc, code);
    }

    long user(String subject) {
        return jdbc.queryForObject("select user_id from portal_user_identity where issuer = 'demo' and subject = ?",
                Long.class, subject);
    }

    void agree(String code, YearMonth month, int monthly, int weekly) throws Exception {
        signInAs.call("alex.reid", () -> sla.ensureVolume(organisation(code), month, monthly, weekly, "test"));
    }

    CaseSummary submit(String subject, String reference, LocalDate completed) throws Exception {
        var sample = new NewCaseSample(reference, AdviceChannel.FACE_TO_FACE, completed, "",
                List.of(CaseFiles.pdf("record.pdf")));
        SubmissionResult result = signInAs.call(subject, () -> submissions.submit(sample));
        assertThat(result.accepted()).as(result.problems().toString()).isTrue();
        return result.filed();
    }

    List<String> queue(YearMonth round) throws Exception {
        return signInAs.call("helen.carter", () -> triage.queue(QueueFilter.round(round), PageRequest.of(0, 50)))
                .stream().map(CaseSummary::reference).toList();
    }

    @Test
    void queue_putsOnTimeWeeksFirstByWeek_andLateWeeksAtTheBack() throws Exception {
        YearMonth january = YearMonth.of(2029, 1);
        agree("NCA", january, 10, 2);
        agree("MDT", january, 10, 2);
        today("2029-01-03");
        submit("gareth.evans", "Q-MDT-W1-A", LocalDate.of(2029, 1, 2));
        submit("gareth.evans", "Q-MDT-W1-B", LocalDate.of(2029, 1, 2));
        today("2029-01-10");
        submit("priya.shah", "Q-NCA-W1-LATE-A", LocalDate.of(2029, 1, 2));
        submit("priya.shah", "Q-NCA-W1-LATE-B", LocalDate.of(2029, 1, 2));
        submit("priya.shah", "Q-NCA-W2-A", LocalDate.of(2029, 1, 2));
        submit("gareth.evans", "Q-MDT-W2-A", LocalDate.of(2029, 1, 2));

        assertThat(queue(january)).containsExactly("Q-MDT-W1-A", "Q-MDT-W1-B", "Q-NCA-W2-A", "Q-MDT-W2-A",
                "Q-NCA-W1-LATE-A", "Q-NCA-W1-LATE-B");
        List<CaseSummary> filtered = signInAs.call("helen.carter", () -> triage.queue(new QueueFilter(january,
                organisation("NCA"), null, null, null), PageRequest.of(0, 50)));
        assertThat(filtered).extracting(CaseSummary::reference).containsExactly("Q-NCA-W2-A", "Q-NCA-W1-LATE-A",
                "Q-NCA-W1-LATE-B");
        assertThat(filtered.get(1).late()).isTrue();
        assertThat(filtered.get(1).weekEndsOn()).isEqualTo(LocalDate.of(2029, 1, 5));

        // Roll-over at month end: on 1 February the January round closes; a second run moves nothing more.
        today("2029-02-01");
        assertThatThrownBy(() -> signInAs.call("helen.carter", () -> triage.rollOver(YearMonth.of(2029, 2))))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("open until its last day");
        List<Callable<RollOverResult>> runs = List.of(
                () -> signInAs.call("helen.carter", () -> triage.rollOver(january)),
                () -> signInAs.call("alex.reid", () -> triage.rollOver(january)));
        List<RollOverResult> results = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<RollOverResult> run : pool.invokeAll(runs)) {
                results.add(run.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(results).filteredOn(r -> !r.alreadyDone()).singleElement()
                .satisfies(r -> assertThat(r.casesMoved()).isEqualTo(6));
        assertThat(results).filteredOn(RollOverResult::alreadyDone).singleElement()
                .satisfies(r -> assertThat(r.casesMoved()).isEqualTo(6));
        assertThat(queue(january)).isEmpty();
        List<CaseSummary> february = signInAs.call("helen.carter", () -> triage.queue(
                QueueFilter.round(YearMonth.of(2029, 2)), PageRequest.of(0, 50)));
        assertThat(february).extracting(CaseSummary::reference).startsWith("Q-MDT-W1-A", "Q-MDT-W1-B");
        assertThat(february).allSatisfy(c -> assertThat(c.rolledOverFrom()).isEqualTo(january));
        assertThat(signInAs.call("helen.carter", () -> triage.rollOver(january)).alreadyDone()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from roll_over where closed_month = ?", Long.class,
                january.atDay(1))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CASES_ROLLED_OVER'"
                + " and summary like '6 cases not assessed by the end of January 2029%'", Long.class)).isEqualTo(1);
    }

    @Test
    void assignment_refusesAnAssessorWithAConflict_forTheWholeBatch_andReassignsOtherwise() throws Exception {
        YearMonth march = YearMonth.of(2029, 3);
        agree("NCA", march, 10, 5);
        agree("MDT", march, 10, 5);
        today("2029-03-07");
        CaseSummary nca = submit("priya.shah", "A-NCA-1", LocalDate.of(2029, 3, 1));
        CaseSummary mdt = submit("gareth.evans", "A-MDT-1", LocalDate.of(2029, 3, 1));
        long ruth = user("ruth.morgan");
        long sam = user("sam.patel");
        ConflictOfInterest conflict = signInAs.call("helen.carter", () -> triage.declareConflict(ruth,
                organisation("MDT"), "Was a trustee of Midlands Debt Trust until 2028"));
        try {
            AssignmentResult refused = signInAs.call("helen.carter", () -> triage.assign(List.of(nca.id(), mdt.id()),
                    ruth));
            assertThat(refused.done()).isFalse();
            assertThat(refused.problems()).singleElement().asString().contains("A-MDT-1")
                    .contains("declared a conflict of interest with Midlands Debt Trust");
            assertThat(signInAs.call("helen.carter", () -> cases.caseSample(nca.id())).assessorId()).isNull();

            AssignmentResult notAnAssessor = signInAs.call("helen.carter", () -> triage.assign(List.of(nca.id()),
                    user("helen.carter")));
            assertThat(notAnAssessor.problems()).singleElement().asString().contains("is not an assessor");

            AssignmentResult toSam = signInAs.call("helen.carter", () -> triage.assign(List.of(nca.id(), mdt.id()), sam));
            assertThat(toSam.assigned()).isEqualTo(2);
            AssignmentResult reassigned = signInAs.call("helen.carter", () -> triage.assign(List.of(nca.id()), ruth));
            assertThat(reassigned.reassigned()).isEqualTo(1);
            assertThat(signInAs.call("priya.shah", () -> cases.caseSample(nca.id())).status())
                    .isEqualTo(CaseStatus.QUEUED);
            assertThat(signInAs.call("helen.carter", () -> triage.workload(march)))
                    .anySatisfy(w -> assertThat(w).isEqualTo(new AssessorWorkload(ruth, "Ruth Morgan", 1, 0, 0)))
                    .anySatisfy(w -> assertThat(w).isEqualTo(new AssessorWorkload(sam, "Sam Patel", 1, 0, 0)));
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action in ('CASE_ASSIGNED',"
                    + " 'CASE_REASSIGNED', 'ASSIGNMENT_REFUSED') and summary like '%A-NCA-1%'", Long.class))
                    .isEqualTo(4);
        } finally {
            signInAs.call("helen.carter", () -> {
                triage.removeConflict(conflict.id());
                return null;
            });
        }
    }

    /** Last, because the nightly catch-up closes every ended round in the shared test database. */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void nightlyCatchUp_movesCasesOnThroughARoundClosedOutOfOrder_andDoesNotStall() throws Exception {
        YearMonth may = YearMonth.of(2033, 5);
        agree("NCA", may, 10, 5);
        today("2033-05-10");
        CaseSummary sample = submit("priya.shah", "CATCH-UP-1", LocalDate.of(2033, 5, 2));
        today("2033-07-04");
        assertThat(signInAs.call("helen.carter", () -> triage.rollOver(YearMonth.of(2033, 6))).casesMoved()).isZero();

        List<RollOverResult> caughtUp = signInAs.call("helen.carter", () -> triage.rollOverDue());

        assertThat(caughtUp).extracting(RollOverResult::closedMonth).contains(may, YearMonth.of(2033, 6));
        CaseSummary after = signInAs.call("helen.carter", () -> cases.caseSample(sample.id()));
        assertThat(after.assessmentMonth()).isEqualTo(YearMonth.of(2033, 7));
        assertThat(after.rolledOverFrom()).isEqualTo(may);
        assertThat(signInAs.call("helen.carter", () -> triage.rollOverDue())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CASE_ROLLED_OVER'"
                + " and entity_id = ?", Long.class, String.valueOf(sample.id()))).isEqualTo(2);
    }
}
