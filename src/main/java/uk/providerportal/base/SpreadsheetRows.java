package uk.providerportal.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

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

    /**
     * A row as read: cell texts by column, with its 1-based row number and the columns (0-based) whose cell holds a
     * formula. A formula's cached result is whatever the saving program last computed (or nothing at all), so it
     * is never taken as the value: importers refuse such cells with {@link #formulaProblem(int, String)}.
     */
    public record Line(int row, List<String> cells, Set<Integer> formulaColumns) {

        public Line(int row, List<String> cells) {
            this(row, cells, Set.of());
        }

        public boolean hasFormula(int column) {
            return formulaColumns.contains(column);
        }

        /** The refusal of a formula cell, naming its column as the spreadsheet program shows it and its heading. */
        public String formulaProblem(int column, String heading) {
            return "column " + columnName(column) + " (" + heading + ") holds a formula; type the value, not a "
                    + "formula";
        }

        public String cell(int column) {
            return column < cells.size() ? cells.get(column).trim() : "";
        }

        public boolean blank() {
            return formulaColumns.isEmpty() && cells.stream().allMatch(String::isBlank);
        }
    }

    /** Why a file could not be read at all, in the user's words. */
    public static class UnreadableFile extends Exception {
        public UnreadableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SpreadsheetRows.class);

    private SpreadsheetRows() {
    }

    /** A column's letters as spreadsheet programs show them: 0 is A, 26 is AA. */
    public static String columnName(int column) {
        return CellReference.convertNumToColString(column);
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
                var collector = new RowCollector(onLine);
                parser.setContentHandler(new FormulaSpotter(new XSSFSheetXMLHandler(styles, null, strings, collector,
                        new DataFormatter(Locale.UK), false), collector));
                // POI's default handler logs a user's malformed sheet at ERROR; it is refused and logged below.
                parser.setErrorHandler(new QuietErrors());
                parser.parse(new InputSource(sheet));
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw unreadable(file, e);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max entry size")
                    || message.contains("ZIP entry size")) {
                throw new UnreadableFile("This file expands to far more data than " + holds + " can hold, so it "
                        + "was refused for safety.", e);
            }
            throw unreadable(file, e);
        } catch (SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * A user's bad file is not a server fault: it is logged at INFO without a stack trace. A file that starts like a
     * zip archive (as every .xlsx does) but cannot be opened was cut short or damaged, which is told apart from a
     * file of another kind.
     */
    private static UnreadableFile unreadable(Path file, Exception e) {
        log.info("Refused an uploaded spreadsheet that could not be read: {}", String.valueOf(e));
        if (startsLikeZip(file)) {
            return new UnreadableFile("The workbook is damaged or incomplete (perhaps it was not saved completely). "
                    + "Open it in your spreadsheet program, save it again as an Excel workbook (.xlsx) and upload it "
                    + "again.", e);
        }
        return new UnreadableFile("This is not an Excel workbook (.xlsx). Download the template and fill that in.",
                e);
    }

    private static boolean startsLikeZip(Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /** Malformed XML in a user's file ends the read with its exception; nothing is logged on the way. */
    private static final class QuietErrors implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // a warning does not stop the read and says nothing the user can act on
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }

    /**
     * Passes the sheet's XML to POI's handler and notes which cells hold a formula ({@code <f>} inside {@code <c>}),
     * which POI's row callback does not tell. Shared and array formulas are {@code <f>} elements too.
     */
    private static final class FormulaSpotter extends DefaultHandler {
        private final ContentHandler delegate;
        private final RowCollector collector;
        private int lastColumn = -1;
        private int column = -1;

        FormulaSpotter(ContentHandler delegate, RowCollector collector) {
            this.delegate = delegate;
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("row".equals(localName)) {
                lastColumn = -1;
            } else if ("c".equals(localName)) {
                String reference = attributes.getValue("r");
                column = reference == null ? lastColumn + 1 : new CellReference(reference).getCol();
                lastColumn = column;
            } else if ("f".equals(localName) && column >= 0) {
                collector.formulaAt(column);
            }
            delegate.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            delegate.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            delegate.characters(ch, start, length);
        }

        @Override
        public void startDocument() throws SAXException {
            delegate.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            delegate.endDocument();
        }
    }

    /** Collects cell texts per row, filling gaps for empty cells (SAX reports only cells that exist). */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<Line> onLine;
        private List<String> cells = new ArrayList<>();
        private TreeSet<Integer> formulas = new TreeSet<>();

        RowCollector(Consumer<Line> onLine) {
            this.onLine = onLine;
        }

        void formulaAt(int column) {
            formulas.add(column);
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            onLine.accept(new Line(rowNum + 1, cells, java.util.Collections.unmodifiableSortedSet(formulas)));
            formulas = new TreeSet<>();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
