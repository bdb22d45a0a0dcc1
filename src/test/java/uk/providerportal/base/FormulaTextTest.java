package uk.providerportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

class FormulaTextTest {

    @Test
    void setText_formulaLikeText_isATextCellWithExcelsQuotePrefix_plainTextKeepsItsStyle() throws Exception {
        try (var workbook = new SXSSFWorkbook(10)) {
            var row = workbook.createSheet("Sheet").createRow(0);
            var wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            var plain = row.createCell(0);
            plain.setCellStyle(wrapped);
            var formula = row.createCell(1);
            formula.setCellStyle(wrapped);
            var another = row.createCell(2);
            another.setCellStyle(wrapped);

            FormulaText.setText(plain, "Clear advice");
            FormulaText.setText(formula, "=HYPERLINK(\"http://evil.example\")");
            FormulaText.setText(another, "@SUM(1+1)");

            assertThat(plain.getCellStyle().getIndex()).isEqualTo(wrapped.getIndex());
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(formula.getCellStyle().getWrapText()).as("the rest of the style kept").isTrue();
            assertThat(another.getCellStyle().getIndex()).as("one quoted twin per style")
                    .isEqualTo(formula.getCellStyle().getIndex());
            assertThat(workbook.getNumCellStyles()).isEqualTo(3);
        }
    }

    @Test
    void setText_formulaLikeTextInAnUnlockedCell_staysUnlocked_evenWhenALockedTwinExists() throws Exception {
        try (var workbook = new SXSSFWorkbook(10)) {
            var row = workbook.createSheet("Sheet").createRow(0);
            var locked = workbook.createCellStyle();
            locked.setWrapText(true);
            var open = workbook.createCellStyle();
            open.cloneStyleFrom(locked);
            open.setLocked(false);
            var note = row.createCell(0);
            note.setCellStyle(locked);
            var rationale = row.createCell(1);
            rationale.setCellStyle(open);

            FormulaText.setText(note, "-not met, see note");
            FormulaText.setText(rationale, "=the call was met");

            assertThat(note.getCellStyle().getLocked()).isTrue();
            assertThat(rationale.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(rationale.getCellStyle().getLocked()).as("an editable cell stays editable").isFalse();
        }
    }
}
