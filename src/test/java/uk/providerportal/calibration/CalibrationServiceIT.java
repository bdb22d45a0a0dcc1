package uk.providerportal.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.providerportal.assessment.Outcome.MET;
import static uk.providerportal.assessment.Outcome.NOT_APPLICABLE;
import static uk.providerportal.assessment.Outcome.NOT_MET;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.FourStandards;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.ScorecardAnswer;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.cases.CaseFixtures;
import uk.providerportal.cases.CasesService;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.standard.CatalogueEntry;
import uk.providerportal.standard.StandardsService;
import uk.providerportal.triage.TriageService;

/**
 * Calibration on the database: exercises stay blind until their results open, only invited and independent
 * assessors take part (and read the case record, never its assessment), agreement per standard, and the statistics'
 * exact shares from a known set of scorecards. Each test has its own programme (standards 1a, 1b, 2a, 2b), partner,
 * assessors and months.
 */
@PortalTest
class CalibrationServiceIT {

    static final String QUALITY_MANAGER = "helen.carter";
    static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired CalibrationService calibration;
    @Autowired AssessmentService assessments;
    @Autowired CasesService cases;
    @Autowired TriageService triage;
    @Autowired OrganisationService organisations;
    @Autowired StandardsService standards;
    @Autowired PolicyService policies;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    YearMonth month;
    long programmeId;
    Fixtures.Partner partner;
    String first;
    String second;
    String outsider;

    @BeforeEach
    void aProgrammeAPartnerAndThreeAssessors() throws Exception {
        int n = NEXT.incrementAndGet();
        month = YearMonth.of(2061, 1).plusMonths(n);
        fixtures.today(month.atDay(2).toString());
        String code = "CALIB" + n;
        programmeId = FourStandards.programme(signInAs, organisations, standards, policies, code,
                "Calibration test " + n, month);
        partner = fixtures.partner(code, Nation.ENGLAND_AND_WALES);
        first = fixtures.assessor();
        second = fixtures.assessor();
        outsider = fixtures.assessor();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Case(long id, String reference) {
    }

    Case aCase() {
        String reference = "CAL-" + NEXT.incrementAndGet();
        long id = CaseFixtures.insertCase(jdbc, partner.id(), reference, month);
        CaseFixtures.insertFile(jdbc, id, "00/00/calibration-" + reference, "0".repeat(64));
        return new Case(id, reference);
    }

    ExerciseSummary exercise(Case sample, String... assessors) throws Exception {
        List<Long> ids = java.util.Arrays.stream(assessors).map(fixtures::userId).toList();
        return signInAs.call(QUALITY_MANAGER, () -> calibration.setUp(new NewExercise(partner.id(),
                sample.reference().toLowerCase(), ids, month.atDay(20))));
    }

    /** The assessor's answers, in the scorecard's order (1a, 1b, 2a, 2b); unmet 1b gets an impact. */
    BlindScorecard submit(String assessor, long exerciseId, Outcome... outcomes) throws Exception {
        BlindScorecard card = signInAs.call(assessor, () -> calibration.blindScorecard(exerciseId));
        List<ScorecardAnswer> answers = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            var line = card.lines().get(i);
            boolean impact = outcomes[i] == NOT_MET && line.standard().customerImpact();
            answers.add(new ScorecardAnswer(line.standardVersionId(), outcomes[i],
                    impact ? CustomerImpact.POTENTIAL_DETRIMENT : null, outcomes[i] == NOT_MET ? "Why not" : null));
        }
        return signInAs.call(assessor, () -> calibration.submitAnswers(exerciseId, new BlindAnswers(card.version(),
                answers)));
    }

