package uk.providerportal.sla;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The SLA volumes spreadsheet: written with POI's streaming writer and read with its SAX event reader, so neither
 * direction holds the workbook in memory, whichever program saved the file.
 */
final class SlaSpreadsheet {

    static final List<String> HEADINGS = List.of("Organisation code", "Organisation name", "Month",
            "Monthly volume", "Weekly sample");

    static {
        // Zip-bomb guards: refuse entries that inflate more than 100x, or any part larger than 100 MB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    /** A data row as read: cell texts by column, with its 1-based row number. */
    record Line(int row, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column).trim() : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    static class UnreadableFile extends Exception {
        UnreadableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

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
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFile("The workbook has no sheets.", null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(onLine),
                        new DataFormatter(java.util.Locale.UK), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new UnreadableFile("This is not an Excel workbook (.xlsx). Download the template and fill that in.",
                    e);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max entry size")
                    || message.contains("ZIP entry size")) {
                throw new UnreadableFile("This file expands to far more data than a spreadsheet of SLA volumes can "
                        + "hold, so it was refused for safety.", e);
            }
            throw new UnreadableFile("The workbook could not be read: it may be damaged.", e);
        } catch (SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException e) {
            throw new UnreadableFile("The workbook could not be read: it may be damaged.", e);
        }
    }

    /** Collects cell texts per row, filling gaps for empty cells (SAX reports only cells that exist). */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<Line> onLine;
        private List<String> cells = new ArrayList<>();

        RowCollector(Consumer<Line> onLine) {
            this.onLine = onLine;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            onLine.accept(new Line(rowNum + 1, cells));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = new org.apache.poi.ss.util.CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
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
