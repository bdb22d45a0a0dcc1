package uk.providerportal.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.organisation.Nation;

/**
 * The appeals submission template, without a database: what the download holds on its two sheets, that only the
 * rationale can be changed, and that an upload gives the appealed standards only when every row is right, each wrong
 * row named with its row and column and the reason in the provider's words.
 */
class AppealTemplateTest {

    static final String ACTUAL_DETRIMENT = "Actual detriment to the customer cannot be appealed.";
    static final String PASSES = "The case passes (18 of 20 standards met: 90.0%), so it cannot be appealed.";

    /**
     * March 2026 of Northgate Advice: NCA-001 has two eligible standards (1a, 2b) and one that is not (3c);
     * NCA-002 has one eligible standard whose assessor's note starts like a formula; NCA-003 passes.
     */
    static final AppealEligibility MARCH = new AppealEligibility(7, "Northgate Advice", YearMonth.of(2026, 3),
            "Appeals policy 2026",
            List.of("Appeals are open to delivery partners below their KPI target.",
                    "Standards with actual detriment to the customer cannot be appealed."),
            3, 1, new BigDecimal("72.5"), new BigDecimal("80.0"), new BigDecimal("85"), "3 Fair", true,
            "The KPI of 72.5% is below the target of 80.0%.",
            new AppealWindow(LocalDate.of(2026, 4, 1), 5, Nation.ENGLAND_AND_WALES, LocalDate.of(2026, 4, 8),
                    Instant.parse("2026-04-08T22:59:59Z"), true, 3),
            List.of(
                    new AppealableCase(1, "NCA-001", 15, 3, "15 of 18 standards met: 83.3%", false, true,
                            "2 of its 3 unmet standards may be appealed.", List.of(
                            new AppealableStandard(101, "1a", "Identifies the caller", CustomerImpact.NONE,
                                    "Did not confirm the date of birth", Outcome.MET, true, "No detriment."),
                            new AppealableStandard(102, "2b", "Explains the next steps", null, null, null, true,
                                    "No customer impact was recorded."),
                            new AppealableStandard(103, "3c", "Gives correct advice",
                                    CustomerImpact.ACTUAL_DETRIMENT, "Wrong benefit named", Outcome.NOT_MET, false,
                                    ACTUAL_DETRIMENT))),
                    new AppealableCase(2, "NCA-002", 16, 2, "16 of 18 standards met: 88.9%", false, true,
                            "1 of its 2 unmet standards may be appealed.", List.of(
                            new AppealableStandard(201, "1a", "Identifies the caller",
                                    CustomerImpact.POTENTIAL_DETRIMENT, "=cmd|' /C calc'!A0", Outcome.NOT_MET, true,
                                    "Potential detriment may be appealed."),
                            new AppealableStandard(202, "4d", "Records consent",
                                    CustomerImpact.ACTUAL_DETRIMENT, null, null, false, ACTUAL_DETRIMENT))),
                    new AppealableCase(3, "NCA-003", 18, 2, "18 of 20 standards met: 90.0%", true, false, PASSES,
                            List.of(new AppealableStandard(301, "5a", "Closes the call", CustomerImpact.NONE, null,
                                    null, false, PASSES)))));

    static final List<String> HEADINGS = AppealTemplate.HEADINGS;

    @TempDir
    Path folder;

    @Test
    void roundTrip_rationalesWrittenBesideTwoStandards_areReadBackAsTheirChoices() throws Exception {
        Path file = template(Map.of(AppealTemplate.key(1, 101), "The date of birth was confirmed at 02:14."));
        fill(file, 4, "The customer was told the next steps in the follow-up letter.");

        var read = AppealTemplate.read(file, MARCH);

        assertThat(read.problems()).isEmpty();
        assertThat(read.choices()).containsExactly(
                new AppealChoice(1, 101, "The date of birth was confirmed at 02:14."),
                new AppealChoice(2, 201, "The customer was told the next steps in the follow-up letter."));
    }

    @Test
    void write_listsEveryEligibleStandardOfEveryEligibleCase_withWhatTheAssessorFound() throws Exception {
        Path file = template(Map.of(AppealTemplate.key(1, 102), "Draft"));
        try (var workbook = new XSSFWorkbook(file.toFile())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Appeals");
            assertThat(workbook.getSheetName(1)).isEqualTo("Eligibility criteria");
            assertThat(texts(workbook.getSheetAt(0))).containsExactly(
                    HEADINGS,
                    List.of("NCA-001", "1a", "Identifies the caller", "No detriment",
                            "Did not confirm the date of birth", "Met", ""),
                    List.of("NCA-001", "2b", "Explains the next steps", "", "", "Not recorded", "Draft"),
                    List.of("NCA-002", "1a", "Identifies the caller", "Potential detriment", "=cmd|' /C calc'!A0",
                            "Not met", ""));
        }
    }

