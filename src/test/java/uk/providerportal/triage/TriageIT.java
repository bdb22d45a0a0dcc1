package uk.providerportal.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.cases.AdviceChannel;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.CasesService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.submission.CaseFiles;
import uk.providerportal.submission.NewCaseSample;
import uk.providerportal.submission.SubmissionResult;
import uk.providerportal.submission.SubmissionService;

/**
 * The quality team's intake on the real database: queue order, assignment without conflicts, roll-over. Each test
 * makes its own delivery partners and assessors; rounds are shared by everyone, so a test looks only at its own
 * cases in them.
 */
@PortalTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TriageIT {

    static final String QUALITY_MANAGER = "helen.carter";

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired SubmissionService submissions;
    @Autowired CasesService cases;
    @Autowired TriageService triage;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    CaseSummary submit(Fixtures.Partner partner, String reference, LocalDate completed) throws Exception {
        var sample = new NewCaseSample(reference, AdviceChannel.FACE_TO_FACE, completed, "",
                List.of(CaseFiles.pdf("record.pdf")));
        SubmissionResult result = signInAs.call(partner.provider(), () -> submissions.submit(sample));
        assertThat(result.accepted()).as(result.problems().toString()).isTrue();
        return result.filed();
    }

    /** The round's queue in its order, keeping only these partners' cases. */
    List<String> queue(YearMonth round, Fixtures.Partner... partners) throws Exception {
        Set<Long> mine = Arrays.stream(partners).map(Fixtures.Partner::id).collect(Collectors.toSet());
        return signInAs.call(QUALITY_MANAGER, () -> triage.queue(QueueFilter.round(round), PageRequest.of(0, 500)))
                .stream().filter(c -> mine.contains(c.organisationId())).map(CaseSummary::reference).toList();
    }

    long audits(String action, String summaryLike) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and summary like ?", Long.class,
                action, summaryLike);
    }

    @Test
    void queue_putsOnTimeWeeksFirstByWeek_andLateWeeksAtTheBack() throws Exception {
        YearMonth january = YearMonth.of(2029, 1);
        Fixtures.Partner north = fixtures.partner();
        Fixtures.Partner midlands = fixtures.partner();
        fixtures.agree(north, january, 10, 2);
        fixtures.agree(midlands, january, 10, 2);
        fixtures.today("2029-01-03");
        submit(midlands, "Q-MDT-W1-A", LocalDate.of(2029, 1, 2));
        submit(midlands, "Q-MDT-W1-B", LocalDate.of(2029, 1, 2));
        fixtures.today("2029-01-10");
        submit(north, "Q-NCA-W1-LATE-A", LocalDate.of(2029, 1, 2));
        submit(north, "Q-NCA-W1-LATE-B", LocalDate.of(2029, 1, 2));
        submit(north, "Q-NCA-W2-A", LocalDate.of(2029, 1, 2));
        submit(midlands, "Q-MDT-W2-A", LocalDate.of(2029, 1, 2));

        assertThat(queue(january, north, midlands)).containsExactly("Q-MDT-W1-A", "Q-MDT-W1-B", "Q-NCA-W2-A",
                "Q-MDT-W2-A", "Q-NCA-W1-LATE-A", "Q-NCA-W1-LATE-B");
        List<CaseSummary> filtered = signInAs.call(QUALITY_MANAGER, () -> triage.queue(new QueueFilter(january,
                north.id(), null, null, null), PageRequest.of(0, 50)));
        assertThat(filtered).extracting(CaseSummary::reference).containsExactly("Q-NCA-W2-A", "Q-NCA-W1-LATE-A",
                "Q-NCA-W1-LATE-B");
        assertThat(filtered.get(1).late()).isTrue();
        assertThat(filtered.get(1).weekEndsOn()).isEqualTo(LocalDate.of(2029, 1, 5));

        // Roll-over at month end: on 1 February the January round closes; a second run moves nothing more.
        fixtures.today("2029-02-01");
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> triage.rollOver(YearMonth.of(2029, 2))))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("open until its last day");
        long summariesBefore = audits("CASES_ROLLED_OVER", "% not assessed by the end of January 2029%");
        List<Callable<RollOverResult>> runs = List.of(
                () -> signInAs.call(QUALITY_MANAGER, () -> triage.rollOver(january)),
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
        RollOverResult moving = results.stream().filter(r -> !r.alreadyDone()).findFirst().orElseThrow();
        assertThat(results).filteredOn(RollOverResult::alreadyDone).singleElement()
                .satisfies(r -> assertThat(r.casesMoved()).isEqualTo(moving.casesMoved()));
        assertThat(moving.casesMoved()).isGreaterThanOrEqualTo(6);
        assertThat(queue(january, north, midlands)).isEmpty();
        List<CaseSummary> february = signInAs.call(QUALITY_MANAGER, () -> triage.queue(
                QueueFilter.round(YearMonth.of(2029, 2)), PageRequest.of(0, 500))).stream()
                .filter(c -> c.organisationId() == north.id() || c.organisationId() == midlands.id()).toList();
        assertThat(february).extracting(CaseSummary::reference).startsWith("Q-MDT-W1-A", "Q-MDT-W1-B").hasSize(6);
        assertThat(february).allSatisfy(c -> assertThat(c.rolledOverFrom()).isEqualTo(january));
        assertThat(signInAs.call(QUALITY_MANAGER, () -> triage.rollOver(january)).alreadyDone()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from roll_over where closed_month = ?", Long.class,
                january.atDay(1))).isEqualTo(1);
        assertThat(audits("CASES_ROLLED_OVER", moving.casesMoved() + " cases not assessed by the end of January 2029%"))
                .isEqualTo(summariesBefore + 1);
    }

    @Test
    void assignment_refusesAnAssessorWithAConflict_forTheWholeBatch_andReassignsOtherwise() throws Exception {
        YearMonth march = YearMonth.of(2029, 3);
        Fixtures.Partner north = fixtures.partner();
        Fixtures.Partner midlands = fixtures.partner();
        fixtures.agree(north, march, 10, 5);
        fixtures.agree(midlands, march, 10, 5);
        fixtures.today("2029-03-07");
        CaseSummary nca = submit(north, "A-NCA-1", LocalDate.of(2029, 3, 1));
        CaseSummary mdt = submit(midlands, "A-MDT-1", LocalDate.of(2029, 3, 1));
        long conflicted = fixtures.userId(fixtures.assessor());
        long independent = fixtures.userId(fixtures.assessor());
        signInAs.call(QUALITY_MANAGER, () -> triage.declareConflict(conflicted, midlands.id(),
                "Was a trustee of " + midlands.name() + " until 2028"));

        AssignmentResult refused = signInAs.call(QUALITY_MANAGER, () -> triage.assign(List.of(nca.id(), mdt.id()),
                conflicted));
        assertThat(refused.done()).isFalse();
        assertThat(refused.problems()).singleElement().asString().contains("A-MDT-1")
                .contains("declared a conflict of interest with " + midlands.name());
        assertThat(signInAs.call(QUALITY_MANAGER, () -> cases.caseSample(nca.id())).assessorId()).isNull();

        AssignmentResult notAnAssessor = signInAs.call(QUALITY_MANAGER, () -> triage.assign(List.of(nca.id()),
                fixtures.userId(QUALITY_MANAGER)));
        assertThat(notAnAssessor.problems()).singleElement().asString().contains("is not an assessor");

        AssignmentResult toIndependent = signInAs.call(QUALITY_MANAGER, () -> triage.assign(
                List.of(nca.id(), mdt.id()), independent));
        assertThat(toIndependent.assigned()).isEqualTo(2);
        assertThat(toIndependent.message()).endsWith("Assigned 2 cases to " + name(independent) + ".");
        AssignmentResult reassigned = signInAs.call(QUALITY_MANAGER, () -> triage.assign(List.of(nca.id()),
                conflicted));
        assertThat(reassigned.reassigned()).isEqualTo(1);
        assertThat(signInAs.call(north.provider(), () -> cases.caseSample(nca.id())).status())
                .isEqualTo(CaseStatus.QUEUED);
        assertThat(signInAs.call(QUALITY_MANAGER, () -> triage.workload(march)))
                .contains(new AssessorWorkload(conflicted, name(conflicted), 1, 0, 0),
                        new AssessorWorkload(independent, name(independent), 1, 0, 0));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action in ('CASE_ASSIGNED',"
                + " 'CASE_REASSIGNED', 'ASSIGNMENT_REFUSED') and summary like '%A-NCA-1%'", Long.class))
                .isEqualTo(4);
    }

    String name(long userId) {
        return jdbc.queryForObject("select name from portal_user where id = ?", String.class, userId);
    }

    /** Last, because the nightly catch-up closes every ended round in the shared test database. */
    @Test
    @Order(Integer.MAX_VALUE)
    void nightlyCatchUp_movesCasesOnThroughARoundClosedOutOfOrder_andDoesNotStall() throws Exception {
        YearMonth may = YearMonth.of(2030, 5);
        Fixtures.Partner partner = fixtures.partner();
        fixtures.agree(partner, may, 10, 5);
        fixtures.today("2030-05-10");
        CaseSummary sample = submit(partner, "CATCH-UP-1", LocalDate.of(2030, 5, 2));
        fixtures.today("2030-07-04");
        signInAs.call(QUALITY_MANAGER, () -> triage.rollOver(YearMonth.of(2030, 6)));
        assertThat(signInAs.call(QUALITY_MANAGER, () -> cases.caseSample(sample.id())).assessmentMonth())
                .as("closing June first leaves May's case where it is").isEqualTo(may);

        List<RollOverResult> caughtUp = signInAs.call(QUALITY_MANAGER, () -> triage.rollOverDue());

        assertThat(caughtUp).extracting(RollOverResult::closedMonth).contains(may, YearMonth.of(2030, 6));
        CaseSummary after = signInAs.call(QUALITY_MANAGER, () -> cases.caseSample(sample.id()));
        assertThat(after.assessmentMonth()).isEqualTo(YearMonth.of(2030, 7));
        assertThat(after.rolledOverFrom()).isEqualTo(may);
        assertThat(signInAs.call(QUALITY_MANAGER, () -> triage.rollOverDue())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CASE_ROLLED_OVER'"
                + " and entity_id = ?", Long.class, String.valueOf(sample.id()))).isEqualTo(2);
    }
}
