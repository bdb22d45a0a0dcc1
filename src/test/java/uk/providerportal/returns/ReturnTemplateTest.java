package uk.providerportal.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The return template read back from real POI workbooks: a changed format is refused, every figure checked. */
class ReturnTemplateTest {

    static final ReturnType TYPE = ReturnType.MANAGEMENT_INFORMATION;
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final Map<String, Long> FIGURES = Map.of("REFERRALS", 120L, "REFERRALS_ACK_2WD", 119L,
            "INITIAL_APPOINTMENTS", 100L, "INITIAL_APPOINTMENTS_15WD", 97L, "STARTS", 80L);

    static byte[] template(Map<String, Long> figures) throws IOException {
        var out = new ByteArrayOutputStream();
        ReturnTemplate.write(TYPE, MARCH, "Pathways South East", LocalDate.of(2026, 4, 23), figures, out);
        return out.toByteArray();
    }

    /** The filled-in template, changed as a person might change it in Excel. */
    static byte[] edited(Consumer<XSSFWorkbook> change) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template(FIGURES)))) {
            change.accept(workbook);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static ReturnTemplate.Read read(byte[] file) {
        return ReturnTemplate.read(TYPE, MARCH, new ByteArrayInputStream(file));
    }

    static Sheet returnSheet(XSSFWorkbook workbook) {
        return workbook.getSheet(ReturnTemplate.RETURN_SHEET);
    }

    @Test
    void filledInTemplate_readsEveryFigure() throws IOException {
        var read = read(template(FIGURES));
        assertThat(read.problems()).isEmpty();
        assertThat(read.values()).isEqualTo(FIGURES);
    }

    @Test
    void template_locksAllButTheValueCells_andHidesItsStructure() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template(Map.of())))) {
            Sheet sheet = returnSheet(workbook);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getRow(4).getCell(ReturnTemplate.VALUE).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(4).getCell(ReturnTemplate.CODE).getCellStyle().getLocked()).isTrue();
            assertThat(workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.VERY_HIDDEN);
        }
    }

    @Test
    void aColumnAdded_isRefusedAsAChangedFormat() throws IOException {
        var read = read(edited(workbook -> returnSheet(workbook).getRow(3).createCell(3).setCellValue("Notes")));
        assertThat(read.ok()).isFalse();
        assertThat(read.values()).isEmpty();
        assertThat(read.problems()).singleElement().asString().startsWith("A column was added: D4 holds “Notes”");
    }

    @Test
    void aColumnAddedBesideAFigure_isRefusedToo() throws IOException {
        var read = read(edited(workbook -> returnSheet(workbook).getRow(6).createCell(4).setCellValue(12)));
        assertThat(read.problems()).singleElement().asString().startsWith("A column was added: E7");
    }

    @Test
    void aHeaderRenamed_isRefusedNamingTheColumn() throws IOException {
        var read = read(edited(workbook -> returnSheet(workbook).getRow(3).getCell(2).setCellValue("Figures")));
        assertThat(read.problems()).singleElement().asString()
                .startsWith("The header of column C was changed from “Value” to “Figures”");
    }

    @Test
    void aSheetRenamed_isRefused() throws IOException {
        var read = read(edited(workbook -> workbook.setSheetName(0, "March")));
        assertThat(read.problems()).singleElement().asString().contains("sheets were changed").contains("“March”");
    }

    @Test
    void aRowMoved_isRefused() throws IOException {
        var read = read(edited(workbook -> returnSheet(workbook).getRow(4).getCell(0).setCellValue("STARTS")));
        assertThat(read.problems()).singleElement().asString().startsWith("Row 5 was changed");
    }

    @Test
    void anotherPeriodsTemplate_isRefusedSayingWhichItIs() throws IOException {
        var read = ReturnTemplate.read(TYPE, YearMonth.of(2026, 4), new ByteArrayInputStream(template(FIGURES)));
        assertThat(read.problems()).singleElement().asString()
                .startsWith("This is the template of the management information return of March 2026, not of the "
                        + "management information return of April 2026");
    }

    @Test
    void everyBadFigure_isNamedByRowAndColumn_andNothingIsRead() throws IOException {
        var read = read(edited(workbook -> {
            Sheet sheet = returnSheet(workbook);
            sheet.getRow(4).getCell(2).setCellFormula("100+20");
            sheet.getRow(5).getCell(2).setCellValue("lots");
            sheet.getRow(6).getCell(2).setCellValue(12.5);
            sheet.getRow(7).getCell(2).setBlank();
            sheet.getRow(8).getCell(2).setCellValue(-1);
        }));
        assertThat(read.values()).isEmpty();
        assertThat(read.problems()).containsExactly(
                "Row 5, column C (Referrals received): is a formula; type the figure itself.",
                "Row 6, column C (Referrals acknowledged within 2 working days): “lots” is not a number.",
                "Row 7, column C (Initial appointments held): must be a whole number, 0 or more.",
                "Row 8, column C (Initial appointments held within 15 working days of referral): enter a figure, 0 if "
                        + "there were none.",
                "Row 9, column C (Participants starting): must be a whole number, 0 or more.");
    }

    @Test
    void aPartLargerThanItsWhole_isRefused() throws IOException {
        var read = read(edited(workbook -> returnSheet(workbook).getRow(5).getCell(2).setCellValue(121)));
        assertThat(read.problems()).containsExactly("“Referrals acknowledged within 2 working days” (121) cannot be "
                + "more than “Referrals received” (120).");
    }

    @Test
    void customerInsight_answersMustAddUpToTheResponses() {
        var problems = ReturnType.CUSTOMER_INSIGHT.inconsistencies(Map.of("CONTACTED", 50L, "RESPONDED", 20L,
                "VERY_SATISFIED", 10L, "SATISFIED", 5L, "NEITHER", 2L, "DISSATISFIED", 1L, "VERY_DISSATISFIED", 1L));
        assertThat(problems).containsExactly("The responses per answer add up to 19, but 20 participants responded: "
                + "each response has exactly one answer.");
    }

    @Test
    void notAWorkbook_isRefusedPlainly() {
        var read = read("not a spreadsheet".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(read.problems()).singleElement().asString().startsWith("This file could not be read");
    }
}
