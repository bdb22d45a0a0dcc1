package uk.providerportal.cases.ui;

import uk.providerportal.base.DateFormats;
import uk.providerportal.cases.CaseSummary;

/**
 * A case's place in the queue in words, the same in every list of cases (seed 001: late weeks go to the back):
 * "On time: week 2", "Late: week 1, ended 3 March".
 */
public final class CasePriority {

    private CasePriority() {
    }

    public static String of(CaseSummary sample) {
        String week = "week " + sample.sampleWeek() + (sample.rolledOverFrom() == null ? ""
                : " of " + DateFormats.month(sample.folderMonth().atDay(1)) + ", rolled over");
        return sample.late() ? "Late: " + week + ", ended " + DateFormats.dayAndMonth(sample.weekEndsOn())
                : "On time: " + week;
    }
}
