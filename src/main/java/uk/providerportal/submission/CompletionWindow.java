package uk.providerportal.submission;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;

/** Eligibility (seed 001): a case submitted in month M was completed in M or up to the programme's months before. */
final class CompletionWindow {

    static final String FIELD = "completedOn";

    private CompletionWindow() {
    }

    static @Nullable Problem check(@Nullable LocalDate completedOn, LocalDate today, int monthsBack) {
        if (completedOn == null) {
            return Problem.of(FIELD, "Enter the date the case was completed.");
        }
        if (completedOn.isAfter(today)) {
            return Problem.of(FIELD, "The completion date " + DateFormats.date(completedOn)
                    + " is in the future; enter the date the case was completed.");
        }
        YearMonth month = YearMonth.from(today);
        YearMonth earliest = month.minusMonths(monthsBack);
        if (completedOn.isBefore(earliest.atDay(1))) {
            String allowed = monthsBack == 0 ? "in " + DateFormats.month(today)
                    : "between " + DateFormats.date(earliest.atDay(1)) + " and today";
            return Problem.of(FIELD, "Cases submitted in " + DateFormats.month(today) + " must have been completed "
                    + allowed + "; this one was completed on " + DateFormats.date(completedOn) + ".");
        }
        return null;
    }
}
