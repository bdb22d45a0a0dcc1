package uk.providerportal.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.cases.CasesService;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.standard.StandardsService;

/**
 * Self-assessment import with row errors, then a good file (issue 11): the provider downloads the month's template,
 * uploads a file with a problem in many rows (nothing is saved, every problem is listed with its row and column),
 * then the filled-in template (everything is saved, audited with its counts).
 */
@PortalTest
class SelfAssessmentImportIT {

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired OrganisationService organisations;
    @Autowired StandardsService standards;
    @Autowired SelfAssessmentService selfAssessments;
    @Autowired CasesService cases;

    SelfAssessmentWorld world;
    String provider;

    @BeforeEach
    void aWorldOfItsOwn() throws Exception {
        world = new SelfAssessmentWorld(2045, fixtures, signInAs, jdbc, organisations, standards);
        provider = world.partner.provider();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void selfAssessmentImport_withRowErrors_thenAGoodFile() throws Exception {
        String a = world.reference("A");
        String b = world.reference("B");
        String nextMonths = world.reference("NEXT");
        String theirs = world.reference("THEIRS");
        String withdrawn = world.reference("GONE");
        long caseA = world.caseOf(world.partner, a, world.month);
        long caseB = world.caseOf(world.partner, b, world.month);
        world.caseOf(world.partner, nextMonths, world.month.plusMonths(1));
        world.caseOf(world.other, theirs, world.month);
        long gone = world.caseOf(world.partner, withdrawn, world.month);
        signInAs.call(provider, () -> cases.withdraw(gone, "Sent by mistake"));

        // The template: the month's two open cases, four standards each, only the outcome column open to change.
        Path template = Files.createTempFile("self-assessment-", ".xlsx");
        signInAs.call(provider, () -> {
            try (OutputStream out = Files.newOutputStream(template)) {
                selfAssessments.writeTemplate(world.month, out);
            }
            return null;
        });
        List<List<String>> rows;
        try (var workbook = new XSSFWorkbook(template.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            rows = cells(sheet);
            assertThat(rows.getFirst()).containsExactly("Case reference", "Standard code", "Standard", "Outcome");
            assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0) + " " + row.get(1))
                    .containsExactlyInAnyOrder(a + " 1a", a + " 1b", a + " 2a", a + " 2b", b + " 1a", b + " 1b",
                            b + " 2a", b + " 2b");
            assertThat(rows.get(1).get(2)).isNotBlank();
            assertThat(sheet.getProtect()).as("protected").isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getRow(1).getCell(3).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getDataValidations()).singleElement().satisfies(validation -> {
                assertThat(validation.getValidationConstraint().getValidationType())
                        .isEqualTo(DataValidationConstraint.ValidationType.LIST);
                assertThat(validation.getValidationConstraint().getExplicitListValues())
                        .containsExactly("Met", "Not met", "Not applicable");
            });
        }

