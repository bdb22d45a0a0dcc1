package uk.providerportal.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.Restatement;

/**
 * How a programme's KPI is judged from a date on (seed 000/002): the KPI target (e.g. 80%), the pass mark a case
 * needs (e.g. 85%), how the KPI is computed, and the thresholds of the four reporting tiers.
 *
 * @param restatement set when this version corrected a month already closed; the service sets it, never the caller
 */
public record KpiPolicy(LocalDate effectiveFrom, BigDecimal kpiTarget, BigDecimal casePassMark, KpiMethod method,
                        BigDecimal goodFrom, BigDecimal nearTargetFrom, BigDecimal needsImprovementFrom,
                        String changedBy, @Nullable Restatement restatement) {

    /** A policy as an admin proposes it. */
    public KpiPolicy(LocalDate effectiveFrom, BigDecimal kpiTarget, BigDecimal casePassMark, KpiMethod method,
                     BigDecimal goodFrom, BigDecimal nearTargetFrom, BigDecimal needsImprovementFrom,
                     String changedBy) {
        this(effectiveFrom, kpiTarget, casePassMark, method, goodFrom, nearTargetFrom, needsImprovementFrom,
                changedBy, null);
    }

    public enum KpiMethod {
        SHARE_OF_CASES_AT_PASS_MARK("Share of assessed cases scoring at or above the pass mark; a case's score is "
                + "met standards over applicable standards");

        private final String description;

        KpiMethod(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** The reporting tier of a KPI value: 4 Good, 3 Near Target, 2 Needs Improvement, 1 Inadequate. */
    public Tier tier(BigDecimal kpi) {
        if (kpi.compareTo(goodFrom) >= 0) {
            return Tier.GOOD;
        }
        if (kpi.compareTo(nearTargetFrom) >= 0) {
            return Tier.NEAR_TARGET;
        }
        if (kpi.compareTo(needsImprovementFrom) >= 0) {
            return Tier.NEEDS_IMPROVEMENT;
        }
        return Tier.INADEQUATE;
    }

    public enum Tier {
        GOOD(4, "Good"), NEAR_TARGET(3, "Near Target"), NEEDS_IMPROVEMENT(2, "Needs Improvement"),
        INADEQUATE(1, "Inadequate");

        private final int level;
        private final String label;

        Tier(int level, String label) {
            this.level = level;
            this.label = label;
        }

        public int level() {
            return level;
        }

        public String label() {
            return level + " " + label;
        }
    }
}
