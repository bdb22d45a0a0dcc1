package uk.providerportal.appeal;

import java.time.Instant;
import java.time.LocalDate;
import uk.providerportal.organisation.Nation;

/**
 * The appeal window of an organisation's month: {@code workingDays} working days in the organisation's nation from
 * the month's first KPI publication, closing at the end of {@code closesOn} (UK time), that is at {@code closesAt}.
 *
 * @param daysLeft working days left after today (0 on the closing day and after)
 */
public record AppealWindow(LocalDate firstPublished, int workingDays, Nation nation, LocalDate closesOn,
                           Instant closesAt, boolean open, int daysLeft) {
}
