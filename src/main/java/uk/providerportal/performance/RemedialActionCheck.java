package uk.providerportal.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;

/**
 * The circumstances in which remedial action may be taken after assurance reviews (guidance 002, 11.52): after a weak
 * or limited rating, a later rating the same or worse for the same reasons; a third consecutive weak or limited
 * rating, whatever the reasons; an action plan not submitted within the agreed timescale. Pure: it reads the reviews
 * and today, and says which conditions hold, in words.
 */
public final class RemedialActionCheck {

    /** What the rule needs of one review. */
    public record Review(LocalDate reviewedOn, AssuranceRating rating, Set<AssuranceArea> areas,
                         @Nullable LocalDate planDueOn, @Nullable LocalDate planSubmittedOn) {
    }

    /** One condition for remedial action, on the review that meets it. */
    public record Flag(LocalDate reviewedOn, Condition condition, String reason) {
    }

    public enum Condition { SAME_OR_WORSE_FOR_SAME_REASONS, THIRD_CONSECUTIVE_WEAK_OR_LIMITED, PLAN_NOT_IN_TIME }

    private RemedialActionCheck() {
    }

    /** The flags of every review, oldest review first. */
    public static List<Flag> flags(List<Review> reviews, LocalDate today) {
        List<Review> inOrder = reviews.stream().sorted(Comparator.comparing(Review::reviewedOn)).toList();
        List<Flag> flags = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            Review review = inOrder.get(i);
            if (i >= 1) {
                Review previous = inOrder.get(i - 1);
                Set<AssuranceArea> same = EnumSet.noneOf(AssuranceArea.class);
                same.addAll(review.areas());
                same.retainAll(previous.areas());
                if (previous.rating().weakOrLimited() && review.rating().sameOrWorseThan(previous.rating())
                        && !same.isEmpty()) {
                    flags.add(new Flag(review.reviewedOn(), Condition.SAME_OR_WORSE_FOR_SAME_REASONS,
                            "Rated " + lower(review.rating()) + " after " + lower(previous.rating()) + " on "
                            + DateFormats.date(previous.reviewedOn()) + ", the same or worse, for the same reasons: "
                            + same.stream().map(AssuranceArea::label).collect(Collectors.joining(", "))
                            + ". Remedial action may be taken."));
                }
            }
            if (i >= 2 && review.rating().weakOrLimited() && inOrder.get(i - 1).rating().weakOrLimited()
                    && inOrder.get(i - 2).rating().weakOrLimited()) {
                flags.add(new Flag(review.reviewedOn(), Condition.THIRD_CONSECUTIVE_WEAK_OR_LIMITED,
                        "A third consecutive weak or limited rating (" + lower(inOrder.get(i - 2).rating()) + ", "
                        + lower(inOrder.get(i - 1).rating()) + ", " + lower(review.rating()) + "), whatever the "
                        + "reasons. Remedial action may be taken."));
            }
            LocalDate due = review.planDueOn();
            LocalDate submitted = review.planSubmittedOn();
            if (due != null && submitted == null && today.isAfter(due)) {
                flags.add(new Flag(review.reviewedOn(), Condition.PLAN_NOT_IN_TIME, "The action plan was due on "
                        + DateFormats.date(due) + " and has not been submitted. Remedial action may be taken."));
            } else if (due != null && submitted != null && submitted.isAfter(due)) {
                flags.add(new Flag(review.reviewedOn(), Condition.PLAN_NOT_IN_TIME, "The action plan was due on "
                        + DateFormats.date(due) + " but submitted late, on " + DateFormats.date(submitted)
                        + ". Remedial action may be taken."));
            }
        }
        return flags;
    }

    private static String lower(AssuranceRating rating) {
        return rating.label().toLowerCase(DateFormats.LOCALE);
    }
}
