package uk.providerportal.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.signin.SignInAs;

/** The SLA Excel round trip: good files saved whole, bad files reported row by row and saved not at all. */
@PortalTest
class SlaImportIT {

    static final List<Object> HEADINGS = List.of("Organisation code", "Organisation name", "Month",
            "Monthly volume", "Weekly sample");

    @Autowired SlaService sla;
    @Autowired DataSource dataSource;
    @Autowired MutableClock clock;
    @Autowired SignInAs as;
    @Autowired Fixtures fixtures;

    /** This test's own delivery partners; the SLA month grid lists every organisation, so tests look at theirs. */
    Fixtures.Partner first;
    Fixtures.Partner second;
    Fixtures.Partner third;

    @BeforeEach
    void pinTodayAndMakePartners() {
        clock.set(Instant.parse("2026-11-15T10:00:00Z"));
        first = fixtures.partner();
        second = fixtures.partner();
        third = fixtures.partner();
    }

    private long volume(Fixtures.Partner partner, String column, String monthStart) {
        return rows("select " + column + " from sla_volume where organisation_id = ? and month_start = ?",
                partner.id(), monthStart);
    }

    private long agreed(Fixtures.Partner partner, String monthStart) {
        return rows("select count(*) from sla_volume where organisation_id = ? and month_start = ?", partner.id(),
                monthStart);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long rows(String sql, Object... args) {
        return new JdbcTemplate(dataSource).queryForObject(sql, Long.class, args);
    }

    private SlaImportReport importAsAdmin(Path file) throws Exception {
        return as.call("alex.reid", () -> sla.importFile(file, file.getFileName().toString(), rows -> { }));
    }

    @Test
    void goodFile_isSavedWhole_withHistoryAndAnAuditLine() throws Exception {
        Path file = SlaWorkbooks.poi(List.of(HEADINGS,
                List.of(first.code(), first.name(), "2027-02", 20, 6),
                List.of(second.code(), second.name(), "March 2027", 15, 4),
                List.of(third.code().toLowerCase(), third.name(), "2027-02", 12, 3)));

        SlaImportReport report = importAsAdmin(file);

        assertThat(report.problems()).isEmpty();
        assertThat(report.saved()).isTrue();
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(volume(first, "monthly_volume", "2027-02-01")).isEqualTo(20);
        assertThat(rows("select count(*) from sla_volume_history where organisation_id = ? and month_start = ?",
                second.id(), "2027-03-01")).isEqualTo(1);
        assertThat(rows("select count(*) from audit_event where action = 'SLA_VOLUMES_IMPORTED' and entity_id = ?",
                file.getFileName().toString())).isEqualTo(1);

        var volume = as.call(first.provider(), () -> sla.volumeFor(first.id(), YearMonth.of(2027, 2)));
        assertThat(volume).hasValueSatisfying(row -> assertThat(row.weeklyVolume()).isEqualTo(6));
    }

    @Test
    void fileWithSeveralBadRows_reportsEveryOneWithItsRowNumber_andSavesNothing() throws Exception {
        long before = rows("select count(*) from sla_volume");
        Path file = SlaWorkbooks.poi(List.of(HEADINGS,
                List.of(first.code(), "fine", "2027-04", 20, 6),
                List.of("XYZ", "nobody", "2027-04", 10, 2),
                List.of(second.code(), "", "2027-04", -3, 1),
                List.of(third.code(), "", "2027-04", "twelve", 2),
                List.of(first.code(), "", "2031-01", 10, 2),
                List.of(first.code(), "again", "April 2027", 18, 5),
                List.of(second.code(), "", "2027-05", 5, 8),
                List.of(third.code(), "", "not a month", 5, 1)));

        SlaImportReport report = importAsAdmin(file);

        assertThat(report.saved()).isFalse();
        assertThat(report.problems()).extracting(SlaImportReport.Problem::message).containsExactly(
                "Row 3: unknown organisation code 'XYZ'",
                "Row 4: the monthly volume cannot be negative (-3)",
                "Row 5: the monthly volume must be a whole number, not 'twelve'",
                "Row 6: January 2031 is outside the months you can set (November 2025 to November 2028)",
                "Row 7: duplicate of row 2 (" + first.code() + ", April 2027)",
                "Row 8: the weekly sample (8) cannot be more than the monthly volume (5)",
                "Row 9: 'not a month' is not a month; write it like 2026-03 or March 2026");
        assertThat(rows("select count(*) from sla_volume")).isEqualTo(before);
    }

    @Test
    void fileFromAnotherSpreadsheetProgram_isReadTheSameWay() throws Exception {
        Path file = SlaWorkbooks.handMade(List.of(HEADINGS,
                List.of(first.code(), first.name(), "2027-06", 9, 3)));

        SlaImportReport report = importAsAdmin(file);

        assertThat(report.problems()).isEmpty();
        assertThat(volume(first, "weekly_volume", "2027-06-01")).isEqualTo(3);
    }

    @Test
    void fileSavedByLibreOfficeCalc_isReadToo() throws Exception {
        // Made from a CSV by LibreOffice Calc 7.4 (soffice --headless --convert-to xlsx); it typed the months as
        // dates with its own number formats.
        Path file = Files.createTempFile("sla-libreoffice-", ".xlsx");
        try (var in = getClass().getResourceAsStream("/sla/sla-libreoffice.xlsx")) {
            Files.copy(java.util.Objects.requireNonNull(in), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        SlaImportReport report = importAsAdmin(file);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(2);
        assertThat(rows("select monthly_volume from sla_volume v join organisation o on o.id = v.organisation_id"
                + " where o.code = 'MDT' and v.month_start = '2027-05-01'")).isEqualTo(14);
    }

    @Test
    void roundTrip_templateDownloadedThenUploaded_withMonthsNotAgreed_isAcceptedAndChangesNothing() throws Exception {
        Path file = Files.createTempFile("sla-template-", ".xlsx");
        as.call("alex.reid", () -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                sla.writeTemplate(YearMonth.of(2027, 2), YearMonth.of(2027, 3), out);
            }
            return null;
        });
        SlaImportReport report = as.call("alex.reid", () -> sla.validate(file, rows -> { }));
        // Months without agreed volumes come back empty: a blank row means "no change", so the file is right as is.
        assertThat(report.problems()).isEmpty();
        assertThat(report.leftBlank()).isPositive();
        long before = rows("select count(*) from sla_volume");
        SlaImportReport saved = importAsAdmin(file);
        assertThat(saved.saved()).isTrue();
        assertThat(saved.changed()).isZero();
        assertThat(rows("select count(*) from sla_volume")).isEqualTo(before);
    }

    @Test
    void oversizeFile_isRefusedWithAClearMessage_andNothingSaved() throws Exception {
        long before = rows("select count(*) from sla_volume");
        Path file = Files.createTempFile("sla-big-", ".xlsx");
        try (var out = Files.newOutputStream(file)) {
            out.write(new byte[(int) SlaService.MAX_IMPORT_BYTES + 1]);
        }
        SlaImportReport report = importAsAdmin(file);
        assertThat(report.problems()).extracting(SlaImportReport.Problem::message)
                .containsExactly("The file is larger than 10 MB, the most an SLA spreadsheet may be.");
        assertThat(rows("select count(*) from sla_volume")).isEqualTo(before);
    }

    @Test
    void zipBomb_isRefusedForSafety_andNothingSaved() throws Exception {
        long before = rows("select count(*) from sla_volume");
        SlaImportReport report = importAsAdmin(SlaWorkbooks.zipBomb());
        assertThat(report.problems()).extracting(SlaImportReport.Problem::message).singleElement().asString()
                .contains("refused for safety");
        assertThat(rows("select count(*) from sla_volume")).isEqualTo(before);
    }

    @Test
    void notASpreadsheet_isRefusedByName() throws Exception {
        Path file = Files.createTempFile("sla-text-", ".xlsx");
        Files.writeString(file, "Organisation code,Month\nNCA,2027-01\n");
        assertThat(importAsAdmin(file).problems()).extracting(SlaImportReport.Problem::message)
                .containsExactly("This is not an Excel workbook (.xlsx). Download the template and fill that in.");
    }

    @Test
    void gridSave_isAllOrNothing() throws Exception {
        YearMonth month = YearMonth.of(2027, 8);
        List<SlaRow> rows = new ArrayList<>(as.call("alex.reid", () -> sla.month(month)));
        rows.replaceAll(row -> row.organisationId() == first.id() ? row.withVolumes(20, 6)
                : row.organisationId() == second.id() ? row.withVolumes(4, 9) : row);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as.call("alex.reid", () -> sla.saveMonth(month, rows)))
                .isInstanceOf(SlaChangeRefused.class).hasMessageContaining(second.name());
        assertThat(agreed(first, "2027-08-01")).as("the good row was not saved either").isZero();
    }

    @Test
    void copyForward_fillsOnlyMonthsWithoutAgreedVolumes() throws Exception {
        YearMonth month = YearMonth.of(2027, 9);
        fixtures.agree(first, month, 10, 3);
        fixtures.agree(second, month, 10, 3);
        fixtures.agree(second, month.plusMonths(1), 7, 2);

        int copied = as.call("alex.reid", () -> sla.copyForward(month));

        assertThat(copied).isGreaterThanOrEqualTo(1);
        assertThat(volume(first, "monthly_volume", "2027-10-01")).isEqualTo(10);
        assertThat(volume(second, "monthly_volume", "2027-10-01")).as("an agreed month is left alone").isEqualTo(7);
        assertThat(agreed(third, "2027-10-01")).as("nothing to copy from").isZero();
        assertThat(as.call("alex.reid", () -> sla.copyForward(month))).isZero();
    }
}
