package uk.providerportal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.providerportal.assessment.ReleasedCaseLine;

/** The KPI workbook's rows: text people typed stays text, scores are numbers shown as percentages. */
class KpiWorkbookTest {

    @Test
    void caseLine_formulaLikeCommentary_isWrittenAsQuotedText_andTheScoreAsANumber() throws Exception {
        var book = new KpiWorkbook();
        var sheet = book.sheet(KpiWorkbook.CASES, "KPI: Northgate", "As at now.", KpiWorkbook.CASE_HEADINGS,
                new int[] {18, 10, 10, 18, 90});
        book.caseLine(sheet.createRow(KpiWorkbook.HEADER_ROW + 1), new ReleasedCaseLine(1, "@NCA-1",
                new BigDecimal("88.9"), "Pass", Instant.parse("2026-03-20T10:00:00Z"), "=1+1 was the advice"));
        var out = new ByteArrayOutputStream();
        book.write(out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = workbook.getSheet(KpiWorkbook.CASES).getRow(KpiWorkbook.HEADER_ROW + 1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("@NCA-1");
            assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("=1+1 was the advice");
            assertThat(row.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(0.889, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(workbook.getSheet(KpiWorkbook.CASES).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("KPI: Northgate");
        }
    }

    /** The KPI workbook writes its rows with {@link EscapingSheetWriter}: what it escapes must read back unchanged. */
    @Test
    void caseLine_textWithMarkupLineBreaksAndEmoji_readsBackAsWritten() throws Exception {
        String commentary = " Fees & <charges> \"agreed\"\n\tnext: £120, café, 1\u00A0000 \uD83D\uDE00 ";
        var book = new KpiWorkbook();
        var sheet = book.sheet(KpiWorkbook.CASES, "KPI", "As at now.", KpiWorkbook.CASE_HEADINGS,
                new int[] {18, 10, 10, 18, 90});
        for (int i = 0; i < 250; i++) {
            book.caseLine(sheet.createRow(KpiWorkbook.HEADER_ROW + 1 + i), new ReleasedCaseLine(i, "NCA-" + i,
                    i % 2 == 0 ? null : new BigDecimal("75.0"), "Fail", Instant.parse("2026-03-20T10:00:00Z"),
                    i == 249 ? "A bell \u0007 rang" : commentary));
        }
        var out = new ByteArrayOutputStream();
        book.write(out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var cases = workbook.getSheet(KpiWorkbook.CASES);
            var row = cases.getRow(KpiWorkbook.HEADER_ROW + 1 + 1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("NCA-1");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo(commentary);
            assertThat(row.getCell(4).getCellStyle().getWrapText()).isTrue();
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2026-03-20");
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("d mmmm yyyy");
            assertThat(cases.getRow(KpiWorkbook.HEADER_ROW + 1).getCell(1).getStringCellValue()).isEqualTo("Fail");
            // Control characters are not allowed in XML: written as a question mark, as POI's own writer does.
            assertThat(cases.getRow(KpiWorkbook.HEADER_ROW + 250).getCell(4).getStringCellValue())
                    .isEqualTo("A bell ? rang");
            assertThat(cases.getLastRowNum()).isEqualTo(KpiWorkbook.HEADER_ROW + 250);
        }
    }
}
