package uk.providerportal.sla;

import java.util.List;

/**
 * What an SLA spreadsheet contains and what is wrong with it, row by row (row numbers as the spreadsheet
 * program shows them). Nothing is saved while there is any problem.
 *
 * @param rowsRead the rows with volumes filled in, each checked (and saved if the file is right)
 * @param leftBlank the rows whose volumes were both empty: "no change" for that organisation-month, not checked
 * @param saved whether the rows were saved; false for a validation-only run or a refused file
 */
public record SlaImportReport(int rowsRead, int leftBlank, List<Problem> problems, int changed, int unchanged,
                              boolean saved) {

    /** A problem in one row, or in the file as a whole (row 0). */
    public record Problem(int row, String reason) {

        public String message() {
            return row == 0 ? reason : "Row " + row + ": " + reason;
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public static SlaImportReport refused(String reason) {
        return new SlaImportReport(0, 0, List.of(new Problem(0, reason)), 0, 0, false);
    }
}
