package uk.providerportal.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.signin.SignInAs;

/**
 * Action plans, intervention levels and assurance reviews on the database (issue 15, items 5 to 7): a level history
 * with a jump from level 1 to level 3, the plan reviewed and commented on with its history and notices, what level 2
 * requires, the remedial-action flags, and tenant isolation. Each test works on partners of its own.
 */
@PortalTest
class PerformanceServiceIT {

    static final String QUALITY_MANAGER = "helen.carter";

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired PerformanceService performance;

    LocalDate today;

    @BeforeEach
    void pinToday() {
        clock.reset();
        today = LocalDate.now(clock.withZone(DateFormats.ZONE));
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    <T> T asManager(Callable<T> work) throws Exception {
        return signInAs.call(QUALITY_MANAGER, work);
    }

    static LevelChange level(InterventionLevel level, LocalDate on, String reason) {
        return new LevelChange(level, on, reason, "", null, null, null);
    }

    static ActionPlanDraft plan(String flightPath) {
        return new ActionPlanDraft(List.of(new ActionPlanDraft.Action("Acknowledge every referral within one working "
                + "day", "Operations lead", "Share of referrals acknowledged within one working day", LocalDate.of(
                2099, 3, 31), ActionStatus.ON_TRACK, List.of(new ActionPlanDraft.Milestone(LocalDate.of(2099, 1, 31),
                "90% acknowledged in time"), new ActionPlanDraft.Milestone(LocalDate.of(2099, 2, 28),
                "95% acknowledged in time")))), flightPath);
    }

    @Test
    void levelHistory_keepsAJumpFromLevel1StraightToLevel3_withTheLetter_andTheProviderSeesIt() throws Exception {
        var partner = fixtures.partner();
        long id = partner.id();
        PerformanceRecord fresh = signInAs.call(partner.provider(), () -> performance.workspace(id));
        assertThat(fresh.level()).isEqualTo(InterventionLevel.STANDARD);
        assertThat(fresh.levels()).isEmpty();

        PerformanceRecord atOne = asManager(() -> performance.setLevel(id, fresh.version(), level(
                InterventionLevel.STANDARD, today.minusDays(60), "Contract start: standard action.")));
        PerformanceRecord atThree = asManager(() -> performance.setLevel(id, atOne.version(), new LevelChange(
                InterventionLevel.INFORMAL, today.minusDays(1), "Job outcomes far below the performance level for "
                + "three months running", "", "Management letter", "ML-2099-07", today.minusDays(1))));

        assertThat(atThree.level()).isEqualTo(InterventionLevel.INFORMAL);
        PerformanceRecord seen = signInAs.call(partner.provider(), () -> performance.workspace(id));
        assertThat(seen.levels()).extracting(LevelRecord::from, LevelRecord::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(InterventionLevel.STANDARD, InterventionLevel.INFORMAL),
                org.assertj.core.groups.Tuple.tuple(InterventionLevel.STANDARD, InterventionLevel.STANDARD));
        LevelRecord jump = seen.levels().getFirst();
        assertThat(jump.decidedBy()).isEqualTo("Helen Carter");
        assertThat(jump.decidedOn()).isEqualTo(today.minusDays(1));
        assertThat(jump.reason()).startsWith("Job outcomes far below");
        assertThat(jump.requiredActions()).isEqualTo(InterventionLevel.INFORMAL.requires());
        assertThat(jump.letter()).isEqualTo(new LevelRecord.Letter("Management letter", "ML-2099-07",
                today.minusDays(1)));
        assertThat(seen.planRequirements()).anyMatch(text -> text.contains("must be enhanced with a flight path"));

        // the same level again is refused, naming the field; a letter needs all three of its parts
        assertThatThrownBy(() -> asManager(() -> performance.setLevel(id, atThree.version(), level(
                InterventionLevel.INFORMAL, today, "Again")))).isInstanceOfSatisfying(ChangeRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("level"));
        assertThatThrownBy(() -> asManager(() -> performance.setLevel(id, atThree.version(), new LevelChange(
                InterventionLevel.FORMAL, today, "Formal", "", "Formal notice", null, null))))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> assertThat(refused.field())
                        .isEqualTo("letterReference"));
        // a stale page cannot overwrite a newer decision
        assertThatThrownBy(() -> asManager(() -> performance.setLevel(id, atOne.version(), level(
                InterventionLevel.ENHANCED, today, "From a stale page")))).isInstanceOf(
                        ObjectOptimisticLockingFailureException.class);

        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'PerformanceContract' and "
                + "entity_id = ? and outcome = 'DONE' order by id", String.class, String.valueOf(id)))
                .containsExactly("INTERVENTION_LEVEL_SET", "INTERVENTION_LEVEL_SET");
        List<Map<String, Object>> mails = jdbc.queryForList("select subject, body from notification_outbox where "
                + "organisation_id = ? and notice_kind = 'INTERVENTION_LEVEL_CHANGED' order by id", id);
        assertThat(mails).hasSize(2);
        assertThat((String) mails.get(1).get("subject")).isEqualTo("Intervention level: Level 3: informal action");
        assertThat((String) mails.get(1).get("body")).contains("/performance/" + id);
    }

    @Test
    void actionPlan_isSavedByTheProvider_commentedOnByTheManager_withEveryVersionKept_andANotice() throws Exception {
        var partner = fixtures.partner();
        long id = partner.id();
        PerformanceRecord first = signInAs.call(partner.provider(), () -> performance.saveActionPlan(id, 0,
                plan("")));
        assertThat(first.planNumber()).isEqualTo(1);
        assertThat(first.plan().actions()).singleElement().satisfies(action -> {
            assertThat(action.owner()).isEqualTo("Operations lead");
            assertThat(action.milestones()).extracting(ActionPlanDraft.Milestone::target)
                    .containsExactly("90% acknowledged in time", "95% acknowledged in time");
        });
        PerformanceRecord commented = asManager(() -> performance.commentOnActionPlan(id, first.version(),
                "Add the weekly check of unacknowledged referrals."));
        PerformanceRecord second = signInAs.call(partner.provider(), () -> performance.saveActionPlan(id,
                commented.version(), plan("")));

        PerformanceRecord seen = signInAs.call(partner.provider(), () -> performance.workspace(id));
        assertThat(seen.latestComment()).hasValueSatisfying(comment -> {
            assertThat(comment.note()).isEqualTo("Add the weekly check of unacknowledged referrals.");
            assertThat(comment.by()).isEqualTo("Helen Carter");
            assertThat(comment.planNumber()).isEqualTo(1);
        });
        assertThat(seen.planHistory()).extracting(PerformanceRecord.PlanHistoryEntry::kind,
                PerformanceRecord.PlanHistoryEntry::planNumber).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PlanEntryKind.SAVED, 2),
                        org.assertj.core.groups.Tuple.tuple(PlanEntryKind.COMMENTED, 1),
                        org.assertj.core.groups.Tuple.tuple(PlanEntryKind.SAVED, 1));
        assertThat(seen.planHistory().getLast().snapshot()).contains("1. Acknowledge every referral within one "
                + "working day (owner: Operations lead", "by 31 January 2099: 90% acknowledged in time");
        // a stale save is refused rather than overwriting the newer version
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> performance.saveActionPlan(id,
                first.version(), plan("")))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where organisation_id = ? and "
                + "notice_kind = 'ACTION_PLAN_COMMENTED'", Integer.class, id)).isEqualTo(1);

        // at level 2 the plan must carry a flight path
        PerformanceRecord atTwo = asManager(() -> performance.setLevel(id, second.version(), level(
                InterventionLevel.ENHANCED, today, "Outcomes below target")));
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> performance.saveActionPlan(id,
                atTwo.version(), plan("")))).isInstanceOfSatisfying(ChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("flightPath");
                    assertThat(refused.getMessage()).contains("Level 2: enhanced action");
                });
        PerformanceRecord enhanced = signInAs.call(partner.provider(), () -> performance.saveActionPlan(id,
                atTwo.version(), plan("January 88%, February 92%, March 96%; pipeline of 40 starts a month")));
        assertThat(enhanced.planRequirements()).noneMatch(text -> text.contains("has none yet"));
        // the provider cannot comment, nor set a level
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> performance.commentOnActionPlan(id,
                enhanced.version(), "Mine"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void assuranceReviews_flagTheThirdConsecutiveLimited_andAPlanNotSubmittedInTime() throws Exception {
        var partner = fixtures.partner();
        long id = partner.id();
        asManager(() -> performance.recordAssuranceReview(id, new NewAssuranceReview(today.minusDays(300),
                AssuranceRating.LIMITED, List.of(new Finding(AssuranceArea.GOVERNANCE, "No fraud risk register")),
                today.minusDays(270))));
        asManager(() -> performance.recordAssuranceReview(id, new NewAssuranceReview(today.minusDays(200),
                AssuranceRating.LIMITED, List.of(new Finding(AssuranceArea.CLAIMS_AND_PAYMENTS,
                "Claims approved by the same person who made them")), today.minusDays(170))));
        PerformanceRecord third = asManager(() -> performance.recordAssuranceReview(id, new NewAssuranceReview(
                today.minusDays(10), AssuranceRating.LIMITED, List.of(new Finding(AssuranceArea.SERVICE_DELIVERY,
                "Starts not recorded on time")), today.plusDays(20))));

        assertThat(third.reviews()).hasSize(3);
        assertThat(third.reviews().getFirst().flags()).anyMatch(flag -> flag.startsWith("A third consecutive weak "
                + "or limited rating"));
        // the first two plans were never submitted and are past their due dates
        assertThat(third.remedialFlags()).filteredOn(flag -> flag.contains("has not been submitted")).hasSize(2);
        // a weak or limited rating needs a due date for its action plan
        assertThatThrownBy(() -> asManager(() -> performance.recordAssuranceReview(id, new NewAssuranceReview(today,
                AssuranceRating.WEAK, List.of(new Finding(AssuranceArea.GOVERNANCE, "x")), null))))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> assertThat(refused.field())
                        .isEqualTo("planDueOn"));

        AssuranceReviewRecord latest = third.reviews().getFirst();
        PerformanceRecord submitted = signInAs.call(partner.provider(), () -> performance.submitAssurancePlan(
                latest.id(), latest.version(), "Record every start on the day it happens; weekly check by the "
                + "operations lead."));
        assertThat(submitted.reviews().getFirst().planSubmittedOn()).isEqualTo(today);
        assertThat(submitted.reviews().getFirst().flags()).noneMatch(flag -> flag.contains("action plan"));
    }

    @Test
    void anotherOrganisationsProvider_cannotRead_orChange_aContract_byItsId() throws Exception {
        var partner = fixtures.partner();
        var stranger = fixtures.partner();
        long id = partner.id();
        PerformanceRecord withReview = asManager(() -> performance.recordAssuranceReview(id, new NewAssuranceReview(
                today, AssuranceRating.LIMITED, List.of(new Finding(AssuranceArea.GOVERNANCE, "Weak oversight")),
                today.plusDays(30))));
        long reviewId = withReview.reviews().getFirst().id();
        long strangerId = fixtures.userId(stranger.provider());

        assertThatThrownBy(() -> signInAs.call(stranger.provider(), () -> performance.workspace(id)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(stranger.provider(), () -> performance.saveActionPlan(id, 0,
                plan("")))).isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(stranger.provider(), () -> performance.submitAssurancePlan(reviewId,
                0, "Not mine"))).isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(stranger.provider(), () -> performance.submitAssurancePlan(
                Long.MAX_VALUE, 0, "Nothing"))).isInstanceOf(ItemNotFoundException.class);
        assertThat(jdbc.queryForList("select action from audit_event where outcome = 'DENIED' and actor_user_id = ?",
                String.class, strangerId)).containsAll(Set.of("READ_PERFORMANCE", "SAVE_ACTION_PLAN",
                "SUBMIT_ASSURANCE_PLAN"));
        assertThat(jdbc.queryForObject("select count(*) from performance_contract where organisation_id = ?",
                Integer.class, id)).isZero();
        assertThat(signInAs.call(partner.provider(), () -> performance.workspace(id)).reviews()).hasSize(1);
    }
}
