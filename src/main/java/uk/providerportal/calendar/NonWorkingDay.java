package uk.providerportal.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A weekday that is not worked in a nation, or a bank holiday an admin made a working day.
 *
 * @param exceptionId the admin exception behind this entry, if any
 * @param working true when an admin made this bank holiday a working day
 */
public record NonWorkingDay(LocalDate date, String description, Source source, @Nullable Long exceptionId,
                            boolean working) {

    public enum Source { BANK_HOLIDAY, ADMIN }
}
