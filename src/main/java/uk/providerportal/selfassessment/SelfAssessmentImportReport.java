package uk.providerportal.selfassessment;

import java.util.List;
import uk.providerportal.base.SpreadsheetRows;

/**
 * What a self-assessment upload contained and what is wrong with it, row by row (row numbers and column letters as
 * the spreadsheet program shows them). Nothing is saved while there is any problem.
 *
 * @param rowsRead the rows with an outcome filled in, each checked
 * @param leftBlank the rows whose outcome was empty: they change nothing and are not checked
 * @param cases how many cases the saved rows belong to
 * @param changed how many answers the saved rows changed (the rest were already recorded)
 */
public record SelfAssessmentImportReport(int rowsRead, int leftBlank, List<Problem> problems, int cases,
                                         int changed, boolean saved) {

    public SelfAssessmentImportReport {
        problems = List.copyOf(problems);
    }

    /**
     * A problem in one cell ({@code column} 0-based), in a row as a whole ({@code column} -1), or in the file as a
     * whole ({@code row} 0).
     */
    public record Problem(int row, int column, String reason) {

        public String message() {
            if (row == 0) {
                return reason;
            }
            if (column < 0) {
                return "Row " + row + ": " + reason;
            }
            return "Row " + row + ", column " + SpreadsheetRows.columnName(column) + " ("
                    + (column < SelfAssessmentSpreadsheet.HEADINGS.size()
                    ? SelfAssessmentSpreadsheet.HEADINGS.get(column) : "not a template column") + "): " + reason;
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public static SelfAssessmentImportReport refused(String reason) {
        return new SelfAssessmentImportReport(0, 0, List.of(new Problem(0, -1, reason)), 0, 0, false);
    }
}
