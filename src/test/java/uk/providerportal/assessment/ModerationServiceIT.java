package uk.providerportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.cases.CaseFixtures;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.security.Role;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.standard.StandardsService;
import uk.providerportal.triage.TriageService;

/**
 * Moderation and release on the database: picking on submit, independence of the moderator, the moderated outcome
 * kept beside the assessor's, and release gating for the provider. Each test has its own programme, partner,
 * assessor and assessment month (so its moderation rate is its own).
 */
@PortalTest
class ModerationServiceIT {

    static final String QUALITY_MANAGER = "helen.carter";
    static final String ADMIN = "alex.reid";
    static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired AssessmentService assessments;
    @Autowired ModerationService moderation;
    @Autowired TriageService triage;
    @Autowired OrganisationService organisations;
    @Autowired StandardsService standards;
    @Autowired PolicyService policies;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired PlatformTransactionManager transactions;

    YearMonth month;
    Fixtures.Partner partner;
    String assessor;

    @BeforeEach
    void aProgrammeWithFourStandards() throws Exception {
        int n = NEXT.incrementAndGet();
        month = YearMonth.of(2041, 1).plusMonths(n);
        fixtures.today(month.atDay(2).toString());
        String code = "MODER" + n;
        FourStandards.programme(signInAs, organisations, standards, policies, code, "Moderation test " + n, month);
        partner = fixtures.partner(code, Nation.ENGLAND_AND_WALES);
        assessor = fixtures.assessor();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A case of the partner assigned to the assessor, started and submitted with these outcomes. */
    Scorecard submitted(Outcome... outcomes) throws Exception {
        long id = CaseFixtures.insertCase(jdbc, partner.id(), "MOD-" + NEXT.incrementAndGet(), month);
        var result = signInAs.call(QUALITY_MANAGER, () -> triage.assign(List.of(id), fixtures.userId(assessor)));
        assertThat(result.done()).as(result.message()).isTrue();
        Scorecard card = signInAs.call(assessor, () -> assessments.start(id));
        List<ScorecardAnswer> answers = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            boolean unmet = outcomes[i] == Outcome.NOT_MET;
            answers.add(new ScorecardAnswer(card.lines().get(i).standardVersionId(), outcomes[i],
                    unmet ? CustomerImpact.POTENTIAL_DETRIMENT : null, unmet ? "The assessor's note" : null));
        }
        return signInAs.call(assessor, () -> assessments.submit(id, new ScorecardDraft(card.version(),
                "Overall, clear advice.", answers)));
    }

    Scorecard submittedAllMet() throws Exception {
        return submitted(Outcome.MET, Outcome.MET, Outcome.MET, Outcome.MET);
    }

    void rate(int percent) throws Exception {
        signInAs.call(QUALITY_MANAGER, () -> moderation.setRate(month, percent));
    }

