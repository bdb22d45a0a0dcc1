package uk.providerportal.sla;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.providerportal.base.SpreadsheetRows.Line;
import uk.providerportal.base.SpreadsheetRows.UnreadableFile;
import uk.providerportal.base.SpreadsheetRows;

/**
 * The SLA volumes spreadsheet: written with POI's streaming writer and read with its SAX event reader, so neither
 * direction holds the workbook in memory, whichever program saved the file.
 */
final class SlaSpreadsheet {

    static final List<String> HEADINGS = List.of("Organisation code", "Organisation name", "Month",
            "Monthly volume", "Weekly sample");

    private SlaSpreadsheet() {
    }

    static void write(List<SlaRow> rows, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("SLA volumes");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.size(); i++) {
                header.createCell(i).setCellValue(HEADINGS.get(i));
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (SlaRow row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.organisationCode());
                line.createCell(1).setCellValue(row.organisationName());
                line.createCell(2).setCellValue(row.month().toString());
                if (row.monthlyVolume() != null) {
                    line.createCell(3).setCellValue(row.monthlyVolume());
                }
                if (row.weeklyVolume() != null) {
                    line.createCell(4).setCellValue(row.weeklyVolume());
                }
            }
            int[] widths = {18, 36, 12, 16, 16};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            workbook.write(out);
        }
    }

    /** Streams every row of the first sheet to {@code onLine}, the header included (row 1). */
    static void read(Path file, Consumer<Line> onLine) throws UnreadableFile {
        SpreadsheetRows.read(file, "a spreadsheet of SLA volumes", onLine);
    }

    static YearMonth parseMonth(String text) {
        String value = text.trim();
        for (var format : MONTH_FORMATS) {
            try {
                return YearMonth.parse(value, format);
            } catch (java.time.format.DateTimeParseException ignored) {
                // try the next way of writing a month
            }
        }
        for (var format : DATE_FORMATS) {
            try {
                return YearMonth.from(java.time.LocalDate.parse(value, format));
            } catch (java.time.format.DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        throw new java.time.format.DateTimeParseException("not a month", value, 0);
    }

    private static final List<java.time.format.DateTimeFormatter> MONTH_FORMATS = List.of(
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM"),
            new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM uuuu")
                    .toFormatter(java.util.Locale.UK),
            new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM uuuu")
                    .toFormatter(java.util.Locale.UK),
            new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM-uu")
                    .toFormatter(java.util.Locale.UK),
            java.time.format.DateTimeFormatter.ofPattern("MM/uuuu"));

    private static final List<java.time.format.DateTimeFormatter> DATE_FORMATS = List.of(
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd"),
            java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"),
            java.time.format.DateTimeFormatter.ofPattern("d/M/uu"));
}
