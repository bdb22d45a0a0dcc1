package uk.providerportal.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When an assessor's judgement of a standard stands out from the team's (issue 11, item 10). An assessor is an
 * outlier on a standard when the share of their answers that are "not met" (or, separately, "not applicable")
 * differs from the rest of the team's share by {@value #GAP_POINTS} percentage points or more, and both the assessor
 * and the rest of the team answered that standard at least {@value #MIN_ANSWERS} times in the period. The rest of
 * the team leaves the assessor out, so one busy assessor does not pull the comparison towards themselves; the
 * minimum keeps a handful of cases from flagging chance. Shares are compared exactly (no rounding).
 */
final class OutlierRule {

    static final int GAP_POINTS = 15;
    static final int MIN_ANSWERS = 10;

    private OutlierRule() {
    }

    /** One side of the comparison: answers of one standard that were not met, not applicable, and all of them. */
    record Counts(int notMet, int notApplicable, int total) {
    }

    /** Why the assessor is an outlier on this standard, in words, or null when they are not. */
    static @Nullable String explain(Counts mine, Counts rest) {
        if (mine.total() < MIN_ANSWERS || rest.total() < MIN_ANSWERS) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        String notMet = gap("not met", mine.notMet(), mine.total(), rest.notMet(), rest.total());
        if (notMet != null) {
            reasons.add(notMet);
        }
        String notApplicable = gap("not applicable", mine.notApplicable(), mine.total(), rest.notApplicable(),
                rest.total());
        if (notApplicable != null) {
            reasons.add(notApplicable);
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons) + ".";
    }

    private static @Nullable String gap(String what, int mine, int mineTotal, int rest, int restTotal) {
        // |mine/mineTotal - rest/restTotal| * 100 >= GAP_POINTS, in whole numbers so an exact 15 points counts.
        long difference = (long) mine * restTotal - (long) rest * mineTotal;
        if (Math.abs(difference) * 100 < (long) GAP_POINTS * mineTotal * restTotal) {
            return null;
        }
        BigDecimal points = BigDecimal.valueOf(Math.abs(difference) * 100)
                .divide(BigDecimal.valueOf((long) mineTotal * restTotal), 1, RoundingMode.HALF_UP);
        return "Outlier: " + what + " " + percent(mine, mineTotal) + " of their " + mineTotal + " answers against "
                + percent(rest, restTotal) + " of the rest of the team's " + restTotal + " (" + points.toPlainString()
                + " points " + (difference > 0 ? "higher" : "lower") + ")";
    }

    static String percent(int part, int whole) {
        if (whole == 0) {
            return "–";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .toPlainString() + "%";
    }
}
