package uk.providerportal.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an uploaded .xlsx row by row with POI's SAX event reader, so a workbook is never held in
 * memory whichever program saved it, and refuses zip bombs with a message a user understands.
 */
public final class SpreadsheetRows {

    static {
        // Zip-bomb guards: refuse entries that inflate more than 100x, or any part larger than 100 MB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    /** A row as read: cell texts by column, with its 1-based row number. */
    public record Line(int row, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column).trim() : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Why a file could not be read at all, in the user's words. */
    public static class UnreadableFile extends Exception {
        public UnreadableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SpreadsheetRows() {
    }

    /**
     * Streams every row of the first sheet to {@code onLine}, the header included (row 1).
     *
     * @param holds what the spreadsheet should hold, for the zip-bomb message, e.g. "a list of SLA volumes"
     */
    public static void read(Path file, String holds, Consumer<Line> onLine) throws UnreadableFile {
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
                        new DataFormatter(Locale.UK), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new UnreadableFile("This is not an Excel workbook (.xlsx). Download the template and fill that in.",
                    e);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max entry size")
                    || message.contains("ZIP entry size")) {
                throw new UnreadableFile("This file expands to far more data than " + holds + " can hold, so it "
                        + "was refused for safety.", e);
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
}
