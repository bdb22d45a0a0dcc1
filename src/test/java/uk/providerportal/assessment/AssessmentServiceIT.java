package uk.providerportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.cases.AssignedQuery;
import uk.providerportal.cases.CaseFixtures;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.standard.StandardsService;
import uk.providerportal.triage.TriageService;

/**
 * The assessor's scorecard end to end on the database: drafts, submission refused until complete and then moving
 * the case to moderation, each assessor kept to their own cases, and the standards fixed at the assessment date.
 * Each test has a programme of its own (four standards, pass mark 75) in a month no other test uses.
 */
@PortalTest
class AssessmentServiceIT {

    static final String QUALITY_MANAGER = "helen.carter";
    static final String ADMIN = "alex.reid";
    static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired AssessmentService assessments;
    @Autowired TriageService triage;
    @Autowired OrganisationService organisations;
    @Autowired StandardsService standards;
    @Autowired PolicyService policies;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    final YearMonth month = YearMonth.of(2031, 5);
    long programmeId;
    Fixtures.Partner partner;
    String assessor;
    String otherAssessor;

    @BeforeEach
    void aProgrammeWithFourStandards() throws Exception {
        fixtures.today("2031-05-02");
        int n = NEXT.incrementAndGet();
        String code = "ASSESS" + n;
        programmeId = FourStandards.programme(signInAs, organisations, standards, policies, code,
                "Assessment test " + n, month);
        partner = fixtures.partner(code, Nation.ENGLAND_AND_WALES);
        assessor = fixtures.assessor();
        otherAssessor = fixtures.assessor();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long assignedCase(String assessorSubject) throws Exception {
        long id = CaseFixtures.insertCase(jdbc, partner.id(), "SCORE-" + NEXT.incrementAndGet(), month);
        var result = signInAs.call(QUALITY_MANAGER, () -> triage.assign(List.of(id),
                fixtures.userId(assessorSubject)));
        assertThat(result.done()).as(result.message()).isTrue();
        return id;
    }

    static ScorecardDraft answers(Scorecard card, String commentary, Outcome... outcomes) {
        List<ScorecardAnswer> answers = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            ScorecardLine line = card.lines().get(i);
            answers.add(new ScorecardAnswer(line.standardVersionId(), outcomes[i],
                    outcomes[i] == Outcome.NOT_MET ? CustomerImpact.POTENTIAL_DETRIMENT : null,
                    outcomes[i] == Outcome.NOT_MET ? "Missed the priority debt" : null));
        }
        return new ScorecardDraft(card.version(), commentary, answers);
    }