        // A file with a problem in most rows: nothing is saved, and every problem is named.
        Path bad = workbook(List.of(
                List.of("Case reference", "Standard code", "Standard", "Outcome"),
                List.of(a, "1a", "Advice tailored", "Met"),
                List.of("NO-SUCH-CASE", "1a", "", "Met"),
                List.of(nextMonths, "1a", "", "Met"),
                List.of(theirs, "1a", "", "Met"),
                List.of(a, "9z", "", "Met"),
                List.of(a, "1b", "", "Maybe"),
                List.of(a, "1a", "", "Not met"),
                List.of(withdrawn, "1a", "", "Met"),
                List.of(b, "1a", "", "=\"Met\""),
                List.of(b, "2a", "", "")));
        SelfAssessmentImportReport refused = signInAs.call(provider, () -> selfAssessments.importFile(world.month,
                bad, "bad.xlsx"));
        String month = uk.providerportal.base.DateFormats.month(world.month);
        String next = uk.providerportal.base.DateFormats.month(world.month.plusMonths(1));
        assertThat(refused.saved()).isFalse();
        assertThat(refused.problems()).extracting(SelfAssessmentImportReport.Problem::message).containsExactly(
                "Row 3, column A (Case reference): no case of your organisation with reference “NO-SUCH-CASE” is "
                        + "filed under " + month,
                "Row 4, column A (Case reference): case " + nextMonths + " is filed under " + next + ", not "
                        + month + ": record it with the template of " + next,
                "Row 5, column A (Case reference): no case of your organisation with reference “" + theirs
                        + "” is filed under " + month,
                "Row 6, column B (Standard code): standard “9z” is not one of the standards case " + a
                        + " is assessed against",
                "Row 7, column D (Outcome): “Maybe” is not an outcome; choose Met, Not met or Not applicable",
                "Row 8: duplicate of row 2 (case " + a + ", standard 1a); keep one row per case and standard",
                "Row 9, column D (Outcome): Case " + withdrawn + " was withdrawn, so it is not assessed and has no "
                        + "self-assessment. Remove the case's rows from the file",
                "Row 10, column D (Outcome): the cell holds a formula; choose or type the value, not a formula");
        assertThat(jdbc.queryForObject("select count(*) from self_assessment where case_sample_id in (?, ?)",
                Long.class, caseA, caseB)).as("nothing saved").isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = "
                + "'SELF_ASSESSMENT_IMPORT_REFUSED' and entity_id = 'bad.xlsx' and summary like ?", Long.class,
                "%8 problems%")).isPositive();

        // Not a workbook at all, whatever its name: refused by its content.
        Path text = Files.createTempFile("not-a-workbook-", ".xlsx");
        Files.writeString(text, "Case reference,Standard code\n");
        assertThat(signInAs.call(provider, () -> selfAssessments.importFile(world.month, text, "fake.xlsx"))
                .problems()).extracting(SelfAssessmentImportReport.Problem::message)
                .containsExactly("This is not an Excel workbook (.xlsx). Download the template and fill that in.");

        // The template filled in: everything saved.
        try (var workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                row.getCell(3).setCellValue(row.getCell(1).getStringCellValue().equals("1b") ? "Not met" : "Met");
            }
            try (OutputStream out = Files.newOutputStream(template)) {
                workbook.write(out);
            }
        }
        SelfAssessmentImportReport saved = signInAs.call(provider, () -> selfAssessments.importFile(world.month,
                template, "self-assessment.xlsx"));
        assertThat(saved.problems()).isEmpty();
        assertThat(saved.saved()).isTrue();
        assertThat(saved.rowsRead()).isEqualTo(8);
        assertThat(saved.cases()).isEqualTo(2);
        assertThat(saved.changed()).isEqualTo(8);
        for (long id : List.of(caseA, caseB)) {
            SelfAssessmentForm form = signInAs.call(provider, () -> selfAssessments.selfAssessment(id));
            assertThat(form.complete()).isTrue();
            assertThat(form.lines()).extracting(SelfAssessmentLine::outcome)
                    .containsExactly(Outcome.MET, Outcome.NOT_MET, Outcome.MET, Outcome.MET);
        }
        assertThat(jdbc.queryForObject("select summary from audit_event where action = 'SELF_ASSESSMENT_IMPORTED'"
                + " and entity_id = 'self-assessment.xlsx' order by id desc limit 1", String.class))
                .contains("8 outcomes for 2 cases").contains("8 changed");

        // The same file again changes nothing.
        SelfAssessmentImportReport again = signInAs.call(provider, () -> selfAssessments.importFile(world.month,
                template, "self-assessment.xlsx"));
        assertThat(again.saved()).isTrue();
        assertThat(again.changed()).isZero();
    }

    static List<List<String>> cells(XSSFSheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                var cell = row.getCell(c);
                cells.add(cell == null ? "" : cell.getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A workbook of text cells; a cell starting with = is written as a formula. */
    static Path workbook(List<List<String>> rows) throws Exception {
        Path file = Files.createTempFile("self-assessment-upload-", ".xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Self-assessment");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value.startsWith("=")) {
                        row.createCell(c).setCellFormula(value.substring(1));
                    } else if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
