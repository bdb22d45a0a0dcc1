package uk.providerportal.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.providerportal.performance.AssuranceArea.CLAIMS_AND_PAYMENTS;
import static uk.providerportal.performance.AssuranceArea.GOVERNANCE;
import static uk.providerportal.performance.AssuranceArea.SERVICE_DELIVERY;
import static uk.providerportal.performance.AssuranceRating.LIMITED;
import static uk.providerportal.performance.AssuranceRating.REASONABLE;
import static uk.providerportal.performance.AssuranceRating.STRONG;
import static uk.providerportal.performance.AssuranceRating.WEAK;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import uk.providerportal.performance.RemedialActionCheck.Condition;
import uk.providerportal.performance.RemedialActionCheck.Flag;

/** The conditions for remedial action after assurance reviews (guidance 002, 11.52). */
class RemedialActionCheckTest {

    static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

    static RemedialActionCheck.Review review(String on, AssuranceRating rating, Set<AssuranceArea> areas) {
        return review(on, rating, areas, null, null);
    }

    static RemedialActionCheck.Review review(String on, AssuranceRating rating, Set<AssuranceArea> areas,
                                             @Nullable String due, @Nullable String submitted) {
        return new RemedialActionCheck.Review(LocalDate.parse(on), rating, areas,
                due == null ? null : LocalDate.parse(due), submitted == null ? null : LocalDate.parse(submitted));
    }

    static List<Condition> conditions(List<RemedialActionCheck.Review> reviews) {
        return RemedialActionCheck.flags(reviews, TODAY).stream().map(Flag::condition).toList();
    }

    @Test
    void limitedThenLimited_forTheSameReason_isFlagged_namingTheReason() {
        var flags = RemedialActionCheck.flags(List.of(
                review("2026-01-10", LIMITED, Set.of(SERVICE_DELIVERY)),
                review("2026-07-10", LIMITED, Set.of(SERVICE_DELIVERY, GOVERNANCE))), TODAY);
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.condition()).isEqualTo(Condition.SAME_OR_WORSE_FOR_SAME_REASONS);
            assertThat(flag.reviewedOn()).isEqualTo(LocalDate.of(2026, 7, 10));
            assertThat(flag.reason()).isEqualTo("Rated limited after limited on 10 January 2026, the same or worse, "
                    + "for the same reasons: Service delivery. Remedial action may be taken.");
        });
    }

    @Test
    void limitedThenWeak_forTheSameReason_isFlagged() {
        assertThat(conditions(List.of(review("2026-01-10", LIMITED, Set.of(GOVERNANCE)),
                review("2026-07-10", WEAK, Set.of(GOVERNANCE))))).containsExactly(
                        Condition.SAME_OR_WORSE_FOR_SAME_REASONS);
    }

    @Test
    void limitedThenLimited_forOtherReasons_isNotFlagged() {
        assertThat(conditions(List.of(review("2026-01-10", LIMITED, Set.of(GOVERNANCE)),
                review("2026-07-10", LIMITED, Set.of(CLAIMS_AND_PAYMENTS))))).isEmpty();
    }

    @Test
    void weakThenLimited_isBetter_andNotFlagged() {
        assertThat(conditions(List.of(review("2026-01-10", WEAK, Set.of(GOVERNANCE)),
                review("2026-07-10", LIMITED, Set.of(GOVERNANCE))))).isEmpty();
    }

    @Test
    void reasonableThenReasonable_forTheSameReason_isNotFlagged_theRuleFollowsWeakOrLimitedOnly() {
        assertThat(conditions(List.of(review("2026-01-10", REASONABLE, Set.of(GOVERNANCE)),
                review("2026-07-10", REASONABLE, Set.of(GOVERNANCE))))).isEmpty();
    }

    @Test
    void thirdConsecutiveWeakOrLimited_isFlagged_whateverTheReasons() {
        var flags = RemedialActionCheck.flags(List.of(
                review("2026-01-10", LIMITED, Set.of(GOVERNANCE)),
                review("2026-05-10", WEAK, Set.of(SERVICE_DELIVERY)),
                review("2026-09-10", LIMITED, Set.of(CLAIMS_AND_PAYMENTS))), TODAY);
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.condition()).isEqualTo(Condition.THIRD_CONSECUTIVE_WEAK_OR_LIMITED);
            assertThat(flag.reason()).startsWith("A third consecutive weak or limited rating (limited, weak, "
                    + "limited)");
        });
    }

    @Test
    void aReasonableRatingBetween_breaksTheRun() {
        assertThat(conditions(List.of(review("2026-01-10", LIMITED, Set.of(GOVERNANCE)),
                review("2026-03-10", REASONABLE, Set.of(SERVICE_DELIVERY)),
                review("2026-05-10", LIMITED, Set.of(CLAIMS_AND_PAYMENTS)),
                review("2026-09-10", STRONG, Set.of(GOVERNANCE))))).isEmpty();
    }

    @Test
    void reviewsGivenOutOfOrder_areReadInDateOrder() {
        assertThat(conditions(List.of(review("2026-09-10", LIMITED, Set.of(CLAIMS_AND_PAYMENTS)),
                review("2026-01-10", LIMITED, Set.of(GOVERNANCE)),
                review("2026-05-10", LIMITED, Set.of(SERVICE_DELIVERY))))).containsExactly(
                        Condition.THIRD_CONSECUTIVE_WEAK_OR_LIMITED);
    }

    @Test
    void actionPlanPastItsDueDate_notSubmitted_isFlagged_butNotOnItsDueDate() {
        assertThat(RemedialActionCheck.flags(List.of(review("2027-05-01", LIMITED, Set.of(GOVERNANCE), "2027-05-31",
                null)), TODAY)).singleElement().satisfies(flag -> assertThat(flag.reason()).isEqualTo("The action "
                        + "plan was due on 31 May 2027 and has not been submitted. Remedial action may be taken."));
        assertThat(RemedialActionCheck.flags(List.of(review("2027-05-01", LIMITED, Set.of(GOVERNANCE), "2027-06-01",
                null)), TODAY)).isEmpty();
    }

    @Test
    void actionPlanSubmittedLate_isFlagged_inTime_isNot() {
        assertThat(conditions(List.of(review("2027-01-01", LIMITED, Set.of(GOVERNANCE), "2027-02-01",
                "2027-02-02")))).containsExactly(Condition.PLAN_NOT_IN_TIME);
        assertThat(conditions(List.of(review("2027-01-01", LIMITED, Set.of(GOVERNANCE), "2027-02-01",
                "2027-02-01")))).isEmpty();
    }
}
