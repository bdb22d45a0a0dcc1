package uk.providerportal.submission;

import java.time.LocalDate;
import uk.providerportal.base.DateFormats;

/** One assessment week of a month: a Monday-to-Sunday week's working days that fall in the month. */
public record AssessmentWeek(int number, LocalDate startsOn, LocalDate endsOn) {

    public String label() {
        return "Week " + number + " (" + DateFormats.dayAndMonth(startsOn)
                + (startsOn.equals(endsOn) ? "" : " to " + DateFormats.dayAndMonth(endsOn)) + ")";
    }
}
