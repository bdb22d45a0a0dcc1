package uk.providerportal.returns;

import java.time.LocalDate;
import java.time.YearMonth;

/** A return to remind an organisation of: due within a few working days, or missing after its due date. */
public record ReturnReminder(long organisationId, String organisationName, ReturnType type, YearMonth period,
                             String periodText, LocalDate dueOn, boolean missing) {
}
