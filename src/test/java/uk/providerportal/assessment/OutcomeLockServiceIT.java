package uk.providerportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.cases.CaseFixtures;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.standard.StandardsService;
import uk.providerportal.triage.TriageService;

/**
 * The month lock after calibration (issue 11, item 10) on the database: an assessor can no longer save or submit a
 * locked month's scorecard; moderation of its cases needs a quality manager's reason; a released outcome is amended
 * only with a reason, kept on the outcome and audited. Each test has its own programme, partner and month.
 */
@PortalTest
class OutcomeLockServiceIT {

    static final String QUALITY_MANAGER = "helen.carter";
    static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired AssessmentService assessments;
    @Autowired ModerationService moderation;
    @Autowired OutcomeLockService locks;
    @Autowired TriageService triage;
    @Autowired OrganisationService organisations;
    @Autowired StandardsService standards;
    @Autowired PolicyService policies;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    YearMonth month;
    Fixtures.Partner partner;
    String assessor;

    @BeforeEach
    void aProgrammeWithFourStandards() throws Exception {
        int n = NEXT.incrementAndGet();
        month = YearMonth.of(2046, 1).plusMonths(n);
        fixtures.today(month.atDay(2).toString());
        String code = "LOCK" + n;
        FourStandards.programme(signInAs, organisations, standards, policies, code, "Lock test " + n, month);
        partner = fixtures.partner(code, Nation.ENGLAND_AND_WALES);
        assessor = fixtures.assessor();
        signInAs.call(QUALITY_MANAGER, () -> moderation.setRate(month, 100));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Scorecard started() throws Exception {
        long id = CaseFixtures.insertCase(jdbc, partner.id(), "LOCK-" + NEXT.incrementAndGet(), month);
        var result = signInAs.call(QUALITY_MANAGER, () -> triage.assign(List.of(id), fixtures.userId(assessor)));
        assertThat(result.done()).as(result.message()).isTrue();
        return signInAs.call(assessor, () -> assessments.start(id));
    }

    static ScorecardDraft allMet(Scorecard card) {
        List<ScorecardAnswer> answers = new ArrayList<>();
        card.lines().forEach(line -> answers.add(new ScorecardAnswer(line.standardVersionId(), Outcome.MET, null,
                null)));
        return new ScorecardDraft(card.version(), "Overall, clear advice.", answers);
    }

    Scorecard submitted() throws Exception {
        Scorecard card = started();
        return signInAs.call(assessor, () -> assessments.submit(card.caseId(), allMet(card)));
    }

    MonthLock lockTheMonth() throws Exception {
        clock.set(month.plusMonths(1).atDay(3).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                .plusSeconds(9 * 3600));
        return signInAs.call(QUALITY_MANAGER, () -> locks.lockMonth(month, "Agreed at the calibration session."));
    }

    long audited(String action, long caseId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and entity_id = ?", Long.class,
                action, String.valueOf(caseId));
    }

    String lockedSince() {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                + month.getYear() + "'s outcomes are locked since 3 " + month.plusMonths(1).getMonth()
                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                + month.plusMonths(1).getYear() + " by Helen Carter";
    }