    long audited(String action, Object entityId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and entity_id = ?", Long.class,
                action, String.valueOf(entityId));
    }

    long denied(String subject) {
        return jdbc.queryForObject("select count(*) from audit_event where actor_user_id = ? and outcome = 'DENIED'",
                Long.class, fixtures.userId(subject));
    }

    @Test
    void settingUp_withTwoIndependentAssessors_givesEachABlankScorecardOfTheStandardsInForce_audited()
            throws Exception {
        ExerciseSummary exercise = exercise(aCase(), first, second);

        assertThat(exercise.invited()).isEqualTo(2);
        assertThat(exercise.status()).isEqualTo(ExerciseStatus.SCORING);
        BlindScorecard card = signInAs.call(first, () -> calibration.blindScorecard(exercise.id()));
        assertThat(card.lines()).extracting(line -> line.standard().code()).containsExactly("1a", "1b", "2a", "2b");
        assertThat(card.lines()).allSatisfy(line -> assertThat(line.outcome()).isNull());
        assertThat(card.files()).hasSize(1);
        assertThat(card.editable()).isTrue();
        assertThat(audited("CALIBRATION_EXERCISE_SET_UP", exercise.id())).isOne();
        assertThat(signInAs.call(first, () -> calibration.myExercises(org.springframework.data.domain.Pageable
                .unpaged()))).extracting(ExerciseSummary::id).containsExactly(exercise.id());
    }

    @Test
    void answersStayBlind_untilEveryInvitedAssessorHasSubmitted_thenAgreementPerStandard() throws Exception {
        ExerciseSummary exercise = exercise(aCase(), first, second);
        submit(first, exercise.id(), MET, NOT_MET, MET, NOT_APPLICABLE);

        // Before the results open, nobody sees any answers: not the other assessor, not the quality manager.
        ExerciseResults early = signInAs.call(second, () -> calibration.results(exercise.id()));
        assertThat(early.resultsOpen()).isFalse();
        assertThat(early.standards()).isEmpty();
        assertThat(early.overall()).isNull();
        assertThat(early.submitted()).isOne();
        assertThat(signInAs.call(QUALITY_MANAGER, () -> calibration.results(exercise.id())).standards()).isEmpty();
        BlindScorecard secondsOwn = signInAs.call(second, () -> calibration.blindScorecard(exercise.id()));
        assertThat(secondsOwn.lines()).allSatisfy(line -> assertThat(line.outcome()).isNull());

        BlindScorecard last = submit(second, exercise.id(), MET, MET, MET, NOT_APPLICABLE);

        assertThat(last.status()).isEqualTo(ExerciseStatus.DISCUSSION);
        assertThat(audited("CALIBRATION_RESULTS_OPENED", exercise.id())).isOne();
        ExerciseResults results = signInAs.call(first, () -> calibration.results(exercise.id()));
        assertThat(results.standards()).extracting(StandardAgreement::code, StandardAgreement::mostCommon,
                StandardAgreement::percentText, StandardAgreement::belowThreshold).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1a", "2 of 2 met", "100.0%", false),
                org.assertj.core.groups.Tuple.tuple("1b", "1 of 2 met, 1 of 2 not met", "50.0%", true),
                org.assertj.core.groups.Tuple.tuple("2a", "2 of 2 met", "100.0%", false),
                org.assertj.core.groups.Tuple.tuple("2b", "2 of 2 not applicable", "100.0%", false));
        assertThat(results.overall()).isEqualByComparingTo("87.5");
        assertThat(results.standards().get(1).answers()).extracting(StandardAgreement.AnswerGiven::outcome)
                .containsExactlyInAnyOrder(MET, NOT_MET);
        assertThat(results.manageable()).isFalse();
        assertThatThrownBy(() -> submit(first, exercise.id(), MET, MET, MET, MET))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("answers can no longer change");
    }

    @Test
    void aNonInvitedAssessor_isRefusedTheExerciseAndTheCase_audited() throws Exception {
        Case sample = aCase();
        ExerciseSummary exercise = exercise(sample, first, second);
        long fileId = jdbc.queryForObject("select id from case_record_file where case_sample_id = ?", Long.class,
                sample.id());
        long before = denied(outsider);

        assertThatThrownBy(() -> signInAs.call(outsider, () -> calibration.blindScorecard(exercise.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(outsider, () -> calibration.results(exercise.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(outsider, () -> calibration.saveAnswers(exercise.id(),
                new BlindAnswers(0, List.of())))).isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(outsider, () -> cases.caseRecord(sample.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(outsider, () -> cases.openFile(sample.id(), fileId)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(denied(outsider)).isEqualTo(before + 5);

        // The invited assessor reads the case record and its files, but not the case's assessment.
        assertThat(signInAs.call(first, () -> cases.caseRecord(sample.id())).reference()).isEqualTo(sample.reference());
        assertThat(signInAs.call(first, () -> cases.openFile(sample.id(), fileId)).fileName()).isEqualTo("record.pdf");
        assertThatThrownBy(() -> signInAs.call(first, () -> assessments.scorecard(sample.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(first, () -> cases.caseSample(sample.id())))
                .isInstanceOf(ItemNotFoundException.class);
    }

    @Test
    void aConflictedAssessor_andTheCasesOwnAssessor_cannotBeInvited_refusalAudited() throws Exception {
        Case sample = aCase();
        signInAs.call(QUALITY_MANAGER, () -> triage.declareConflict(fixtures.userId(outsider), partner.id(),
                "Used to volunteer there"));

        assertThatThrownBy(() -> exercise(sample, first, outsider))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("assessors");
                    assertThat(refused.getMessage()).contains("has declared a conflict of interest with "
                            + partner.name());
                });
        assertThat(audited("CALIBRATION_SET_UP_REFUSED", sample.id())).isOne();

        var assigned = signInAs.call(QUALITY_MANAGER, () -> triage.assign(List.of(sample.id()),
                fixtures.userId(second)));
        assertThat(assigned.done()).isTrue();
        assertThatThrownBy(() -> exercise(sample, first, second)).isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("is the assessor of case " + sample.reference());
        assertThat(jdbc.queryForObject("select count(*) from calibration_exercise where case_sample_id = ?",
                Long.class, sample.id())).isZero();
    }

    @Test
    void setUp_refusesOneAssessor_anUnknownReference_andAPastDueDate_namingTheField() throws Exception {
        Case sample = aCase();
        long one = fixtures.userId(first);
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.setUp(new NewExercise(
                partner.id(), sample.reference(), List.of(one, one), month.atDay(20)))))
                .isInstanceOfSatisfying(ChangeRefused.class, r -> assertThat(r.field()).isEqualTo("assessors"));
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.setUp(new NewExercise(
                partner.id(), "NO-SUCH-CASE", List.of(one, fixtures.userId(second)), month.atDay(20)))))
                .isInstanceOfSatisfying(ChangeRefused.class, r -> assertThat(r.field()).isEqualTo("reference"));
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.setUp(new NewExercise(
                partner.id(), sample.reference(), List.of(one, fixtures.userId(second)), month.atDay(1)))))
                .isInstanceOfSatisfying(ChangeRefused.class, r -> assertThat(r.field()).isEqualTo("dueOn"));
    }

    @Test
    void submitting_withAStandardUnanswered_isRefusedNamingIt_andKeptAsADraft() throws Exception {
        ExerciseSummary exercise = exercise(aCase(), first, second);
        assertThatThrownBy(() -> submit(first, exercise.id(), MET, NOT_MET, MET))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("(2b)");
        BlindScorecard draft = signInAs.call(first, () -> calibration.blindScorecard(exercise.id()));
        assertThat(draft.progress()).isEqualTo("3 of 4 answered");
        assertThat(draft.submittedAt()).isNull();
    }

    @Test
    void theQualityManager_opensResultsWithTwoOfThree_thenClosesWithNotes_andTheCaseRecordClosesToo()
            throws Exception {
        Case sample = aCase();
        ExerciseSummary exercise = exercise(sample, first, second, outsider);
        submit(first, exercise.id(), MET, MET, MET, MET);
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.openResults(exercise.id())))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("at least two");
        submit(second, exercise.id(), MET, MET, NOT_MET, MET);
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.close(exercise.id(), "Done")))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("Open the results");

        ExerciseResults open = signInAs.call(QUALITY_MANAGER, () -> calibration.openResults(exercise.id()));
        assertThat(open.resultsOpen()).isTrue();
        assertThat(open.overall()).isEqualByComparingTo("87.5");
        assertThat(open.manageable()).isTrue();
        assertThatThrownBy(() -> submit(outsider, exercise.id(), MET, MET, MET, MET))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("results of this exercise are open");
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.close(exercise.id(), " ")))
                .isInstanceOfSatisfying(ChangeRefused.class, r -> assertThat(r.field()).isEqualTo("notes"));

        ExerciseResults closed = signInAs.call(QUALITY_MANAGER, () -> calibration.close(exercise.id(),
                "2a: a record that omits the reasons is not met."));
        assertThat(closed.status()).isEqualTo(ExerciseStatus.CLOSED);
        assertThat(closed.notes()).isEqualTo("2a: a record that omits the reasons is not met.");
        assertThat(closed.closedBy()).isEqualTo("Helen Carter");
        assertThat(audited("CALIBRATION_EXERCISE_CLOSED", exercise.id())).isOne();
        assertThatThrownBy(() -> signInAs.call(first, () -> cases.caseRecord(sample.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(signInAs.call(first, () -> calibration.results(exercise.id())).notes()).contains("2a:");
    }

    // --- statistics ---------------------------------------------------------------------------------------------

    /** A scorecard straight in the database: the assessor's outcomes for 1a, 1b, 2a, 2b of this test's programme. */
    void scorecard(String assessor, YearMonth round, String status, Outcome... outcomes) throws Exception {
        long assessorId = fixtures.userId(assessor);
        long caseId = CaseFixtures.insertCase(jdbc, partner.id(), "STAT-" + NEXT.incrementAndGet(), round);
        jdbc.update("insert into assessment (version, created_at, updated_at, case_sample_id, organisation_id,"
                + " programme_id, assessor_id, assessor_name, status, assessed_on, commentary, started_at, saved_at,"
                + " saved_by, met, not_met, not_applicable, standards, round_month, picked) values (0, now(), now(),"
                + " ?, ?, ?, ?, ?, ?, ?, '', now(), now(), 'test', 0, 0, 0, 4, ?, false)", caseId, partner.id(),
                programmeId, assessorId, assessor, status, round.atDay(2), round.atDay(1));
        long assessmentId = jdbc.queryForObject("select id from assessment where case_sample_id = ?", Long.class,
                caseId);
        List<CatalogueEntry> catalogue = signInAs.call(QUALITY_MANAGER, () -> standards.catalogueVersions(
                programmeId, month.atDay(2)));
        for (int i = 0; i < outcomes.length; i++) {
            // The moderator's outcome is always "met" here: the statistics must count the assessor's, not it.
            jdbc.update("insert into assessment_outcome (assessment_id, position, standard_version_id, outcome,"
                    + " moderated_outcome) values (?, ?, ?, ?, 'MET')", assessmentId, i,
                    catalogue.get(i).versionId(), outcomes[i].name());
        }
    }

    @Test
    void statistics_giveExactSharesPerAssessorAndStandard_fromTheAssessorsOwnSubmittedOutcomes() throws Exception {
        YearMonth from = YearMonth.of(2070, 1).plusMonths(NEXT.incrementAndGet() * 3L);
        // The first assessor: 10 cases over two months, 1a not met on 4 of them (40%); 2b not applicable on all.
        for (int i = 0; i < 10; i++) {
            scorecard(first, i < 5 ? from : from.plusMonths(1), "SUBMITTED", i < 4 ? NOT_MET : MET, MET, MET,
                    NOT_APPLICABLE);
        }
        // The second: 10 cases, 1a met on every one; 1b not met on 1.
        for (int i = 0; i < 10; i++) {
            scorecard(second, from, "SUBMITTED", MET, i == 0 ? NOT_MET : MET, MET, NOT_APPLICABLE);
        }
        // Neither a draft nor a month outside the period counts.
        scorecard(second, from, "DRAFT", NOT_MET, NOT_MET, NOT_MET, NOT_MET);
        scorecard(second, from.plusMonths(2), "SUBMITTED", NOT_MET, NOT_MET, NOT_MET, NOT_MET);

        CalibrationStatistics statistics = signInAs.call(QUALITY_MANAGER, () -> calibration.statistics(from,
                from.plusMonths(1)));

        List<StandardShare> rows = statistics.rows().stream().filter(row -> row.programmeName()
                .startsWith("Calibration test ")).toList();
        assertThat(rows).hasSize(8);
        StandardShare firsts1a = row(rows, first, "1a");
        assertThat(firsts1a.met()).isEqualTo(6);
        assertThat(firsts1a.notMet()).isEqualTo(4);
        assertThat(firsts1a.notApplicable()).isZero();
        assertThat(firsts1a.notMetText()).isEqualTo("4 · 40.0%");
        assertThat(firsts1a.teamMet()).isEqualTo(16);
        assertThat(firsts1a.teamNotMet()).isEqualTo(4);
        assertThat(firsts1a.teamText()).isEqualTo("Met 80.0% · not met 20.0% · N/A 0.0% of 20");
        assertThat(firsts1a.outlier()).isEqualTo("Outlier: not met 40.0% of their 10 answers against 0.0% of the "
                + "rest of the team's 10 (40.0 points higher).");
        assertThat(row(rows, second, "1a").outlier()).contains("40.0 points lower");
        StandardShare seconds1b = row(rows, second, "1b");
        assertThat(seconds1b.notMetText()).isEqualTo("1 · 10.0%");
        assertThat(seconds1b.outlier()).as("10 points apart").isNull();
        assertThat(row(rows, first, "2b").notApplicableText()).isEqualTo("10 · 100.0%");
        assertThat(row(rows, first, "2b").outlier()).isNull();

        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.statistics(from.plusMonths(1),
                from))).isInstanceOfSatisfying(ChangeRefused.class, r -> assertThat(r.field()).isEqualTo("from"));
    }

    @Test
    void statistics_byDefault_coverTheLastThreeAssessmentMonths() throws Exception {
        CalibrationStatistics statistics = signInAs.call("alex.reid", () -> calibration.statistics(null, null));
        assertThat(statistics.to()).isEqualTo(month);
        assertThat(statistics.from()).isEqualTo(month.minusMonths(2));
    }

    static StandardShare row(List<StandardShare> rows, String assessor, String code) {
        return rows.stream().filter(row -> row.assessorName().equals(assessor) && row.code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError(assessor + " " + code + " in " + rows));
    }
}
