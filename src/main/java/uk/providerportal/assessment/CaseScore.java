package uk.providerportal.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;

/**
 * A case's score (seed 000/001, issue 11): standards met over standards met or not met, not-applicable ones left
 * out, as a percentage with one decimal; the case passes when the score reaches the pass mark of the KPI policy in
 * force for its month. A case whose every standard is not applicable has no score: it neither passes nor fails, and
 * the KPI leaves it out of the cases it counts.
 */
public record CaseScore(int met, int notMet, int notApplicable) {

    public enum Result {
        PASS("Pass"), FAIL("Fail"), NO_SCORE("No score");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CaseScore {
        if (met < 0 || notMet < 0 || notApplicable < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    /** The score of these outcomes; standards not yet answered are left out. */
    public static CaseScore of(Collection<@Nullable Outcome> outcomes) {
        int met = 0;
        int notMet = 0;
        int notApplicable = 0;
        for (Outcome outcome : outcomes) {
            if (outcome == null) {
                continue;
            }
            switch (outcome) {
                case MET -> met++;
                case NOT_MET -> notMet++;
                case NOT_APPLICABLE -> notApplicable++;
            }
        }
        return new CaseScore(met, notMet, notApplicable);
    }

    public int answered() {
        return met + notMet + notApplicable;
    }

    /** True when at least one standard was met or not met, so there is a score. */
    public boolean scored() {
        return met + notMet > 0;
    }

    /** The score to one decimal (84.6), rounded half up; null when every answered standard is not applicable. */
    public @Nullable BigDecimal percent() {
        if (!scored()) {
            return null;
        }
        return BigDecimal.valueOf(met).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf((long) met + notMet), 1, RoundingMode.HALF_UP);
    }

    /** Pass when the score (as shown, to one decimal) is at least the pass mark; no score is neither. */
    public Result result(BigDecimal passMark) {
        BigDecimal percent = percent();
        if (percent == null) {
            return Result.NO_SCORE;
        }
        return percent.compareTo(passMark) >= 0 ? Result.PASS : Result.FAIL;
    }

    /** "85.0%", or the reason there is none. */
    public String percentText() {
        BigDecimal percent = percent();
        return percent == null ? NO_SCORE_TEXT : oneDecimal(percent) + "%";
    }

    /** "17 of 20 standards met: 85.0%, a pass (pass mark 85%)". */
    public String describe(@Nullable BigDecimal passMark) {
        BigDecimal percent = percent();
        if (percent == null) {
            return NO_SCORE_TEXT;
        }
        String score = met + " of " + (met + notMet) + (met + notMet == 1 ? " standard" : " standards") + " met: "
                + oneDecimal(percent) + "%";
        if (passMark == null) {
            return score + " (no KPI policy sets a pass mark for this month)";
        }
        return score + ", " + (result(passMark) == Result.PASS ? "a pass" : "a fail") + " (pass mark "
                + wholeOrDecimal(passMark) + "%)";
    }

    public static final String NO_SCORE_TEXT = "No score: every standard was not applicable";

    static String oneDecimal(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(DateFormats.LOCALE));
        return format.format(Objects.requireNonNull(value));
    }

    static String wholeOrDecimal(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : value.stripTrailingZeros().toPlainString();
    }
}
