package uk.providerportal.returns;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;

/**
 * A contract KPI over one period (the month or latest quarter, rolling 3 or 12 months, cumulative): the value from
 * summed counts, its tier and whether the target is met. Without figures there is no value and no tier.
 *
 * @param basis the counts behind it in words, e.g. "287 of 290"
 */
public record KpiPeriodFigure(String period, @Nullable BigDecimal value, KpiMeasure measure, @Nullable KpiTier tier,
                              boolean targetMet, String basis) {

    public static final String NO_FIGURES = "No figures";

    /** "98.9%: Good, target met (287 of 290)", or "No figures". Tier and target in words, never colour alone. */
    public String text() {
        if (value == null || tier == null) {
            return NO_FIGURES;
        }
        return valueText() + ": " + tier.label() + ", target " + (targetMet ? "met" : "not met") + " (" + basis + ")";
    }

    public String valueText() {
        if (value == null) {
            return NO_FIGURES;
        }
        return measure == KpiMeasure.PERCENTAGE ? value.toPlainString() + "%"
                : String.format(DateFormats.LOCALE, "%,.1f", value);
    }
}
