package uk.providerportal.selfassessment;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.SpreadsheetRows;

/**
 * One pass over an uploaded self-assessment template of a month: every row checked, every problem named with its
 * row and column. A row whose outcome is empty changes nothing and is not checked (the template lists every
 * standard, answered or not). The caller saves the entries only when there is no problem at all.
 */
final class SelfAssessmentImport {

    /** More rows than a month of any partner's cases with 40 standards each. */
    static final int MAX_ROWS = 20_000;

    /**
     * A case of the month as the rows are checked against it.
     *
     * @param versionIdByCode the standards of the case's list, by code, with the version each answer is saved against
     * @param recorded what is already recorded, by code
     * @param lockedBecause why the case's self-assessment can no longer be changed, or null
     */
    record MonthCase(long caseId, String reference, Map<String, Long> versionIdByCode,
                     Map<String, Outcome> recorded, @Nullable String lockedBecause) {
    }

    /** Where a reference leads, within the uploading organisation only. */
    interface Cases {
        /** The organisation's case with this reference (ignoring case) filed under the month, or null. */
        @Nullable MonthCase inMonth(String reference);

        /** The month folder of the organisation's live case with this reference filed under another month, or null. */
        @Nullable YearMonth filedElsewhere(String reference);
    }

    /** A checked row: the case, the standard's code as the catalogue writes it, and the outcome. */
    record Entry(int row, MonthCase monthCase, String code, Outcome outcome) {
    }

    private final YearMonth month;
    private final Cases cases;
    private final List<Entry> entries = new ArrayList<>();
    private final List<SelfAssessmentImportReport.Problem> problems = new ArrayList<>();
    private final Map<String, Integer> firstRowOf = new HashMap<>();
    private int rowsRead;
    private int leftBlank;

    SelfAssessmentImport(YearMonth month, Cases cases) {
        this.month = month;
        this.cases = cases;
    }

    SelfAssessmentImport read(Path file) {
        try {
            SelfAssessmentSpreadsheet.read(file, this::accept);
        } catch (SpreadsheetRows.UnreadableFile unreadable) {
            problems.add(new SelfAssessmentImportReport.Problem(0, -1, unreadable.getMessage()));
        }
        finish();
        return this;
    }

    /** Takes one row as read, the headings (row 1) included. */
    void accept(SpreadsheetRows.Line line) {
        if (line.row() == 1) {
            checkHeadings(line);
            return;
        }
        if (line.blank()) {
            return;
        }
        if (line.formulaColumns().isEmpty() && line.cell(SelfAssessmentSpreadsheet.OUTCOME).isEmpty()) {
            leftBlank++;
            return;
        }
        rowsRead++;
        if (rowsRead > MAX_ROWS) {
            if (rowsRead == MAX_ROWS + 1) {
                problems.add(new SelfAssessmentImportReport.Problem(0, -1, "The file has more than "
                        + String.format(Locale.UK, "%,d", MAX_ROWS) + " rows with an outcome; split it into "
                        + "smaller files."));
            }
            return;
        }
        check(line);
    }

    /** After the last row: an upload with nothing to save says so. */
    void finish() {
        if (rowsRead == 0 && problems.isEmpty()) {
            problems.add(new SelfAssessmentImportReport.Problem(0, -1, leftBlank == 0
                    ? "The file has no rows of outcomes under the headings."
                    : "Every row's outcome is empty, so there is nothing to save; choose Met, Not met or Not "
                    + "applicable in the Outcome column of the standards you want to record."));
        }
    }

    private void checkHeadings(SpreadsheetRows.Line line) {
        for (int i = 0; i < SelfAssessmentSpreadsheet.HEADINGS.size(); i++) {
            if (!line.cell(i).equalsIgnoreCase(SelfAssessmentSpreadsheet.HEADINGS.get(i))) {
                problems.add(new SelfAssessmentImportReport.Problem(1, -1, "the headings must be "
                        + String.join(", ", SelfAssessmentSpreadsheet.HEADINGS) + " (download the template)"));
                return;
            }
        }
    }

