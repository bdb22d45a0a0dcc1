package uk.providerportal.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.providerportal.submission.CaseFiles.pdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.cases.AdviceChannel;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.CasesService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.sla.SlaRow;

/** The submission checks on the real database: eligibility edges, duplicates, volume, weeks, concurrency. */
@PortalTest
class SubmissionServiceIT {

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired SubmissionService submissions;
    @Autowired CasesService cases;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired uk.providerportal.sla.SlaService sla;

    static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** This test's own delivery partner. */
    Fixtures.Partner partner;

    @BeforeEach
    void newPartner() {
        partner = fixtures.partner();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void today(String date) {
        fixtures.today(date);
    }

    static String reference() {
        return "T-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    SubmissionResult submit(String subject, NewCaseSample sample) throws Exception {
        return signInAs.call(subject, () -> submissions.submit(sample));
    }

    static NewCaseSample telephone(String reference, LocalDate completed, String calls) throws Exception {
        return new NewCaseSample(reference, AdviceChannel.TELEPHONE, completed, calls, List.of(pdf("record.pdf")));
    }

    static NewCaseSample faceToFace(String reference, LocalDate completed) throws Exception {
        return new NewCaseSample(reference, AdviceChannel.FACE_TO_FACE, completed, "", List.of(pdf("record.pdf")));
    }

    long filedIn(Fixtures.Partner owner, YearMonth month) {
        return jdbc.queryForObject("select count(*) from case_sample where organisation_id = ? and folder_month = ?"
                + " and status <> 'WITHDRAWN'", Long.class, owner.id(), month.atDay(1));
    }

    @Test
    void linkedCalls_totalOf180MinutesAccepted_181RefusedNamingTheThreeHourLimit() throws Exception {
        today("2028-01-12");
        fixtures.agree(partner, YearMonth.of(2028, 1), 50, 20);

        SubmissionResult accepted = submit(partner.provider(), telephone(reference(), LocalDate.of(2028, 1, 5), "60, 60, 60"));
        SubmissionResult refused = submit(partner.provider(), telephone(reference(), LocalDate.of(2028, 1, 5), "60, 60, 61"));

        assertThat(accepted.accepted()).as(accepted.message() + accepted.problems()).isTrue();
        assertThat(accepted.filed().totalCallMinutes()).isEqualTo(180);
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("callMinutes");
            assertThat(problem.message()).contains("181 minutes").contains("3 hours");
        });
    }

    @Test
    void completion_inThePreviousMonthAccepted_twoMonthsBackRefused() throws Exception {
        today("2028-02-09");
        fixtures.agree(partner, YearMonth.of(2028, 2), 50, 20);

        SubmissionResult lastMonth = submit(partner.provider(), faceToFace(reference(), LocalDate.of(2028, 1, 1)));
        SubmissionResult twoBack = submit(partner.provider(), faceToFace(reference(), LocalDate.of(2027, 12, 31)));

        assertThat(lastMonth.accepted()).as(lastMonth.problems().toString()).isTrue();
        assertThat(twoBack.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("completedOn");
            assertThat(problem.message()).contains("1 January 2028").contains("31 December 2027");
        });
    }

    @Test
    void duplicateReference_refusedForTheSameOrganisation_acceptedForAnother() throws Exception {
        today("2028-04-12");
        Fixtures.Partner other = fixtures.partner();
        fixtures.agree(partner, YearMonth.of(2028, 4), 50, 20);
        fixtures.agree(other, YearMonth.of(2028, 4), 50, 20);
        String reference = reference();

        assertThat(submit(partner.provider(), faceToFace(reference, LocalDate.of(2028, 4, 3))).accepted()).isTrue();
        SubmissionResult again = submit(partner.provider(), faceToFace(reference.toLowerCase(), LocalDate.of(2028, 4, 3)));
        SubmissionResult elsewhere = submit(other.provider(), faceToFace(reference, LocalDate.of(2028, 4, 3)));

        assertThat(again.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("reference");
            assertThat(problem.message()).contains("already submitted by " + partner.name());
        });
        assertThat(elsewhere.accepted()).as(elsewhere.problems().toString()).isTrue();
    }

    @Test
    void volumeOfTwenty_twentyFirstToTwentyFifthCases_goToTheNextMonthAndTheUserIsTold() throws Exception {
        today("2028-05-10");
        YearMonth may = YearMonth.of(2028, 5);
        fixtures.agree(partner, may, 20, 5);
        List<SubmissionResult> results = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            results.add(submit(partner.provider(), faceToFace(reference(), LocalDate.of(2028, 5, 2))));
        }

        assertThat(results).allMatch(SubmissionResult::accepted);
        assertThat(results.subList(0, 20)).allMatch(result -> result.filed().folderMonth().equals(may))
                .noneMatch(SubmissionResult::movedToLaterMonth);
        assertThat(results.subList(20, 25)).allMatch(result -> result.filed().folderMonth().equals(may.plusMonths(1)))
                .allMatch(SubmissionResult::movedToLaterMonth)
                .allMatch(result -> result.message().contains("20 of 20 for May 2028 reached: this case was filed "
                        + "under June 2028"));
        assertThat(filedIn(partner, may)).isEqualTo(20);
        assertThat(filedIn(partner, may.plusMonths(1))).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CASE_FILED_IN_LATER_MONTH'"
                + " and summary like '%May 2028 reached%' and actor_user_id = ?", Long.class,
                fixtures.userId(partner.provider()))).isEqualTo(5);
    }

    @Test
    void hundredConcurrentSubmissions_againstAVolumeOfTwenty_leaveExactlyTwentyInTheMonth() throws Exception {
        today("2028-11-15");
        YearMonth november = YearMonth.of(2028, 11);
        fixtures.agree(partner, november, 20, 5);
        var provider = signInAs.signIn(partner.provider());
        var colleague = signInAs.signIn(fixtures.colleague(partner));
        List<Callable<SubmissionResult>> tasks = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            NewCaseSample sample = faceToFace(reference(), LocalDate.of(2028, 11, 1));
            var who = i % 2 == 0 ? provider : colleague;
            tasks.add(() -> signInAs.callAs(who, () -> submissions.submit(sample)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<SubmissionResult> results = new ArrayList<>();
        try {
            for (Future<SubmissionResult> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(results).allMatch(SubmissionResult::accepted);
        assertThat(filedIn(partner, november)).isEqualTo(20);
        assertThat(filedIn(partner, november.plusMonths(1))).isEqualTo(80);
        assertThat(results.stream().filter(result -> result.filed().folderMonth().equals(november))).hasSize(20);
    }

    @Test
    void weeklySample_aWeeksCasesArrivingAfterItEnded_areMarkedLate() throws Exception {
        // March 2028: week 1 is 1-3 March, week 2 is 6-10 March; today is in week 2.
        today("2028-03-08");
        fixtures.agree(partner, YearMonth.of(2028, 3), 20, 6);
        List<SubmissionResult> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(submit(partner.provider(), faceToFace(reference(), LocalDate.of(2028, 3, 1))));
        }

        assertThat(results.subList(0, 6)).allSatisfy(result -> {
            assertThat(result.filed().sampleWeek()).isEqualTo(1);
            assertThat(result.filed().late()).isTrue();
            assertThat(result.message()).contains("week 1, which ended on 3 March 2028, so it is marked late");
        });
        assertThat(results.subList(6, 8)).allSatisfy(result -> {
            assertThat(result.filed().sampleWeek()).isEqualTo(2);
            assertThat(result.filed().late()).isFalse();
        });
        MonthFolder folder = signInAs.call(partner.provider(), () -> submissions.monthFolder(partner.id(),
                YearMonth.of(2028, 3)));
        assertThat(folder.filed()).isEqualTo(8);
        assertThat(folder.weeks().get(0).state()).isEqualTo("6 of 6, complete (6 late)");
        assertThat(folder.weeks().get(1).state()).isEqualTo("2 of 6, due by 10 March");
    }

    @Test
    void weeklySampleRaisedFrom3To6_with5Filed_15MoreOnTheSameDay_fillWeeks1And2To6Each() throws Exception {
        // Issue 10, item 3: Tuesday 3 October 2028, in week 1 (2 to 6 October).
        today("2028-10-03");
        YearMonth october = YearMonth.of(2028, 10);
        fixtures.agree(partner, october, 12, 3);
        for (int i = 0; i < 5; i++) {
            submit(partner.provider(), faceToFace(reference(), LocalDate.of(2028, 10, 2)));
        }
        signInAs.call("alex.reid", () -> sla.saveMonth(october, List.of(new SlaRow(partner.id(), partner.code(),
                partner.name(), october, 12, 6))));
        List<SubmissionResult> more = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            more.add(submit(partner.provider(), faceToFace(reference(), LocalDate.of(2028, 10, 2))));
        }

        assertThat(more).allMatch(SubmissionResult::accepted);
        assertThat(more.subList(0, 3)).extracting(result -> result.filed().sampleWeek()).containsOnly(1);
        assertThat(more.subList(3, 7)).extracting(result -> result.filed().sampleWeek()).containsOnly(2);
        assertThat(more.subList(7, 15)).extracting(result -> result.filed().folderMonth()).containsOnly(
                october.plusMonths(1));
        MonthFolder folder = signInAs.call(partner.provider(), () -> submissions.monthFolder(partner.id(), october));
        assertThat(folder.filed()).isEqualTo(12);
        assertThat(folder.weeklySample()).isEqualTo(6);
        assertThat(folder.weeks().get(0).state()).isEqualTo("6 of 6, complete");
        assertThat(folder.weeks().get(1).state()).isEqualTo("6 of 6, complete");
        assertThat(folder.weeks().subList(2, folder.weeks().size())).extracting(WeekProgress::state)
                .containsOnly("no sample due");
    }

    @Test
    void withdrawing_freesThePlaceInTheFolder_andIsAudited() throws Exception {
        today("2028-09-13");
        YearMonth september = YearMonth.of(2028, 9);
        fixtures.agree(partner, september, 1, 1);
        SubmissionResult first = submit(partner.provider(), faceToFace(reference(), LocalDate.of(2028, 9, 1)));
        signInAs.call(partner.provider(), () -> cases.withdraw(first.filed().id(), "Sent the wrong case"));
        SubmissionResult replacement = submit(partner.provider(), faceToFace(first.filed().reference(),
                LocalDate.of(2028, 9, 1)));

        assertThat(replacement.filed().folderMonth()).isEqualTo(september);
        assertThat(signInAs.call(partner.provider(), () -> cases.caseSample(first.filed().id())).status())
                .isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CASE_WITHDRAWN' and entity_id = ?",
                Long.class, String.valueOf(first.filed().id()))).isEqualTo(1);
    }

    @Test
    void noAgreedVolume_refusesNamingTheMonth() throws Exception {
        today("2027-05-12");
        SubmissionResult result = submit(partner.provider(), faceToFace(reference(), LocalDate.of(2027, 5, 3)));

        assertThat(result.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("No sample volume is agreed for May 2027"));
    }
}
