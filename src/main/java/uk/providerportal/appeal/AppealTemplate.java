package uk.providerportal.appeal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.FormulaText;
import uk.providerportal.base.SpreadsheetRows;
import uk.providerportal.base.WorkbookStyles;
import uk.providerportal.kpi.KpiFigure;

/**
 * The appeals submission template of a month (issue 13): the first sheet lists every eligible standard of every
 * eligible case with what the assessor found and what the provider self-assessed, and a rationale column, the only
 * one that can be changed (the sheet is protected without a password, against slips rather than intent: every
 * uploaded row is checked anyway); the second sheet sets out the eligibility criteria and why each counted case and
 * unmet standard is or is not eligible. A row with a rationale is an appeal of that standard; an empty one is not.
 * Written with POI's streaming writer and read with its SAX reader.
 */
final class AppealTemplate {

    static final List<String> HEADINGS = List.of("Case reference", "Standard code", "Standard",
            "Customer impact", "Assessor’s note", "Your self-assessment", "Rationale");
    static final int REFERENCE = 0;
    static final int CODE = 1;
    static final int TITLE = 2;
    static final int IMPACT = 3;
    static final int NOTE = 4;
    static final int SELF_ASSESSMENT = 5;
    static final int RATIONALE = 6;

    static final String APPEALS_SHEET = "Appeals";
    static final String CRITERIA_SHEET = "Eligibility criteria";
    static final int MAX_RATIONALE = 4_000;
    /** Far more rows than the unmet standards of a month's cases; a file beyond it is not a filled-in template. */
    static final int MAX_ROWS = 20_000;

    /**
     * What an upload holds: the appealed standards, only when there is no problem at all (the upload is all or
     * nothing), and every problem, each naming its row and column as the spreadsheet program shows them.
     */
    record Read(List<AppealChoice> choices, List<String> problems) {

        Read {
            choices = List.copyOf(choices);
            problems = List.copyOf(problems);
        }

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private AppealTemplate() {
    }

    static String key(long caseId, long standardVersionId) {
        return caseId + ":" + standardVersionId;
    }

    /**
     * Writes the template of the eligibility's month.
     *
     * @param rationales what the draft already says, by {@link #key(long, long)}
     */
    static void write(AppealEligibility eligibility, Map<String, String> rationales, OutputStream out)
            throws IOException {
        try (var workbook = new SXSSFWorkbook(500)) {
            var styles = new WorkbookStyles(workbook);
            writeAppeals(workbook.createSheet(APPEALS_SHEET), styles, eligibility, rationales);
            writeCriteria(workbook.createSheet(CRITERIA_SHEET), styles, eligibility);
            workbook.write(out);
        }
    }