    private void check(SpreadsheetRows.Line line) {
        int row = line.row();
        if (!line.formulaColumns().isEmpty()) {
            // A formula's cached result is whatever the saving program last computed, or nothing: never a value.
            for (int column : line.formulaColumns()) {
                problem(row, column, "the cell holds a formula; choose or type the value, not a formula");
            }
            return;
        }
        int before = problems.size();
        String reference = line.cell(SelfAssessmentSpreadsheet.REFERENCE);
        MonthCase monthCase = null;
        if (reference.isEmpty()) {
            problem(row, SelfAssessmentSpreadsheet.REFERENCE, "the case reference is missing");
        } else {
            monthCase = cases.inMonth(reference);
            if (monthCase == null) {
                YearMonth elsewhere = cases.filedElsewhere(reference);
                problem(row, SelfAssessmentSpreadsheet.REFERENCE, elsewhere != null
                        ? "case " + reference + " is filed under " + DateFormats.month(elsewhere) + ", not "
                        + DateFormats.month(month) + ": record it with the template of " + DateFormats.month(elsewhere)
                        : "no case of your organisation with reference “" + reference + "” is filed under "
                        + DateFormats.month(month));
            }
        }
        String typedCode = line.cell(SelfAssessmentSpreadsheet.CODE);
        String code = null;
        if (typedCode.isEmpty()) {
            problem(row, SelfAssessmentSpreadsheet.CODE, "the standard code is missing");
        } else if (monthCase != null) {
            code = canonical(monthCase, typedCode);
            if (code == null) {
                problem(row, SelfAssessmentSpreadsheet.CODE, "standard “" + typedCode + "” is not one of the "
                        + "standards case " + monthCase.reference() + " is assessed against");
            }
        }
        String typedOutcome = line.cell(SelfAssessmentSpreadsheet.OUTCOME);
        Outcome outcome = SelfAssessmentSpreadsheet.parseOutcome(typedOutcome);
        if (outcome == null) {
            problem(row, SelfAssessmentSpreadsheet.OUTCOME, "“" + typedOutcome + "” is not an outcome; choose Met, "
                    + "Not met or Not applicable");
        }
        if (monthCase != null && code != null) {
            Integer first = firstRowOf.putIfAbsent(monthCase.caseId() + "/" + code, row);
            if (first != null) {
                problem(row, -1, "duplicate of row " + first + " (case " + monthCase.reference() + ", standard "
                        + code + "); keep one row per case and standard");
            } else if (monthCase.lockedBecause() != null && outcome != null
                    && monthCase.recorded().get(code) != outcome) {
                problem(row, SelfAssessmentSpreadsheet.OUTCOME, monthCase.lockedBecause() + " Remove the case's "
                        + "rows from the file");
            }
        }
        if (problems.size() == before && monthCase != null && code != null && outcome != null
                && monthCase.lockedBecause() == null) {
            entries.add(new Entry(row, monthCase, code, outcome));
        }
    }

    /** The code as the case's list writes it ("1A" is "1a"), or null when it is not on the list. */
    private static @Nullable String canonical(MonthCase monthCase, String typed) {
        for (String code : monthCase.versionIdByCode().keySet()) {
            if (code.equalsIgnoreCase(typed.strip())) {
                return code;
            }
        }
        return null;
    }

    private void problem(int row, int column, String reason) {
        problems.add(new SelfAssessmentImportReport.Problem(row, column, reason));
    }

    boolean ok() {
        return problems.isEmpty();
    }

    List<Entry> entries() {
        return entries;
    }

    List<SelfAssessmentImportReport.Problem> problems() {
        return problems;
    }

    SelfAssessmentImportReport report(int cases, int changed, boolean saved) {
        return new SelfAssessmentImportReport(rowsRead, leftBlank, problems, cases, changed, saved);
    }
}
