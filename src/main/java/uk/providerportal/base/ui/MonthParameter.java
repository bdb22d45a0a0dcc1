package uk.providerportal.base.ui;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page's optional month in its address ("kpi/2026-03"): one of the months offered, else the first (newest). */
public final class MonthParameter {

    private MonthParameter() {
    }

    public static @Nullable YearMonth chosen(@Nullable String parameter, List<YearMonth> offered) {
        YearMonth chosen = null;
        if (parameter != null) {
            try {
                chosen = YearMonth.parse(parameter);
            } catch (DateTimeParseException notAMonth) {
                chosen = null;
            }
        }
        if (chosen == null || !offered.contains(chosen)) {
            chosen = offered.isEmpty() ? null : offered.getFirst();
        }
        return chosen;
    }
}
