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
}
