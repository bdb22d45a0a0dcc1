package uk.providerportal.selfassessment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.base.FormulaText;
import uk.providerportal.base.SpreadsheetRows;

/**
 * The self-assessment template of a month: one row per case and standard (case reference, standard code, the
 * standard's wording, outcome), pre-filled with what is already recorded. Only the outcome column can be changed,
 * from a drop-down list of the three outcomes; the sheet is protected without a password, against slips rather than
 * intent (every uploaded row is checked anyway). Written with POI's streaming writer and read with its SAX reader.
 */
final class SelfAssessmentSpreadsheet {

    static final List<String> HEADINGS = List.of("Case reference", "Standard code", "Standard", "Outcome");
    static final int REFERENCE = 0;
    static final int CODE = 1;
    static final int WORDING = 2;
    static final int OUTCOME = 3;

    /** One row of the template. */
    record Line(String reference, String code, String wording, @Nullable Outcome outcome) {
    }

    private SelfAssessmentSpreadsheet() {
    }

    static void write(List<Line> lines, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(500)) {
            SXSSFSheet sheet = workbook.createSheet("Self-assessment");
            CellStyle locked = workbook.createCellStyle();
            locked.setLocked(true);
            locked.setWrapText(true);
            // Text that starts like a formula is written as a text cell with a quote prefix, so that editing the
            // cell in a spreadsheet program never turns it into a formula.
            CellStyle lockedQuoted = workbook.createCellStyle();
            lockedQuoted.cloneStyleFrom(locked);
            lockedQuoted.setQuotePrefixed(true);
            CellStyle open = workbook.createCellStyle();
            open.setLocked(false);
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            heading.setLocked(true);

            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(HEADINGS.get(i));
                cell.setCellStyle(heading);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                text(row, REFERENCE, line.reference(), locked, lockedQuoted);
                text(row, CODE, line.code(), locked, lockedQuoted);
                text(row, WORDING, line.wording(), locked, lockedQuoted);
                var outcome = row.createCell(OUTCOME);
                outcome.setCellStyle(open);
                if (line.outcome() != null) {
                    outcome.setCellValue(line.outcome().label());
                }
            }
            if (!lines.isEmpty()) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidation choice = helper.createValidation(helper.createExplicitListConstraint(
                        java.util.Arrays.stream(Outcome.values()).map(Outcome::label).toArray(String[]::new)),
                        new CellRangeAddressList(1, lines.size(), OUTCOME, OUTCOME));
                choice.setShowErrorBox(true);
                choice.setEmptyCellAllowed(true);
                choice.createErrorBox("Outcome", "Choose Met, Not met or Not applicable from the list.");
                choice.setShowPromptBox(true);
                choice.createPromptBox("Outcome", "Met, Not met or Not applicable; leave empty if not answered yet.");
                sheet.addValidationData(choice);
            }
            int[] widths = {20, 14, 60, 18};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            workbook.write(out);
        }
    }

    private static void text(Row row, int column, String value, CellStyle plain, CellStyle quoted) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(FormulaText.startsLikeFormula(value) ? quoted : plain);
    }

    /** Streams every row of the first sheet to {@code onLine}, the header included (row 1). */
    static void read(Path file, Consumer<SpreadsheetRows.Line> onLine) throws SpreadsheetRows.UnreadableFile {
        SpreadsheetRows.read(file, "a self-assessment", onLine);
    }

    /** One of the three outcomes as the drop-down list writes them, ignoring case and extra spaces; else null. */
    static @Nullable Outcome parseOutcome(String text) {
        String words = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
        for (Outcome outcome : Outcome.values()) {
            if (outcome.label().toLowerCase(Locale.UK).equals(words)) {
                return outcome;
            }
        }
        return null;
    }
}