    @Test
    void write_onlyTheRationaleCanBeChanged_onAProtectedSheet() throws Exception {
        Path file = template(Map.of(AppealTemplate.key(2, 201), "-the caller was identified"));
        try (var workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getProtect()).isTrue();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    boolean rationale = row.getRowNum() > 0 && cell.getColumnIndex() == AppealTemplate.RATIONALE;
                    assertThat(cell.getCellStyle().getLocked())
                            .as("row %d, column %d", row.getRowNum() + 1, cell.getColumnIndex() + 1)
                            .isEqualTo(!rationale);
                }
            }
        }
    }

    @Test
    void write_formulaLikeText_staysTextWithAQuotePrefix_andReadsBackAsWritten() throws Exception {
        Path file = template(Map.of(AppealTemplate.key(2, 201), "=HYPERLINK(\"http://evil.example\")"));
        try (var workbook = new XSSFWorkbook(file.toFile())) {
            Row row = workbook.getSheetAt(0).getRow(3);
            for (int column : List.of(AppealTemplate.NOTE, AppealTemplate.RATIONALE)) {
                Cell cell = row.getCell(column);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(row.getCell(AppealTemplate.RATIONALE).getCellStyle().getLocked()).isFalse();
        }

        assertThat(AppealTemplate.read(file, MARCH).choices())
                .containsExactly(new AppealChoice(2, 201, "=HYPERLINK(\"http://evil.example\")"));
    }

    @Test
    void write_criteriaSheet_holdsThePolicyItsCriteriaTheKpiTheClosingDateAndWhyEachCaseAndStandard()
            throws Exception {
        Path file = template(Map.of());
        try (var workbook = new XSSFWorkbook(file.toFile())) {
            List<List<String>> rows = texts(workbook.getSheet("Eligibility criteria"));
            assertThat(rows).contains(
                    List.of("Organisation", "Northgate Advice"),
                    List.of("Month", "March 2026"),
                    List.of("Appeal policy", "Appeals policy 2026"),
                    List.of("Criteria", "Appeals are open to delivery partners below their KPI target."),
                    List.of("", "Standards with actual detriment to the customer cannot be appealed."),
                    List.of("KPI", "72.5% against a target of 80.0% (1 of 3 counted cases passed)"),
                    List.of("Appeals in scope", "Yes: The KPI of 72.5% is below the target of 80.0%."),
                    List.of("Appeal window closes", "8 April 2026 (end of the day, UK time)"),
                    List.of("Case reference", "Standard code", "Standard", "Eligible", "Why"),
                    List.of("NCA-001", "", "Whole case: 15 of 18 standards met: 83.3%", "Yes",
                            "2 of its 3 unmet standards may be appealed."),
                    List.of("NCA-001", "3c", "Gives correct advice", "No", ACTUAL_DETRIMENT),
                    List.of("NCA-002", "4d", "Records consent", "No", ACTUAL_DETRIMENT),
                    List.of("NCA-003", "", "Whole case: 18 of 20 standards met: 90.0%", "No", PASSES),
                    List.of("NCA-003", "5a", "Closes the call", "No", PASSES));
        }
    }

    @Test
    void read_eachWrongRow_isNamedByRowAndColumn_andNothingIsTakenWhileAnyRowIsWrong() throws Exception {
        Path file = upload(
                List.of("NCA-001", "1a", "", "", "", "", "A good rationale"),
                List.of("NCA-0042", "1a", "", "", "", "", "Why"),
                List.of("NCA-001", "3c", "", "", "", "", "Why"),
                List.of("nca-001", "9z", "", "", "", "", "Why"),
                List.of("NCA-003", "5a", "", "", "", "", "Why"),
                List.of("NCA-001", "1A", "", "", "", "", "Again"),
                List.of("NCA-002", "1a", "", "", "", "", "x".repeat(4_001)),
                List.of("NCA-0099", "7x", "", "", "", "", ""),
                List.of("", "", "", "", "", "", "A rationale on its own"));

        var read = AppealTemplate.read(file, MARCH);

        assertThat(read.choices()).isEmpty();
        assertThat(read.problems()).containsExactly(
                "Row 3, column A (Case reference): case NCA-0042 is not one of the cases counted for March 2026",
                "Row 4, column B (Standard code): standard 3c of case NCA-001 cannot be appealed: "
                        + ACTUAL_DETRIMENT,
                "Row 5, column B (Standard code): standard “9z” is not one of the standards case NCA-001 did not "
                        + "meet",
                "Row 6, column A (Case reference): case NCA-003 cannot be appealed: " + PASSES,
                "Row 7: case NCA-001, standard 1a is already appealed in row 2; keep one row per case and standard",
                "Row 8, column G (Rationale): the rationale is 4,001 characters long; shorten it to 4,000 "
                        + "characters or fewer",
                "Row 10, column A (Case reference): the case reference is missing",
                "Row 10, column B (Standard code): the standard code is missing");
    }

    @Test
    void read_aFormulaCell_isRefusedNamingItsColumn() throws Exception {
        Path file = folder.resolve("formula.xlsx");
        write(file, workbook -> {
            Sheet sheet = workbook.createSheet("Appeals");
            heading(sheet);
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("NCA-001");
            row.createCell(1).setCellValue("1a");
            row.createCell(AppealTemplate.RATIONALE).setCellFormula("CONCAT(\"The caller \",\"was identified\")");
        });

        var read = AppealTemplate.read(file, MARCH);

        assertThat(read.choices()).isEmpty();
        assertThat(read.problems()).containsExactly(
                "Row 2: column G (Rationale) holds a formula; type the value, not a formula");
    }

    @Test
    void read_everyRationaleEmpty_saysToWriteOne() throws Exception {
        var read = AppealTemplate.read(template(Map.of()), MARCH);

        assertThat(read.choices()).isEmpty();
        assertThat(read.problems())
                .containsExactly("No rationale was filled in: write a rationale beside each standard you appeal.");
    }

    @Test
    void read_changedColumns_isOneProblemAboutTheTemplate() throws Exception {
        Path file = folder.resolve("columns.xlsx");
        write(file, workbook -> {
            Sheet sheet = workbook.createSheet("Appeals");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Case reference");
            header.createCell(1).setCellValue("Rationale");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("NCA-0042");
            row.createCell(1).setCellValue("Why");
        });

        var read = AppealTemplate.read(file, MARCH);

        assertThat(read.choices()).isEmpty();
        assertThat(read.problems()).singleElement().asString()
                .startsWith("The template’s columns were changed");
    }

    @Test
    void read_headingRowDeleted_isTheSameProblemAboutTheTemplate() throws Exception {
        Path file = folder.resolve("no-headings.xlsx");
        write(file, workbook -> {
            Row row = workbook.createSheet("Appeals").createRow(1);
            row.createCell(0).setCellValue("NCA-001");
            row.createCell(1).setCellValue("1a");
            row.createCell(AppealTemplate.RATIONALE).setCellValue("Why");
        });

        var read = AppealTemplate.read(file, MARCH);

        assertThat(read.choices()).isEmpty();
        assertThat(read.problems()).singleElement().asString()
                .startsWith("The template’s columns were changed");
    }

    /**
     * Made by {@link AppealTemplate#write} with the rationales of {@link #LIBREOFFICE_RATIONALES} and saved again
     * as .xlsx by LibreOffice Calc 7.4 ({@code soffice --headless --convert-to xlsx}).
     */
    @Test
    void read_aTemplateSavedByLibreOffice_givesItsChoices() throws Exception {
        Path file = folder.resolve("libreoffice.xlsx");
        try (InputStream in = Objects.requireNonNull(
                getClass().getResourceAsStream("/appeal/appeal-template-libreoffice.xlsx"))) {
            Files.copy(in, file);
        }

        var read = AppealTemplate.read(file, MARCH);

        try (var workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getProtect()).as("LibreOffice keeps the protection").isTrue();
            assertThat(sheet.getRow(1).getCell(AppealTemplate.RATIONALE).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(1).getCell(AppealTemplate.NOTE).getCellStyle().getLocked()).isTrue();
        }
        assertThat(read.problems()).isEmpty();
        assertThat(read.choices()).containsExactly(
                new AppealChoice(1, 101, LIBREOFFICE_RATIONALES.get(AppealTemplate.key(1, 101))),
                new AppealChoice(2, 201, LIBREOFFICE_RATIONALES.get(AppealTemplate.key(2, 201))));
    }

    static final Map<String, String> LIBREOFFICE_RATIONALES = Map.of(
            AppealTemplate.key(1, 101), "The caller confirmed the date of birth at 02:14;\nsee the recording.",
            AppealTemplate.key(2, 201), "=the customer was identified, so 1a is met");

    private Path template(Map<String, String> rationales) throws IOException {
        Path file = folder.resolve("template-" + System.nanoTime() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            AppealTemplate.write(MARCH, rationales, out);
        }
        return file;
    }

    /** Types a rationale into a row of the Appeals sheet (1-based, as the spreadsheet program shows it). */
    private static void fill(Path file, int rowNumber, String rationale) throws IOException {
        byte[] filled;
        try (var workbook = new XSSFWorkbook(Files.newInputStream(file));
             var bytes = new java.io.ByteArrayOutputStream()) {
            workbook.getSheetAt(0).getRow(rowNumber - 1).getCell(AppealTemplate.RATIONALE)
                    .setCellValue(rationale);
            workbook.write(bytes);
            filled = bytes.toByteArray();
        }
        Files.write(file, filled);
    }

    @SafeVarargs
    private Path upload(List<String>... rows) throws IOException {
        Path file = folder.resolve("upload.xlsx");
        write(file, workbook -> {
            Sheet sheet = workbook.createSheet("Appeals");
            heading(sheet);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
        });
        return file;
    }

    private static void heading(Sheet sheet) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADINGS.size(); i++) {
            header.createCell(i).setCellValue(HEADINGS.get(i));
        }
    }

    private interface Workbook {
        void fill(XSSFWorkbook workbook);
    }

    private static void write(Path file, Workbook content) throws IOException {
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.fill(workbook);
            workbook.write(out);
        }
    }

    /** Each row's cell texts up to its last cell, the empty rows left out. */
    private static List<List<String>> texts(Sheet sheet) {
        var formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return rows;
    }
}
