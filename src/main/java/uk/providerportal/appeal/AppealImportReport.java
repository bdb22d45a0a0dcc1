package uk.providerportal.appeal;

import java.util.List;

/**
 * What an uploaded appeals template did: saved as the draft with {@code standards} appealed standards, or nothing
 * saved and every problem listed, each naming its row and column.
 */
public record AppealImportReport(boolean saved, int standards, List<String> problems) {

    public AppealImportReport {
        problems = List.copyOf(problems);
    }

    static AppealImportReport refused(String problem) {
        return new AppealImportReport(false, 0, List.of(problem));
    }
}