    long audited(String action, long caseId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and entity_id = ?", Long.class,
                action, String.valueOf(caseId));
    }

    @Test
    void start_movesTheQueuedCaseIntoAssessment_withTheStandardsGroupedInCodeOrder() throws Exception {
        long id = assignedCase(assessor);
        Scorecard card = signInAs.call(assessor, () -> assessments.start(id));

        assertThat(card.caseStatus()).isEqualTo(CaseStatus.IN_ASSESSMENT);
        assertThat(card.status()).isEqualTo(ScorecardStatus.DRAFT);
        assertThat(card.lines()).extracting(line -> line.standard().code()).containsExactly("1a", "1b", "2a", "2b");
        assertThat(card.progress()).isEqualTo("0 of 4 answered");
        assertThat(card.dueOn()).isEqualTo(LocalDate.of(2031, 5, 31));
        assertThat(audited("CASE_ASSESSMENT_STARTED", id)).isOne();
    }

    @Test
    void draft_savedPartWay_keepsTheAnswers_andShowsProgress() throws Exception {
        long id = assignedCase(assessor);
        Scorecard started = signInAs.call(assessor, () -> assessments.start(id));
        Scorecard saved = signInAs.call(assessor, () -> assessments.saveDraft(id, answers(started, "So far so good",
                Outcome.MET, Outcome.NOT_MET)));

        assertThat(saved.progress()).isEqualTo("2 of 4 answered");
        Scorecard read = signInAs.call(assessor, () -> assessments.scorecard(id));
        assertThat(read.commentary()).isEqualTo("So far so good");
        assertThat(read.lines().get(1).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(read.lines().get(1).impact()).isEqualTo(CustomerImpact.POTENTIAL_DETRIMENT);
        assertThat(read.lines().get(1).note()).isEqualTo("Missed the priority debt");
        assertThat(read.caseStatus()).isEqualTo(CaseStatus.IN_ASSESSMENT);
        assertThat(audited("SCORECARD_SAVED", id)).isOne();

        var mine = signInAs.call(assessor, () -> assessments.myCases(AssignedQuery.all(), PageRequest.of(0, 10)));
        assertThat(mine).singleElement().satisfies(row -> {
            assertThat(row.scorecard()).isEqualTo(ScorecardStatus.DRAFT);
            assertThat(row.progress()).isEqualTo("2 of 4 answered");
        });
    }

    @Test
    void aStandardChangedFromNotMet_losesItsImpactAndNote() throws Exception {
        long id = assignedCase(assessor);
        Scorecard started = signInAs.call(assessor, () -> assessments.start(id));
        Scorecard unmet = signInAs.call(assessor, () -> assessments.saveDraft(id, answers(started, "",
                Outcome.NOT_MET)));
        Scorecard met = signInAs.call(assessor, () -> assessments.saveDraft(id, new ScorecardDraft(unmet.version(), "",
                List.of(new ScorecardAnswer(unmet.lines().getFirst().standardVersionId(), Outcome.MET,
                        CustomerImpact.ACTUAL_DETRIMENT, "left over")))));
        assertThat(met.lines().getFirst().impact()).isNull();
        assertThat(met.lines().getFirst().note()).isNull();
    }

    @Test
    void aNoteLongerThanItsColumn_isRefusedNamingTheStandard() throws Exception {
        long id = assignedCase(assessor);
        Scorecard started = signInAs.call(assessor, () -> assessments.start(id));
        var tooLong = new ScorecardDraft(started.version(), "", List.of(new ScorecardAnswer(
                started.lines().get(1).standardVersionId(), Outcome.NOT_MET, CustomerImpact.NONE, "x".repeat(501))));
        assertThatThrownBy(() -> signInAs.call(assessor, () -> assessments.saveDraft(id, tooLong)))
                .isInstanceOf(ChangeRefused.class)
                .hasMessage("Keep the note on standard 1b to 500 characters or fewer: it has 501.");
    }

    @Test
    void submit_withStandardsUnanswered_isRefusedNamingThem_andTheAnswersStaySavedAsADraft() throws Exception {
        long id = assignedCase(assessor);
        Scorecard started = signInAs.call(assessor, () -> assessments.start(id));

        assertThatThrownBy(() -> signInAs.call(assessor, () -> assessments.submit(id, answers(started, "Half done",
                Outcome.MET, Outcome.MET))))
                .isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("2 standards have none yet (2a, 2b)");

        Scorecard read = signInAs.call(assessor, () -> assessments.scorecard(id));
        assertThat(read.progress()).isEqualTo("2 of 4 answered");
        assertThat(read.status()).isEqualTo(ScorecardStatus.DRAFT);
        assertThat(read.caseStatus()).isEqualTo(CaseStatus.IN_ASSESSMENT);
        assertThat(audited("SCORECARD_SUBMIT_REFUSED", id)).isOne();
    }

    @Test
    void submit_unmetStandardCarryingCustomerImpactWithoutOne_isRefused() throws Exception {
        long id = assignedCase(assessor);
        Scorecard started = signInAs.call(assessor, () -> assessments.start(id));
        List<ScorecardAnswer> all = new ArrayList<>(answers(started, "", Outcome.MET, Outcome.NOT_MET,
                Outcome.MET, Outcome.MET).answers());
        all.set(1, new ScorecardAnswer(all.get(1).standardVersionId(), Outcome.NOT_MET, null, null));
        assertThatThrownBy(() -> signInAs.call(assessor, () -> assessments.submit(id,
                new ScorecardDraft(started.version(), "", all))))
                .isInstanceOf(ChangeRefused.class)
                .hasMessageStartingWith("Choose the customer impact of unmet standard 1b");
    }

    @Test
    void submit_complete_movesTheCaseToModeration_scoredAgainstThePassMark() throws Exception {
        long id = assignedCase(assessor);
        Scorecard started = signInAs.call(assessor, () -> assessments.start(id));
        Scorecard submitted = signInAs.call(assessor, () -> assessments.submit(id, answers(started,
                "Good advice; consent missing.", Outcome.MET, Outcome.MET, Outcome.NOT_APPLICABLE, Outcome.NOT_MET)));

        assertThat(submitted.caseStatus()).isEqualTo(CaseStatus.SUBMITTED_FOR_MODERATION);
        assertThat(submitted.status()).isEqualTo(ScorecardStatus.SUBMITTED);
        assertThat(submitted.editable()).isFalse();
        assertThat(submitted.score().describe(submitted.passMark()))
                .isEqualTo("2 of 3 standards met: 66.7%, a fail (pass mark 75%)");
        assertThat(jdbc.queryForObject("select score_percent from assessment where case_sample_id = ?",
                BigDecimal.class, id)).isEqualByComparingTo("66.7");
        assertThat(jdbc.queryForObject("select passed from assessment where case_sample_id = ?", Boolean.class, id))
                .isFalse();
        assertThat(audited("SCORECARD_SUBMITTED", id)).isOne();
        assertThat(audited("CASE_SUBMITTED_FOR_MODERATION", id)).isOne();

        assertThatThrownBy(() -> signInAs.call(assessor, () -> assessments.saveDraft(id, answers(submitted, "later"))))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("can no longer be changed");
    }

    @Test
    void submit_everyStandardNotApplicable_storesNoScoreAndNoVerdict() throws Exception {
        long id = assignedCase(assessor);
        Scorecard started = signInAs.call(assessor, () -> assessments.start(id));
        Scorecard submitted = signInAs.call(assessor, () -> assessments.submit(id, answers(started, "",
                Outcome.NOT_APPLICABLE, Outcome.NOT_APPLICABLE, Outcome.NOT_APPLICABLE, Outcome.NOT_APPLICABLE)));
        assertThat(submitted.score().describe(submitted.passMark())).isEqualTo(CaseScore.NO_SCORE_TEXT);
        assertThat(jdbc.queryForObject("select passed from assessment where case_sample_id = ?", Boolean.class, id))
                .isNull();
    }

    @Test
    void aSaveOverSomeoneElsesNewerSave_isRefusedWithAClearMessage() throws Exception {
        long id = assignedCase(assessor);
        Scorecard started = signInAs.call(assessor, () -> assessments.start(id));
        signInAs.call(assessor, () -> assessments.saveDraft(id, answers(started, "first tab", Outcome.MET)));

        assertThatThrownBy(() -> signInAs.call(assessor, () -> assessments.saveDraft(id, answers(started,
                "second tab", Outcome.NOT_APPLICABLE))))
                .isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("after you opened it. Reload it to see those answers; yours are not saved.");
        assertThat(signInAs.call(assessor, () -> assessments.scorecard(id)).commentary()).isEqualTo("first tab");
    }

    @Test
    void assessor_reachesOnlyTheirOwnCases_andEveryRefusalIsAudited() throws Exception {
        long mine = assignedCase(assessor);
        long theirs = assignedCase(otherAssessor);

        assertThat(signInAs.call(assessor, () -> assessments.myCases(AssignedQuery.all(), PageRequest.of(0, 10))))
                .extracting(row -> row.summary().id()).containsExactly(mine);
        assertThat(signInAs.call(assessor, () -> assessments.countMyCases(AssignedQuery.all()))).isOne();

        long deniedBefore = jdbc.queryForObject("select count(*) from audit_event where outcome = 'DENIED'"
                + " and actor_user_id = ? and entity_id = ?", Long.class, fixtures.userId(assessor),
                String.valueOf(theirs));
        assertThatThrownBy(() -> signInAs.call(assessor, () -> assessments.scorecard(theirs)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(assessor, () -> assessments.start(theirs)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(assessor, () -> assessments.saveDraft(theirs,
                new ScorecardDraft(-1, "", List.of())))).isInstanceOf(ItemNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where outcome = 'DENIED'"
                + " and actor_user_id = ? and entity_id = ?", Long.class, fixtures.userId(assessor),
                String.valueOf(theirs))).isEqualTo(deniedBefore + 3);
        assertThat(jdbc.queryForObject("select status from case_sample where id = ?", String.class, theirs))
                .isEqualTo("QUEUED");
    }

    @Test
    void provider_reachesNoScorecard_evenOfTheirOwnCase() throws Exception {
        long id = assignedCase(assessor);
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> assessments.scorecard(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void qualityManager_readsAnyScorecard_butCannotScoreIt() throws Exception {
        long id = assignedCase(assessor);
        signInAs.call(assessor, () -> assessments.start(id));
        assertThat(signInAs.call(QUALITY_MANAGER, () -> assessments.scorecard(id)).lines()).hasSize(4);
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> assessments.saveDraft(id,
                new ScorecardDraft(0, "", List.of())))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStandardRetiredMidMonth_staysOnCasesStartedBefore_andIsNotOnThoseStartedAfter() throws Exception {
        long early = assignedCase(assessor);
        long late = assignedCase(assessor);
        fixtures.today("2031-05-12");
        Scorecard before = signInAs.call(assessor, () -> assessments.start(early));
        Scorecard submitted = signInAs.call(assessor, () -> assessments.submit(early, answers(before, "",
                Outcome.MET, Outcome.MET, Outcome.MET, Outcome.NOT_MET)));

        signInAs.call(ADMIN, () -> standards.retire(programmeId, "2b", LocalDate.of(2031, 5, 15), null));
        fixtures.today("2031-05-20");
        Scorecard after = signInAs.call(assessor, () -> assessments.start(late));

        assertThat(before.assessedOn()).isEqualTo(LocalDate.of(2031, 5, 12));
        assertThat(after.lines()).extracting(line -> line.standard().code()).containsExactly("1a", "1b", "2a");
        assertThat(signInAs.call(assessor, () -> assessments.scorecard(early)).lines())
                .as("a submitted scorecard keeps the standards it was scored against")
                .extracting(line -> line.standard().code()).containsExactly("1a", "1b", "2a", "2b");
        assertThat(submitted.score().percentText()).isEqualTo("75.0%");
    }
}