    long audited(String action, long caseId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and entity_id = ?", Long.class,
                action, String.valueOf(caseId));
    }

    @Test
    void theRate_defaultsToTen_andIsSetPerMonth_audited() throws Exception {
        assertThat(signInAs.call(QUALITY_MANAGER, () -> moderation.rate(month))).isEqualTo(10);
        rate(35);
        assertThat(signInAs.call(ADMIN, () -> moderation.rate(month))).isEqualTo(35);
        assertThat(signInAs.call(QUALITY_MANAGER, () -> moderation.rate(month.plusMonths(1)))).isEqualTo(10);
        assertThatThrownBy(() -> rate(101)).isInstanceOf(ChangeRefused.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MODERATION_RATE_SET'"
                + " and entity_id = ?", Long.class, month.toString())).isOne();
    }

    @Test
    void atZeroPercent_theAssessorsFirstCaseIsPicked_andTheNextReleasedAtOnce() throws Exception {
        rate(0);
        Scorecard first = submittedAllMet();
        Scorecard second = submittedAllMet();

        assertThat(first.caseStatus()).isEqualTo(CaseStatus.SUBMITTED_FOR_MODERATION);
        assertThat(audited("MODERATION_PICKED", first.caseId())).isOne();
        assertThat(second.caseStatus()).isEqualTo(CaseStatus.RELEASED);
        assertThat(audited("OUTCOME_RELEASED", second.caseId())).isOne();
        assertThat(audited("CASE_RELEASED", second.caseId())).isOne();
        var queue = signInAs.call(QUALITY_MANAGER, () -> moderation.queue(PageRequest.of(0, 500)));
        assertThat(queue).extracting(ModerationItem::caseId).contains(first.caseId())
                .doesNotContain(second.caseId());
    }

    @Test
    void atHundredPercent_everyCaseIsPicked() throws Exception {
        rate(100);
        for (int i = 0; i < 3; i++) {
            assertThat(submittedAllMet().caseStatus()).isEqualTo(CaseStatus.SUBMITTED_FOR_MODERATION);
        }
    }

    @Test
    void theCasesOwnAssessor_mayNotModerateIt_refusedAndAudited() throws Exception {
        Scorecard card = submittedAllMet();
        // The assessor is made a quality manager too: still not their own case.
        jdbc.update("insert into portal_user_role (user_id, role) values (?, ?)", fixtures.userId(assessor),
                Role.QUALITY_MANAGER.name());

        assertThatThrownBy(() -> signInAs.call(assessor, () -> moderation.complete(card.caseId(), List.of())))
                .isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("You assessed case " + card.reference());
        assertThat(audited("MODERATION_REFUSED", card.caseId())).isOne();
        assertThat(signInAs.call(QUALITY_MANAGER, () -> moderation.moderation(card.caseId())).caseStatus())
                .isEqualTo(CaseStatus.SUBMITTED_FOR_MODERATION);
    }

    @Test
    void aQualityManagerWithADeclaredConflict_mayNotModerate_refusedAndAudited() throws Exception {
        Scorecard card = submittedAllMet();
        String conflicted = fixtures.funderStaff(Role.QUALITY_MANAGER, "moderator");
        jdbc.update("insert into assessor_conflict (version, created_at, updated_at, assessor_id, organisation_id,"
                + " reason, declared_by) values (0, now(), now(), ?, ?, 'Used to work there', 'test')",
                fixtures.userId(conflicted), partner.id());

        ModerationCard seen = signInAs.call(conflicted, () -> moderation.moderation(card.caseId()));
        assertThat(seen.mayModerate()).isFalse();
        assertThat(seen.whyNot()).contains("conflict of interest with " + partner.name());
        assertThatThrownBy(() -> signInAs.call(conflicted, () -> moderation.complete(card.caseId(), List.of())))
                .isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("You declared a conflict of interest with " + partner.name());
        assertThat(audited("MODERATION_REFUSED", card.caseId())).isOne();
    }

    @Test
    void aChangedOutcome_isKeptBesideTheAssessors_andTheProviderSeesOnlyTheReleasedModeratedOne() throws Exception {
        Scorecard card = submittedAllMet();
        long id = card.caseId();
        long standard1b = card.lines().get(1).standardVersionId();

        // Before release, the provider sees nothing of it.
        assertThat(signInAs.call(partner.provider(), () -> moderation.releasedMonths())).isEmpty();
        assertThat(signInAs.call(partner.provider(), () -> moderation.countReleased(month))).isZero();
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> moderation.commentary(id)))
                .isInstanceOf(ItemNotFoundException.class);

        // A change without a reason is refused.
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> moderation.complete(id, List.of(
                new ModerationChange(standard1b, Outcome.NOT_MET, CustomerImpact.ACTUAL_DETRIMENT, "Wrong", " ")))))
                .isInstanceOf(ChangeRefused.class).hasMessage("Give the reason for changing standard 1b.");

        ModerationCard done = signInAs.call(QUALITY_MANAGER, () -> moderation.complete(id, List.of(
                new ModerationChange(standard1b, Outcome.NOT_MET, CustomerImpact.ACTUAL_DETRIMENT,
                        "The advice on the council tax arrears was wrong.", "INTERNAL: the assessor missed it"))));

        assertThat(done.caseStatus()).isEqualTo(CaseStatus.RELEASED);
        assertThat(done.moderatedBy()).isEqualTo("Helen Carter");
        ModerationLine line = done.lines().get(1);
        assertThat(line.outcome()).isEqualTo(Outcome.MET);
        assertThat(line.moderatedOutcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(line.reason()).isEqualTo("INTERNAL: the assessor missed it");
        assertThat(done.assessorScore()).startsWith("4 of 4 standards met: 100.0%");
        assertThat(done.moderatedScore()).startsWith("3 of 4 standards met: 75.0%, a pass");
        assertThat(audited("MODERATION_COMPLETED", id)).isOne();
        assertThat(audited("CASE_MODERATED", id)).isOne();
        assertThat(audited("CASE_RELEASED", id)).isOne();
        // The assessor's own outcome is still there, in its own column.
        assertThat(jdbc.queryForObject("select o.outcome from assessment_outcome o join assessment a"
                + " on a.id = o.assessment_id where a.case_sample_id = ? and o.standard_version_id = ?", String.class,
                id, standard1b)).isEqualTo("MET");

        // After release, the provider sees the moderated outcome and never the reason.
        assertThat(signInAs.call(partner.provider(), () -> moderation.releasedMonths())).containsExactly(month);
        assertThat(signInAs.call(partner.provider(), () -> moderation.released(month, PageRequest.of(0, 10))))
                .singleElement().satisfies(row -> {
                    assertThat(row.reference()).isEqualTo(card.reference());
                    assertThat(row.score()).isEqualTo("75.0%");
                    assertThat(row.result()).isEqualTo("Pass");
                });
        CaseCommentary commentary = signInAs.call(partner.provider(), () -> moderation.commentary(id));
        assertThat(commentary.reference()).isEqualTo(card.reference());
        assertThat(commentary.round()).isEqualTo(month);
        assertThat(commentary.commentary()).isEqualTo("Overall, clear advice.");
        assertThat(commentary.unmet()).singleElement().satisfies(unmet -> {
            assertThat(unmet.code()).isEqualTo("1b");
            assertThat(unmet.impact()).isEqualTo(CustomerImpact.ACTUAL_DETRIMENT);
            assertThat(unmet.note()).isEqualTo("The advice on the council tax arrears was wrong.");
        });
        assertThat(commentary.toString()).doesNotContain("INTERNAL");

        // Another organisation's provider reaches it by no id: refused, audited, not found.
        Fixtures.Partner other = fixtures.partner();
        assertThatThrownBy(() -> signInAs.call(other.provider(), () -> moderation.commentary(id)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'READ_COMMENTARY'"
                + " and entity_id = ?", Long.class, String.valueOf(id))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void agreeing_releasesTheAssessorsOutcome_asItStands() throws Exception {
        Scorecard card = submitted(Outcome.MET, Outcome.NOT_MET, Outcome.NOT_APPLICABLE, Outcome.MET);
        ModerationCard done = signInAs.call(QUALITY_MANAGER, () -> moderation.complete(card.caseId(), List.of()));
        assertThat(done.caseStatus()).isEqualTo(CaseStatus.RELEASED);
        assertThat(done.lines()).noneMatch(ModerationLine::changed);
        CaseCommentary commentary = signInAs.call(partner.provider(), () -> moderation.commentary(card.caseId()));
        assertThat(commentary.score()).isEqualTo("66.7%");
        assertThat(commentary.result()).isEqualTo("Fail");
        assertThat(commentary.unmet()).extracting(CaseCommentary.UnmetStandard::note)
                .containsExactly("The assessor's note");
        // Moderated once: a second completion is refused.
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> moderation.complete(card.caseId(), List.of())))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("Helen Carter completed the moderation of case "
                        + card.reference());
    }

    @Test
    void twoQualityManagersCompletingAtOnce_theSecondIsToldWhoCompletedItAndWhen_andNothingOfTheirsIsSaved()
            throws Exception {
        Scorecard card = submittedAllMet();
        long standard1a = card.lines().get(0).standardVersionId();
        String second = fixtures.funderStaff(Role.QUALITY_MANAGER, "moderator");
        var firstHasCompleted = new CountDownLatch(1);
        var firstMayCommit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Helen Carter agrees; her transaction stays open until the second quality manager is waiting.
            Future<ModerationCard> first = pool.submit(() -> signInAs.call(QUALITY_MANAGER,
                    () -> new TransactionTemplate(transactions).execute(status -> {
                        ModerationCard done = moderation.complete(card.caseId(), List.of());
                        firstHasCompleted.countDown();
                        awaitQuietly(firstMayCommit);
                        return done;
                    })));
            assertThat(firstHasCompleted.await(30, TimeUnit.SECONDS)).isTrue();
            Future<ModerationCard> secondTry = pool.submit(() -> signInAs.call(second,
                    () -> moderation.complete(card.caseId(), List.of(new ModerationChange(standard1a,
                            Outcome.NOT_MET, null, "Not tailored", "The second moderator's reason")))));
            waitUntilATransactionWaitsForALock();
            firstMayCommit.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS).caseStatus()).isEqualTo(CaseStatus.RELEASED);
            assertThatThrownBy(() -> secondTry.get(30, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(ChangeRefused.class)
                    .hasMessage("Helen Carter completed the moderation of case " + card.reference() + " on "
                            + DateFormats.dateTime(clock.instant()) + ", so nothing of yours was saved. Reload the "
                            + "page to see the moderated outcome.");
        } finally {
            firstMayCommit.countDown();
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from assessment_outcome o join assessment a on a.id ="
                + " o.assessment_id where a.case_sample_id = ? and o.moderated_outcome is not null", Integer.class,
                card.caseId())).as("the second moderator's change").isZero();
        assertThat(audited("MODERATION_COMPLETED", card.caseId())).isOne();
    }

    /** Until the database shows a transaction waiting for a row lock (at most 20 s; then the test goes on). */
    void waitUntilATransactionWaitsForALock() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (jdbc.queryForObject("select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'",
                    Integer.class) > 0) {
                return;
            }
            Thread.sleep(100);
        }
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
