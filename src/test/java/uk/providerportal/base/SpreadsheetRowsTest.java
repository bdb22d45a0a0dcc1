package uk.providerportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The shared sheet reader on real workbooks written by POI: formula cells are marked, never taken at their value. */
class SpreadsheetRowsTest {

    /** Row 2: A2 text, B2 =10+10 with its cached 20, C2 =TODAY() never calculated, D2 the text "=1+1". */
    static Path workbookWithFormulas() throws IOException {
        Path file = Files.createTempFile("formulas-", ".xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Sheet");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Reference");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("ABC-1");
            row.createCell(1).setCellFormula("10+10");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(1));
            row.createCell(2).setCellFormula("TODAY()");
            row.createCell(3).setCellValue("=1+1");
            // A row holding nothing but a formula without a cached value is not a blank row.
            sheet.createRow(2).createCell(4).setCellFormula("NOW()");
            workbook.write(out);
        }
        return file;
    }

    static List<SpreadsheetRows.Line> read(Path file) throws SpreadsheetRows.UnreadableFile {
        List<SpreadsheetRows.Line> lines = new ArrayList<>();
        SpreadsheetRows.read(file, "a test list", lines::add);
        return lines;
    }

    @Test
    void formulaCells_areMarkedByColumn_withOrWithoutACachedValue_whileTextThatLooksLikeAFormulaIsText()
            throws Exception {
        List<SpreadsheetRows.Line> lines = read(workbookWithFormulas());

        SpreadsheetRows.Line second = lines.get(1);
        assertThat(second.row()).isEqualTo(2);
        assertThat(second.formulaColumns()).containsExactlyInAnyOrder(1, 2);
        assertThat(second.hasFormula(0)).isFalse();
        assertThat(second.hasFormula(3)).isFalse();
        assertThat(second.cell(3)).isEqualTo("=1+1");
        assertThat(second.formulaProblem(2, "Completed on"))
                .isEqualTo("column C (Completed on) holds a formula; type the value, not a formula");
        SpreadsheetRows.Line third = lines.get(2);
        assertThat(third.formulaColumns()).containsExactly(4);
        assertThat(third.blank()).isFalse();
        assertThat(lines.getFirst().formulaColumns()).isEmpty();
    }

    @Test
    void columnNames_areTheSpreadsheetLetters() {
        assertThat(SpreadsheetRows.columnName(0)).isEqualTo("A");
        assertThat(SpreadsheetRows.columnName(3)).isEqualTo("D");
        assertThat(SpreadsheetRows.columnName(26)).isEqualTo("AA");
    }

    @Test
    void truncatedWorkbook_isCalledDamagedOrIncomplete_notAnotherKindOfFile() throws Exception {
        Path whole = workbookWithFormulas();
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.createTempFile("truncated-", ".xlsx");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> read(truncated)).isInstanceOf(SpreadsheetRows.UnreadableFile.class)
                .hasMessage("The workbook is damaged or incomplete (perhaps it was not saved completely). Open it in "
                        + "your spreadsheet program, save it again as an Excel workbook (.xlsx) and upload it again.");
    }

    @Test
    void textFile_isNotAnExcelWorkbook() throws Exception {
        Path text = Files.createTempFile("text-", ".xlsx");
        Files.writeString(text, "Reference,Date\nABC-1,2026-11-03\n");

        assertThatThrownBy(() -> read(text)).isInstanceOf(SpreadsheetRows.UnreadableFile.class)
                .hasMessage("This is not an Excel workbook (.xlsx). Download the template and fill that in.");
    }

    @Test
    void brokenSheet_ofAUsersFile_isRefusedAsDamaged_andNothingIsLoggedAsAnError() throws Exception {
        Path whole = workbookWithFormulas();
        Path broken = Files.createTempFile("broken-sheet-", ".xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(whole));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(entry.getName().contains("worksheets/") ? "<worksheet><sheetData><row r=\"1\"><c"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8) : content);
                out.closeEntry();
            }
        }
        var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var appender = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        appender.start();
        root.addAppender(appender);
        try {
            assertThatThrownBy(() -> read(broken)).isInstanceOf(SpreadsheetRows.UnreadableFile.class)
                    .hasMessageStartingWith("The workbook is damaged or incomplete");
        } finally {
            root.detachAppender(appender);
        }
        assertThat(appender.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN));
    }
}
