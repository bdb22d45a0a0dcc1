package uk.providerportal.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The lower bounds of a KPI's tiers: good from {@code goodFrom}, near target from {@code nearTargetFrom}, needs
 * improvement from {@code needsImprovementFrom}, inadequate below it. A figure is rounded half up to one decimal
 * before it is placed, so 95.95% counts as 96.0% and a target of 96% is then met.
 */
public record TierBounds(BigDecimal goodFrom, BigDecimal nearTargetFrom, BigDecimal needsImprovementFrom) {

    public TierBounds {
        if (goodFrom.compareTo(nearTargetFrom) < 0 || nearTargetFrom.compareTo(needsImprovementFrom) < 0) {
            throw new IllegalArgumentException("Tier bounds must fall: good from " + goodFrom + ", near target from "
                    + nearTargetFrom + ", needs improvement from " + needsImprovementFrom);
        }
    }

    public static BigDecimal rounded(BigDecimal figure) {
        return figure.setScale(1, RoundingMode.HALF_UP);
    }

    public KpiTier tier(BigDecimal figure) {
        BigDecimal value = rounded(figure);
        if (value.compareTo(goodFrom) >= 0) {
            return KpiTier.GOOD;
        }
        if (value.compareTo(nearTargetFrom) >= 0) {
            return KpiTier.NEAR_TARGET;
        }
        if (value.compareTo(needsImprovementFrom) >= 0) {
            return KpiTier.NEEDS_IMPROVEMENT;
        }
        return KpiTier.INADEQUATE;
    }
}
