package uk.providerportal.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;
import uk.providerportal.policy.KpiPolicy;

/**
 * One period's KPI: of the counted cases, how many pass, as a percentage to one decimal; the average case score;
 * unmet standards with actual detriment. With no counted case there is no KPI, no tier and the target is not met.
 *
 * @param scoreTotal the sum of the counted cases' scores, kept so rolling periods average cases, not months
 */
public record KpiFigure(KpiPeriod period, int casesCounted, int casesPassing, BigDecimal scoreTotal,
                        int actualDetriment, BigDecimal target, @Nullable BigDecimal kpiPercent,
                        @Nullable BigDecimal averageScore, boolean targetMet, KpiPolicy.@Nullable Tier tier) {

    public static final String NO_CASES = "No cases counted";

    /** The figure of these counts under the policy: KPI and average rounded half up to one decimal. */
    public static KpiFigure of(KpiPeriod period, int counted, int passing, BigDecimal scoreTotal, int detriment,
                               KpiPolicy policy) {
        if (counted == 0) {
            return new KpiFigure(period, 0, 0, BigDecimal.ZERO, detriment, policy.kpiTarget(), null, null, false,
                    null);
        }
        BigDecimal kpi = BigDecimal.valueOf(passing).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
        BigDecimal average = scoreTotal.divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
        return new KpiFigure(period, counted, passing, scoreTotal, detriment, policy.kpiTarget(), kpi, average,
                kpi.compareTo(policy.kpiTarget()) >= 0, policy.tier(kpi));
    }

    /** "80.0%", or "No cases counted". */
    public String kpiText() {
        return kpiPercent == null ? NO_CASES : percent(kpiPercent);
    }

    /** "82.4%", or a dash. */
    public String averageText() {
        return averageScore == null ? "–" : percent(averageScore);
    }

    /** "Met", "Not met", or "No cases counted". */
    public String targetText() {
        return kpiPercent == null ? NO_CASES : targetMet ? "Met" : "Not met";
    }

    /** "4 Good", or a dash without a KPI. */
    public String tierText() {
        return tier == null ? "–" : tier.label();
    }

    /** "16 of 20 cases passed". */
    public String countsText() {
        return casesPassing + " of " + casesCounted + (casesCounted == 1 ? " case" : " cases") + " passed";
    }

    public static String percent(BigDecimal value) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(DateFormats.LOCALE)).format(value) + "%";
    }
}
