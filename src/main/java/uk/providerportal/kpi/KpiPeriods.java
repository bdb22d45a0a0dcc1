package uk.providerportal.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.providerportal.policy.KpiPolicy;

/**
 * The four period figures of a month (issue 12, item 2): in month from the month's own counts; rolling 3, rolling 12
 * and cumulative by adding the case counts of the months they cover (the published in-month counts of earlier months),
 * never by averaging percentages. Every period is judged against the month's own policy (target and tiers).
 */
final class KpiPeriods {

    private KpiPeriods() {
    }

    static List<KpiFigure> figures(YearMonth month, MonthCounts inMonth, Map<YearMonth, MonthCounts> earlier,
                                   KpiPolicy policy) {
        List<KpiFigure> figures = new ArrayList<>();
        for (KpiPeriod period : KpiPeriod.values()) {
            MonthCounts total = inMonth;
            for (var entry : earlier.entrySet()) {
                YearMonth other = entry.getKey();
                if (other.isBefore(month) && covers(period, month, other)) {
                    total = total.plus(entry.getValue());
                }
            }
            figures.add(KpiFigure.of(period, total.counted(), total.passing(), total.scoreTotal(), total.detriment(),
                    policy));
        }
        return figures;
    }

    private static boolean covers(KpiPeriod period, YearMonth month, YearMonth other) {
        return period == KpiPeriod.CUMULATIVE || !other.isBefore(month.minusMonths(period.months() - 1L));
    }
}