    private static void writeAppeals(SXSSFSheet sheet, WorkbookStyles styles, AppealEligibility eligibility,
                                     Map<String, String> rationales) {
        CellStyle open = sheet.getWorkbook().createCellStyle();
        open.cloneStyleFrom(styles.wrapped);
        open.setLocked(false);
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADINGS.size(); i++) {
            var cell = header.createCell(i);
            cell.setCellStyle(styles.header);
            cell.setCellValue(HEADINGS.get(i));
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (AppealableCase appealable : eligibility.eligibleCases()) {
            for (AppealableStandard standard : appealable.eligibleStandards()) {
                Row row = sheet.createRow(r++);
                text(row, REFERENCE, appealable.reference(), styles.wrapped);
                text(row, CODE, standard.code(), styles.wrapped);
                text(row, TITLE, standard.title(), styles.wrapped);
                text(row, IMPACT, standard.impact() == null ? "" : standard.impact().label(), styles.wrapped);
                text(row, NOTE, standard.assessorNote(), styles.wrapped);
                text(row, SELF_ASSESSMENT, standard.selfAssessment() == null ? "Not recorded"
                        : standard.selfAssessment().label(), styles.wrapped);
                text(row, RATIONALE, rationales.get(key(appealable.caseId(), standard.standardVersionId())), open);
            }
        }
        if (r > 1) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation length = helper.createValidation(helper.createTextLengthConstraint(
                    DataValidationConstraint.OperatorType.LESS_OR_EQUAL, String.valueOf(MAX_RATIONALE), null),
                    new CellRangeAddressList(1, r - 1, RATIONALE, RATIONALE));
            length.setShowErrorBox(true);
            length.setEmptyCellAllowed(true);
            length.createErrorBox("Rationale", "A rationale can be up to "
                    + String.format(Locale.UK, "%,d", MAX_RATIONALE) + " characters long.");
            length.setShowPromptBox(true);
            length.createPromptBox("Rationale", "Why this standard should be found met; leave empty if you do not "
                    + "appeal it.");
            sheet.addValidationData(length);
        }
        widths(sheet, 18, 12, 40, 18, 40, 18, 60);
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private static void writeCriteria(SXSSFSheet sheet, WorkbookStyles styles, AppealEligibility eligibility) {
        String month = DateFormats.month(eligibility.month());
        var titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellStyle(styles.title);
        FormulaText.setText(titleCell, "Appeal eligibility for " + month);
        int r = 2;
        r = fact(sheet, styles.header, r, "Organisation", eligibility.organisationName());
        r = fact(sheet, styles.header, r, "Month", month);
        r = fact(sheet, styles.header, r, "Appeal policy", eligibility.policyName());
        List<String> criteria = eligibility.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            r = fact(sheet, styles.header, r, i == 0 ? "Criteria" : "", criteria.get(i));
        }
        r = fact(sheet, styles.header, r, "KPI", KpiFigure.percent(eligibility.kpi()) + " against a target of "
                + KpiFigure.percent(eligibility.target()) + " (" + eligibility.passing() + " of "
                + eligibility.counted() + " counted cases passed)");
        r = fact(sheet, styles.header, r, "Appeals in scope",
                (eligibility.inScope() ? "Yes: " : "No: ") + eligibility.why());
        r = fact(sheet, styles.header, r, "Appeal window closes",
                DateFormats.date(eligibility.window().closesOn()) + " (end of the day, UK time)");
        r++;
        List<String> headings = List.of("Case reference", "Standard code", "Standard", "Eligible", "Why");
        Row header = sheet.createRow(r++);
        for (int i = 0; i < headings.size(); i++) {
            var cell = header.createCell(i);
            cell.setCellStyle(styles.header);
            cell.setCellValue(headings.get(i));
        }
        for (AppealableCase counted : eligibility.cases()) {
            Row row = sheet.createRow(r++);
            text(row, 0, counted.reference(), styles.wrapped);
            text(row, 2, "Whole case: " + counted.scoreText(), styles.wrapped);
            text(row, 3, counted.eligible() ? "Yes" : "No", styles.wrapped);
            text(row, 4, counted.why(), styles.wrapped);
            for (AppealableStandard standard : counted.unmet()) {
                Row line = sheet.createRow(r++);
                text(line, 0, counted.reference(), styles.wrapped);
                text(line, 1, standard.code(), styles.wrapped);
                text(line, 2, standard.title(), styles.wrapped);
                text(line, 3, standard.eligible() ? "Yes" : "No", styles.wrapped);
                text(line, 4, standard.why(), styles.wrapped);
            }
        }
        widths(sheet, 24, 12, 40, 10, 60);
    }

    /** A label in column A and its value beside it, unwrapped so that a long line runs on across the empty cells. */
    private static int fact(Sheet sheet, CellStyle labelStyle, int r, String label, String value) {
        Row row = sheet.createRow(r);
        var labelCell = row.createCell(0);
        labelCell.setCellStyle(labelStyle);
        FormulaText.setText(labelCell, label);
        FormulaText.setText(row.createCell(1), value);
        return r + 1;
    }

