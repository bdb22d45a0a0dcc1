package uk.providerportal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.providerportal.PortalTest;
import uk.providerportal.signin.SignInAs;

@PortalTest
class AuditExportIT {

    @Autowired AuditLog auditLog;
    @Autowired ApplicationContext context;

    @Test
    void export_writesOneRowPerMatchingEntry_withUtcAndUkTimes() throws Exception {
        var as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        var query = new AuditQuery(null, null, null, null, "USER_CREATED", null);
        var out = new ByteArrayOutputStream();

        long rows = as.call("helen.carter", () -> auditLog.export(query, out));
        long expected = as.call("helen.carter", () -> auditLog.count(query));

        assertThat(rows).isEqualTo(expected).isGreaterThanOrEqualTo(9);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet("Audit trail");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("When (UTC)");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) rows);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("USER_CREATED");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).endsWith("Z");
        }
    }

    @Test
    void recordedChange_carriesWhoWhichOrganisationWhatAndWhen() throws Exception {
        var as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        as.call("priya.shah", () -> {
            auditLog.record("TEST_CHANGE", "Thing", 42, "A provider changed a thing");
            return null;
        });
        AuditEntry entry = as.call("alex.reid", () -> auditLog.latest()).stream()
                .filter(e -> e.action().equals("TEST_CHANGE")).findFirst().orElseThrow();

        assertThat(entry.actorName()).contains("Priya Shah", "priya.shah@northgate-advice.example");
        assertThat(entry.actorOrganisationId()).isNotNull();
        assertThat(entry.entityType()).isEqualTo("Thing");
        assertThat(entry.entityId()).isEqualTo("42");
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.DONE);
        assertThat(entry.occurredAt()).isNotNull();
    }

    @Test
    void export_writesFormulaLikeTextAsTextCells_neverAsFormulas() throws Exception {
        var as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        String hostile = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        as.call("priya.shah", () -> {
            auditLog.record("TEST_FORMULA_TEXT", "Thing", "@SUM(1+1)", hostile);
            return null;
        });
        var query = new AuditQuery(null, null, null, null, "TEST_FORMULA_TEXT", null);
        var out = new ByteArrayOutputStream();

        as.call("helen.carter", () -> auditLog.export(query, out));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = workbook.getSheet("Audit trail").getRow(1);
            assertThat(row.getCell(9).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo(hostile);
            assertThat(row.getCell(7).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("@SUM(1+1)");
            for (var cell : row) {
                assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
            }
        }
    }
}
