package uk.providerportal.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The SLA spreadsheet without a database: the template's round trip, formula cells, and text written as text. */
class SlaSpreadsheetTest {

    static final YearMonth MARCH = YearMonth.of(2027, 3);
    static final List<YearMonth> SETTABLE = List.of(MARCH, MARCH.plusMonths(1), MARCH.plusMonths(2));

    static SlaImport check(Path file) {
        return new SlaImport(Map.of("NCA", 1L, "MDT", 2L), SETTABLE).read(file, rows -> { });
    }

    @Test
    void templateAsDownloaded_withMonthsNotYetAgreed_readsBackWithoutProblems_blankRowsMeaningNoChange()
            throws Exception {
        List<SlaRow> rows = new ArrayList<>();
        for (YearMonth month : SETTABLE) {
            boolean agreed = month.equals(MARCH);
            rows.add(new SlaRow(1, "NCA", "Northgate", month, agreed ? 20 : null, agreed ? 6 : null));
            rows.add(new SlaRow(2, "MDT", "Midlands", month, null, null));
        }
        Path file = Files.createTempFile("sla-template-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            SlaSpreadsheet.write(rows, out);
        }

        SlaImport read = check(file);

        assertThat(read.report(0, 0, false).problems()).isEmpty();
        assertThat(read.entries()).singleElement()
                .satisfies(entry -> assertThat(entry.month()).isEqualTo(MARCH))
                .satisfies(entry -> assertThat(entry.monthly()).isEqualTo(20));
        assertThat(read.report(0, 0, false).rowsRead()).isEqualTo(1);
        assertThat(read.report(0, 0, false).leftBlank()).isEqualTo(5);
    }

    @Test
    void halfFilledRow_isStillChecked() throws Exception {
        Path file = SlaWorkbooks.poi(List.of(SlaImportIT.HEADINGS, List.of("NCA", "Northgate", "2027-03", 20)));

        assertThat(check(file).report(0, 0, false).problems()).extracting(SlaImportReport.Problem::message)
                .containsExactly("Row 2: the weekly sample is missing");
    }

    @Test
    void formulaCells_areRefusedWithRowAndColumn_neverTakenAtTheirCachedValue() throws Exception {
        Path file = Files.createTempFile("sla-formulas-", ".xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("SLA volumes");
            var header = sheet.createRow(0);
            for (int i = 0; i < SlaSpreadsheet.HEADINGS.size(); i++) {
                header.createCell(i).setCellValue(SlaSpreadsheet.HEADINGS.get(i));
            }
            var sum = sheet.createRow(1);
            sum.createCell(0).setCellValue("NCA");
            sum.createCell(2).setCellValue("2027-03");
            sum.createCell(3).setCellFormula("10+10");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(sum.getCell(3));
            sum.createCell(4).setCellValue(5);
            var today = sheet.createRow(2);
            today.createCell(0).setCellValue("MDT");
            today.createCell(2).setCellFormula("TODAY()");
            today.createCell(3).setCellValue(20);
            today.createCell(4).setCellValue(5);
            workbook.write(out);
        }

        SlaImport read = check(file);

        assertThat(read.entries()).isEmpty();
        assertThat(read.report(0, 0, false).problems()).extracting(SlaImportReport.Problem::message).containsExactly(
                "Row 2: column D (Monthly volume) holds a formula; type the value, not a formula",
                "Row 3: column C (Month) holds a formula; type the value, not a formula");
    }

    @Test
    void template_writesFormulaLikeNamesAsTextCells_neverAsFormulas() throws Exception {
        Path file = Files.createTempFile("sla-template-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            SlaSpreadsheet.write(List.of(new SlaRow(1, "NCA", "=HYPERLINK(\"http://x\",\"Click\")", MARCH, 20, 6),
                    new SlaRow(2, "MDT", "@SUM(1+1)", MARCH, null, null)), out);
        }

        try (var workbook = new XSSFWorkbook(file.toFile())) {
            var sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= 2; r++) {
                var cell = sheet.getRow(r).getCell(1);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"Click\")");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("@SUM(1+1)");
        }
    }
}