    private static void text(Row row, int column, @Nullable String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellStyle(style);
        FormulaText.setText(cell, value);
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** Reads an uploaded template against the month's eligibility; past-deadline is the service's to check. */
    static Read read(Path file, AppealEligibility eligibility) throws SpreadsheetRows.UnreadableFile {
        var upload = new Upload(eligibility);
        SpreadsheetRows.read(file, "an appeals submission template", upload::accept);
        return upload.finish();
    }

    /** One pass over the rows of an upload. */
    private static final class Upload {
        private final AppealEligibility eligibility;
        private final List<AppealChoice> choices = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final Map<String, Integer> firstRowOf = new HashMap<>();
        private boolean headingsSeen;
        private boolean headingsOk;
        private int rowsRead;

        Upload(AppealEligibility eligibility) {
            this.eligibility = eligibility;
        }

        void accept(SpreadsheetRows.Line line) {
            if (!headingsSeen) {
                // A sheet whose first row is empty starts below row 1: its headings were removed.
                headingsSeen = true;
                headingsOk = line.row() == 1 && headingsOf(line);
                if (!headingsOk) {
                    problems.add("The template’s columns were changed: row 1 must head the columns "
                            + String.join(", ", HEADINGS) + ". Download the template again and copy your "
                            + "rationales into it.");
                }
                if (line.row() == 1) {
                    return;
                }
            }
            if (!headingsOk || line.blank()) {
                return;
            }
            if (line.formulaColumns().isEmpty() && line.cell(RATIONALE).isEmpty()) {
                return;
            }
            rowsRead++;
            if (rowsRead > MAX_ROWS) {
                if (rowsRead == MAX_ROWS + 1) {
                    problems.add("The file has more than " + String.format(Locale.UK, "%,d", MAX_ROWS)
                            + " rows with a rationale, more than any month can be appealed; download the template "
                            + "again.");
                }
                return;
            }
            check(line);
        }

        Read finish() {
            if (problems.isEmpty() && rowsRead == 0) {
                problems.add(headingsOk
                        ? "No rationale was filled in: write a rationale beside each standard you appeal."
                        : "The file is empty: download the template, write a rationale beside each standard you "
                        + "appeal, and upload it.");
            }
            return new Read(problems.isEmpty() ? choices : List.of(), problems);
        }

        private static boolean headingsOf(SpreadsheetRows.Line line) {
            for (int i = 0; i < HEADINGS.size(); i++) {
                if (!line.cell(i).equalsIgnoreCase(HEADINGS.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private void check(SpreadsheetRows.Line line) {
            int row = line.row();
            if (!line.formulaColumns().isEmpty()) {
                // A formula's cached result is whatever the saving program last computed, or nothing: never a value.
                for (int column : line.formulaColumns()) {
                    problems.add("Row " + row + ": " + line.formulaProblem(column, heading(column)));
                }
                return;
            }
            int before = problems.size();
            String reference = line.cell(REFERENCE);
            AppealableCase appealed = null;
            if (reference.isEmpty()) {
                problem(row, REFERENCE, "the case reference is missing");
            } else {
                Optional<AppealableCase> counted = eligibility.caseByReference(reference);
                if (counted.isEmpty()) {
                    problem(row, REFERENCE, "case " + reference + " is not one of the cases counted for "
                            + DateFormats.month(eligibility.month()));
                } else if (!counted.get().eligible()) {
                    problem(row, REFERENCE, "case " + counted.get().reference() + " cannot be appealed: "
                            + counted.get().why());
                } else {
                    appealed = counted.get();
                }
            }
            String code = line.cell(CODE);
            AppealableStandard standard = null;
            if (code.isEmpty()) {
                problem(row, CODE, "the standard code is missing");
            } else if (appealed != null) {
                standard = unmet(appealed, code);
                if (standard == null) {
                    problem(row, CODE, "standard “" + code + "” is not one of the standards case "
                            + appealed.reference() + " did not meet");
                } else if (!standard.eligible()) {
                    problem(row, CODE, "standard " + standard.code() + " of case " + appealed.reference()
                            + " cannot be appealed: " + standard.why());
                    standard = null;
                }
            }
            String rationale = line.cell(RATIONALE);
            if (rationale.length() > MAX_RATIONALE) {
                problem(row, RATIONALE, "the rationale is " + String.format(Locale.UK, "%,d", rationale.length())
                        + " characters long; shorten it to " + String.format(Locale.UK, "%,d", MAX_RATIONALE)
                        + " characters or fewer");
            }
            if (appealed != null && standard != null) {
                Integer first = firstRowOf.putIfAbsent(key(appealed.caseId(), standard.standardVersionId()), row);
                if (first != null) {
                    problems.add("Row " + row + ": case " + appealed.reference() + ", standard " + standard.code()
                            + " is already appealed in row " + first + "; keep one row per case and standard");
                }
            }
            if (problems.size() == before && appealed != null && standard != null) {
                choices.add(new AppealChoice(appealed.caseId(), standard.standardVersionId(), rationale));
            }
        }

        private static @Nullable AppealableStandard unmet(AppealableCase appealed, String code) {
            return appealed.unmet().stream().filter(s -> s.code().equalsIgnoreCase(code.strip())).findFirst()
                    .orElse(null);
        }

        private static String heading(int column) {
            return column < HEADINGS.size() ? HEADINGS.get(column) : "not a template column";
        }

        private void problem(int row, int column, String reason) {
            problems.add("Row " + row + ", column " + SpreadsheetRows.columnName(column) + " (" + heading(column)
                    + "): " + reason);
        }
    }
}
