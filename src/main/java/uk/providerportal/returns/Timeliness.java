package uk.providerportal.returns;

import java.time.LocalDate;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;

/**
 * Whether a return came on time: judged by its first version's date against its due date, in working days of the
 * organisation's nation. A correction never changes it.
 */
public record Timeliness(Status status, int workingDaysLate, LocalDate dueOn) {

    public enum Status { NOT_YET_DUE, ON_TIME, LATE, MISSING }

    public static Timeliness submitted(LocalDate dueOn, int workingDaysLate) {
        return new Timeliness(workingDaysLate > 0 ? Status.LATE : Status.ON_TIME, workingDaysLate, dueOn);
    }

    public static Timeliness notSubmitted(LocalDate dueOn, LocalDate today) {
        return new Timeliness(today.isAfter(dueOn) ? Status.MISSING : Status.NOT_YET_DUE, 0, dueOn);
    }

    /** "On time", "Late by 2 working days", "Missing (was due on 22 April 2026)" or "Due on 22 April 2026". */
    public String text() {
        return switch (status) {
            case ON_TIME -> "On time";
            case LATE -> "Late by " + Plural.of(workingDaysLate, "working day");
            case MISSING -> "Missing (was due on " + DateFormats.date(dueOn) + ")";
            case NOT_YET_DUE -> "Due on " + DateFormats.date(dueOn);
        };
    }
}
