package uk.providerportal.submission;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.SpreadsheetRows;
import uk.providerportal.cases.AdviceChannel;

/**
 * The bulk submission manifest: one row per case with the names of its case record files, uploaded together with
 * those files. Read row by row (never whole in memory); every cell problem names its row.
 */
final class CaseManifest {

    static final List<String> HEADINGS = List.of("Case reference", "Advice channel", "Completed on",
            "Linked call minutes", "Case record files");

    /** One case row as read, with problems found while reading its cells. */
    record Row(int row, String reference, @Nullable AdviceChannel channel, @Nullable LocalDate completedOn,
               String callMinutes, List<String> fileNames, List<Problem> problems) {
    }

    /** The rows, or the reason the manifest as a whole could not be read. */
    record Read(List<Row> rows, @Nullable String problem) {
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd"),
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d/M/uu"),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(Locale.UK),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM uuuu").toFormatter(Locale.UK));

    private CaseManifest() {
    }

    static Read read(Path file, int maxRows) {
        List<Row> rows = new ArrayList<>();
        String[] problem = {null};
        try {
            SpreadsheetRows.read(file, "a manifest of case samples", line -> {
                if (problem[0] != null) {
                    return;
                }
                if (line.row() == 1) {
                    for (int i = 0; i < HEADINGS.size(); i++) {
                        if (!line.cell(i).equalsIgnoreCase(HEADINGS.get(i))) {
                            problem[0] = "Row 1 must have the headings " + String.join(", ", HEADINGS)
                                    + " (download the template).";
                            return;
                        }
                    }
                    return;
                }
                if (line.blank()) {
                    return;
                }
                if (rows.size() == maxRows) {
                    problem[0] = "The manifest has more than " + maxRows + " cases; split it into several.";
                    return;
                }
                rows.add(row(line));
            });
        } catch (SpreadsheetRows.UnreadableFile unreadable) {
            return new Read(List.of(), unreadable.getMessage());
        }
        return new Read(problem[0] == null ? rows : List.of(), problem[0]);
    }

    /** The form field each manifest column fills, so a refusal shows beside the same rule as on the form. */
    private static final List<String> FIELDS = List.of(CaseReferenceRule.FIELD, "channel", CompletionWindow.FIELD,
            LinkedCallLimit.FIELD, CaseRecordCheck.FIELD);

    private static Row row(SpreadsheetRows.Line line) {
        List<Problem> problems = new ArrayList<>();
        // A formula's cached result is whatever the saving program last computed, or nothing: never a value.
        for (int column : line.formulaColumns()) {
            String heading = column < HEADINGS.size() ? HEADINGS.get(column) : "not a manifest column";
            String field = column < FIELDS.size() ? FIELDS.get(column) : CaseReferenceRule.FIELD;
            String reason = line.formulaProblem(column, heading);
            problems.add(Problem.of(field, Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + "."));
        }
        AdviceChannel channel = null;
        if (!line.cell(1).isBlank() && !line.hasFormula(1)) {
            channel = AdviceChannel.parse(line.cell(1)).orElse(null);
            if (channel == null) {
                problems.add(Problem.of("channel", "“" + line.cell(1) + "” is not an advice channel; use one of "
                        + String.join(", ", Arrays.stream(AdviceChannel.values()).map(AdviceChannel::label).toList())
                        + "."));
            }
        }
        LocalDate completed = null;
        if (!line.cell(2).isBlank() && !line.hasFormula(2)) {
            completed = date(line.cell(2));
            if (completed == null) {
                problems.add(Problem.of(CompletionWindow.FIELD, "“" + line.cell(2) + "” is not a date; write it "
                        + "like 3 November 2026 or 2026-11-03."));
            }
        }
        List<String> files = line.hasFormula(4) ? List.of() : Arrays.stream(line.cell(4).split("[;\\n]"))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
        return new Row(line.row(), line.hasFormula(0) ? "" : line.cell(0), channel, completed,
                line.hasFormula(3) ? "" : line.cell(3), files, problems);
    }

    private static @Nullable LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    static void writeTemplate(OutputStream out, LocalDate today) throws IOException {
        try (var workbook = new SXSSFWorkbook(50)) {
            SXSSFSheet sheet = workbook.createSheet("Cases");
            var header = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                header.createCell(i).setCellValue(HEADINGS.get(i));
            }
            sheet.createFreezePane(0, 1);
            var example = sheet.createRow(1);
            example.createCell(0).setCellValue("EXAMPLE-001 (replace this row)");
            example.createCell(1).setCellValue(AdviceChannel.TELEPHONE.label());
            example.createCell(2).setCellValue(DateFormats.date(today));
            example.createCell(3).setCellValue("45, 60, 30");
            example.createCell(4).setCellValue("case-record.pdf; call-notes.docx");
            int[] widths = {30, 18, 20, 22, 50};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            workbook.write(out);
        }
    }
}