    @Test
    void aLockedMonth_refusesTheAssessorsSaveAndSubmit_withAClearMessage_audited() throws Exception {
        Scorecard card = started();
        MonthLock lock = lockTheMonth();
        assertThat(lock.banner()).isEqualTo(lockedSince() + "; changes need a quality manager and a reason.");
        assertThat(signInAs.call(assessor, () -> locks.lock(month))).contains(lock);

        assertThatThrownBy(() -> signInAs.call(assessor, () -> assessments.saveDraft(card.caseId(), allMet(card))))
                .isInstanceOf(ChangeRefused.class)
                .hasMessage(lockedSince() + ": the scorecard of case " + card.reference() + " can no longer be saved "
                        + "or submitted. Ask a quality manager if it needs to change.");
        assertThatThrownBy(() -> signInAs.call(assessor, () -> assessments.submit(card.caseId(), allMet(card))))
                .isInstanceOf(ChangeRefused.class).hasMessageStartingWith(lockedSince());
        assertThat(signInAs.call(QUALITY_MANAGER, () -> assessments.scorecard(card.caseId())).progress()).startsWith("0 of 4");
        assertThat(audited("SCORECARD_LOCKED", card.caseId())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'OUTCOMES_LOCKED' and "
                + "entity_id = ?", Long.class, month.toString())).isOne();
    }

    @Test
    void aLockedMonth_refusesStartingAQueuedCase_whoseScorecardCouldNeverBeSaved() throws Exception {
        Scorecard card = started();
        long queued = CaseFixtures.insertCase(jdbc, partner.id(), "LOCK-" + NEXT.incrementAndGet(), month);
        var result = signInAs.call(QUALITY_MANAGER, () -> triage.assign(List.of(queued), fixtures.userId(assessor)));
        assertThat(result.done()).as(result.message()).isTrue();
        lockTheMonth();

        assertThatThrownBy(() -> signInAs.call(assessor, () -> assessments.start(queued)))
                .isInstanceOf(ChangeRefused.class)
                .hasMessageStartingWith(lockedSince() + ": the scorecard of case ")
                .hasMessageContaining("can no longer be started");
        assertThat(jdbc.queryForObject("select status from case_sample where id = ?", String.class, queued))
                .isEqualTo(CaseStatus.QUEUED.name());
        assertThat(signInAs.call(assessor, () -> assessments.scorecard(card.caseId())).caseId()).isEqualTo(card.caseId());
        assertThat(audited("SCORECARD_LOCKED", queued)).isOne();
    }

    @Test
    void lockingAMonth_needsANote_aMonthThatHasStarted_andHappensOnce() throws Exception {
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> locks.lockMonth(month, "  ")))
                .isInstanceOf(ChangeRefused.class).extracting("field").isEqualTo("note");
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> locks.lockMonth(month.plusMonths(1), "Done")))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("has not started");
        lockTheMonth();
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> locks.lockMonth(month, "Again")))
                .isInstanceOf(ChangeRefused.class).hasMessage(lockedSince() + ".");
        assertThat(signInAs.call(QUALITY_MANAGER, () -> locks.lock(month.minusMonths(1)))).isEmpty();
    }

    @Test
    void moderatingALockedMonthsCase_isRefusedWithoutAReason_andRecordsTheReason() throws Exception {
        Scorecard card = submitted();
        assertThat(card.caseStatus()).isEqualTo(CaseStatus.SUBMITTED_FOR_MODERATION);
        lockTheMonth();

        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> moderation.complete(card.caseId(), List.of())))
                .isInstanceOf(ChangeRefused.class).hasMessage(lockedSince() + ": give a reason to moderate case "
                        + card.reference() + ".").extracting("field").isEqualTo("lockReason");
        assertThat(audited("LOCKED_CHANGE_REFUSED", card.caseId())).isOne();

        ModerationCard done = signInAs.call(QUALITY_MANAGER, () -> moderation.completeInLockedMonth(card.caseId(),
                List.of(), "Moderation was missed before the lock; agreed at calibration."));
        assertThat(done.caseStatus()).isEqualTo(CaseStatus.RELEASED);
        assertThat(jdbc.queryForObject("select summary from audit_event where action = 'MODERATION_COMPLETED' and "
                + "entity_id = ?", String.class, String.valueOf(card.caseId())))
                .contains("in a locked month, because: Moderation was missed before the lock; agreed at calibration.");
    }

    @Test
    void aQualityManagerAmendsAReleasedOutcome_onlyWithAReason_keptOnTheOutcomeAndAudited() throws Exception {
        Scorecard card = submitted();
        signInAs.call(QUALITY_MANAGER, () -> moderation.complete(card.caseId(), List.of()));
        lockTheMonth();
        long standard1b = card.lines().get(1).standardVersionId();

        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> locks.amend(card.caseId(), new OutcomeAmendment(
                standard1b, Outcome.NOT_MET, CustomerImpact.POTENTIAL_DETRIMENT, "Wrong", " "))))
                .isInstanceOf(ChangeRefused.class)
                .hasMessage("Give the reason for amending standard 1b: " + lockedSince() + ".");
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> locks.amend(card.caseId(), new OutcomeAmendment(
                standard1b, Outcome.NOT_MET, null, "Wrong", "Calibration"))))
                .isInstanceOf(ChangeRefused.class).extracting("field").isEqualTo("impact");

        AmendedOutcome amended = signInAs.call(QUALITY_MANAGER, () -> locks.amend(card.caseId(), new OutcomeAmendment(
                standard1b, Outcome.NOT_MET, CustomerImpact.POTENTIAL_DETRIMENT, "The arrears advice was wrong.",
                "Calibration session of 3 March agreed 1b was not met.")));

        assertThat(amended.code()).isEqualTo("1b");
        assertThat(amended.amendedBy()).isEqualTo("Helen Carter");
        assertThat(signInAs.call(QUALITY_MANAGER, () -> locks.amendments(card.caseId()))).containsExactly(amended);
        // Kept on the outcome beside the assessor's, which stays as it was.
        assertThat(jdbc.queryForObject("select concat(o.outcome, '/', o.amended_outcome, '/', o.amendment_reason) from "
                + "assessment_outcome o join assessment a on a.id = o.assessment_id where a.case_sample_id = ? and "
                + "o.standard_version_id = ?", String.class, card.caseId(), standard1b))
                .isEqualTo("MET/NOT_MET/Calibration session of 3 March agreed 1b was not met.");
        assertThat(jdbc.queryForObject("select summary from audit_event where action = 'OUTCOME_AMENDED' and "
                + "entity_id = ?", String.class, String.valueOf(card.caseId())))
                .contains("from met to not met, potential detriment")
                .contains("Reason: Calibration session of 3 March agreed 1b was not met.")
                .contains(lockedSince());
        // The provider reads the amended outcome, never the reason.
        var commentary = signInAs.call(partner.provider(), () -> moderation.commentary(card.caseId()));
        assertThat(commentary.score()).isEqualTo("75.0%");
        assertThat(commentary.unmet()).extracting(CaseCommentary.UnmetStandard::note)
                .containsExactly("The arrears advice was wrong.");
        assertThat(signInAs.call(QUALITY_MANAGER, () -> moderation.moderation(card.caseId())).moderatedScore())
                .startsWith("3 of 4 standards met: 75.0%");

        // The same outcome again is nothing to amend.
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> locks.amend(card.caseId(), new OutcomeAmendment(
                standard1b, Outcome.NOT_MET, CustomerImpact.POTENTIAL_DETRIMENT, "The arrears advice was wrong.",
                "Again"))))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("nothing to amend");
    }

    @Test
    void anOutcomeNotReleasedYet_isModeratedNotAmended() throws Exception {
        Scorecard card = submitted();
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> locks.amend(card.caseId(), new OutcomeAmendment(
                card.lines().getFirst().standardVersionId(), Outcome.NOT_APPLICABLE, null, null, "Reason"))))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("not released yet, so moderate it instead");
    }

    @Test
    void theCasesOwnAssessor_mayNotAmendIt_refusedAndAudited() throws Exception {
        Scorecard card = submitted();
        signInAs.call(QUALITY_MANAGER, () -> moderation.complete(card.caseId(), List.of()));
        jdbc.update("insert into portal_user_role (user_id, role) values (?, 'QUALITY_MANAGER')",
                fixtures.userId(assessor));
        assertThatThrownBy(() -> signInAs.call(assessor, () -> locks.amend(card.caseId(), new OutcomeAmendment(
                card.lines().getFirst().standardVersionId(), Outcome.NOT_APPLICABLE, null, null, "Reason"))))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("You assessed case " + card.reference());
        assertThat(audited("AMENDMENT_REFUSED", card.caseId())).isOne();
    }
}
