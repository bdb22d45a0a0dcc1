package uk.providerportal.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.calendar.WorkingDayCalendar;
import uk.providerportal.notification.NotificationService;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.signin.SignInAs;

/**
 * Returns on the database (issue 15): an upload is all or nothing, a correction is a new version with a reason that
 * keeps the first version's timeliness, late and missing returns, tenant isolation, KPI figures from summed counts of
 * the current versions, and reminders through the outbox. Each test has a programme and partners of its own; today is
 * pinned to Monday 10 May 2027.
 */
@PortalTest
class ReturnServiceIT {

    static final String ADMIN = "alex.reid";
    static final String QUALITY_MANAGER = "helen.carter";
    static final YearMonth MARCH = YearMonth.of(2027, 3);
    static final YearMonth APRIL = YearMonth.of(2027, 4);

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired ReturnService returns;
    @Autowired ContractKpiService kpis;
    @Autowired OrganisationService organisations;
    @Autowired WorkingDayCalendar calendar;
    @Autowired NotificationService notifications;

    long programmeId;
    Fixtures.Partner partner;
    Fixtures.Partner other;

    @BeforeEach
    void partners() throws Exception {
        fixtures.today("2027-05-10");
        String code = "RT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        programmeId = signInAs.call(ADMIN, () -> organisations.ensureProgramme(code, "Returns test " + code));
        partner = fixtures.partner(code, Nation.ENGLAND_AND_WALES);
        other = fixtures.partner(code, Nation.SCOTLAND);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Long> mi(long referrals, long acknowledged) {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("REFERRALS", referrals);
        figures.put("REFERRALS_ACK_2WD", acknowledged);
        figures.put("INITIAL_APPOINTMENTS", 50L);
        figures.put("INITIAL_APPOINTMENTS_15WD", 48L);
        figures.put("STARTS", 40L);
        return figures;
    }

    static Map<String, Long> css(long complaints) {
        return new LinkedHashMap<>(Map.of("COMPLAINTS", complaints, "COMPLAINTS_10WD", 0L, "CALLS", 10L,
                "CALLS_60S", 9L));
    }

    int rows(long organisationId) {
        return jdbc.queryForObject("select count(*) from provider_return where organisation_id = ?", Integer.class,
                organisationId);
    }

    byte[] template(Fixtures.Partner of, YearMonth period) throws Exception {
        var out = new ByteArrayOutputStream();
        signInAs.call(of.provider(), () -> {
            returns.writeTemplate(of.id(), ReturnType.MANAGEMENT_INFORMATION, period, out);
            return null;
        });
        return out.toByteArray();
    }

    static byte[] filled(byte[] template, Object... values) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var sheet = workbook.getSheet(ReturnTemplate.RETURN_SHEET);
            for (int i = 0; i < values.length; i++) {
                var cell = sheet.getRow(ReturnTemplate.HEADER_ROW + 1 + i).getCell(ReturnTemplate.VALUE);
                if (values[i] instanceof String text) {
                    cell.setCellValue(text);
                } else {
                    cell.setCellValue(((Number) values[i]).doubleValue());
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    ReturnResult upload(Fixtures.Partner as, long organisationId, YearMonth period, byte[] file) throws Exception {
        return signInAs.call(as.provider(), () -> returns.upload(organisationId, ReturnType.MANAGEMENT_INFORMATION,
                period, new ByteArrayInputStream(file), null));
    }

    @Test
    void upload_withOneBadFigure_savesNothing_andAGoodOneIsSentOnTime() throws Exception {
        byte[] template = template(partner, APRIL);
        var refused = upload(partner, partner.id(), APRIL, filled(template, 120, "n/a", 50, 48, 40));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.problems()).containsExactly("Row 6, column C (Referrals acknowledged within 2 working "
                + "days): “n/a” is not a number.");
        assertThat(rows(partner.id())).isZero();

        var sent = upload(partner, partner.id(), APRIL, filled(template, 120, 119, 50, 48, 40));
        assertThat(sent.problems()).isEmpty();
        ReturnSummary saved = sent.saved();
        assertThat(saved.currentVersion()).isEqualTo(1);
        assertThat(saved.dueOn()).isEqualTo(LocalDate.of(2027, 5, 24));
        assertThat(saved.timeliness().text()).isEqualTo("On time");
        assertThat(saved.figures()).containsEntry("REFERRALS_ACK_2WD", 119L);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'RETURN_SUBMITTED'"
                + " and entity_id = ?", Integer.class, String.valueOf(jdbc.queryForObject(
                "select id from provider_return where organisation_id = ?", Long.class, partner.id()))))
                .isEqualTo(1);
    }

    @Test
    void sentReturn_isLocked_andACorrectionIsANewVersionWithAReason_keepingItsTimeliness() throws Exception {
        signInAs.call(partner.provider(), () -> returns.submitFigures(partner.id(), ReturnType.CUSTOMER_SERVICE_STANDARDS,
                APRIL, new LinkedHashMap<>(css(3)), null));
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> returns.submitFigures(partner.id(),
                ReturnType.CUSTOMER_SERVICE_STANDARDS, APRIL, new LinkedHashMap<>(css(4)), " ")))
                .isInstanceOfSatisfying(ChangeRefused.class, e -> assertThat(e.field()).isEqualTo("reason"));

        fixtures.today("2027-06-01");
        var corrected = signInAs.call(partner.provider(), () -> returns.submitFigures(partner.id(),
                ReturnType.CUSTOMER_SERVICE_STANDARDS, APRIL, new LinkedHashMap<>(css(4)), "One complaint was logged late."))
                .saved();
        assertThat(corrected.currentVersion()).isEqualTo(2);
        assertThat(corrected.figures()).containsEntry("COMPLAINTS", 4L);
        assertThat(corrected.timeliness().text()).isEqualTo("On time");
        assertThat(corrected.versions()).extracting(ReturnSummary.Version::reason)
                .containsExactly(null, "One complaint was logged late.");
        assertThat(jdbc.queryForObject("select count(*) from provider_return where organisation_id = ?"
                + " and current_version = true", Integer.class, partner.id())).isEqualTo(1);
    }

    @Test
    void returnSentAfterItsDueDate_isLateByWorkingDays_andOneNotSent_isMissing() throws Exception {
        var late = signInAs.call(partner.provider(), () -> returns.submitFigures(partner.id(),
                ReturnType.MANAGEMENT_INFORMATION, MARCH, new LinkedHashMap<>(mi(10, 10)), null)).saved();
        assertThat(late.dueOn()).isEqualTo(LocalDate.of(2027, 4, 21));
        // 22 April to 10 May 2027, without the weekends and the early May bank holiday (3 May)
        assertThat(late.timeliness().workingDaysLate()).isEqualTo(12)
                .isEqualTo(calendar.workingDaysAfter(Nation.ENGLAND_AND_WALES, late.dueOn(), LocalDate.of(2027, 5, 10)));
        assertThat(late.timeliness().text()).isEqualTo("Late by 12 working days");

        List<ReturnSummary> seen = signInAs.call(QUALITY_MANAGER, () -> returns.returns(partner.id()));
        assertThat(seen).filteredOn(r -> r.type() == ReturnType.CUSTOMER_SERVICE_STANDARDS && r.period().equals(MARCH))
                .singleElement().satisfies(r -> assertThat(r.timeliness().text())
                        .isEqualTo("Missing (was due on 21 April 2027)"));
        assertThat(seen).filteredOn(r -> r.type() == ReturnType.MANAGEMENT_INFORMATION && r.period().equals(APRIL))
                .singleElement().satisfies(r -> assertThat(r.timeliness().text()).isEqualTo("Due on 24 May 2027"));
    }

    @Test
    void dueDates_followEachNationsBankHolidays_asTheCalendarKeepsThem() throws Exception {
        // July 2026: Scotland's summer bank holiday is 3 August, England's 31 August; the 15th of August is a Saturday
        YearMonth july = YearMonth.of(2026, 7);
        assertThat(signInAs.call(QUALITY_MANAGER, () -> returns.dueOn(partner.id(), ReturnType.MANAGEMENT_INFORMATION,
                july))).isEqualTo(LocalDate.of(2026, 8, 21));
        assertThat(signInAs.call(QUALITY_MANAGER, () -> returns.dueOn(other.id(), ReturnType.MANAGEMENT_INFORMATION,
                july))).isEqualTo(LocalDate.of(2026, 8, 24));
        assertThat(signInAs.call(QUALITY_MANAGER, () -> returns.dueOn(other.id(), ReturnType.SOCIAL_VALUE,
                YearMonth.of(2026, 4)))).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> returns.returnOf(other.id(),
                ReturnType.SOCIAL_VALUE, YearMonth.of(2026, 5))))
                .isInstanceOfSatisfying(ChangeRefused.class, e -> assertThat(e.field()).isEqualTo("period"));
    }

    @Test
    void aPartner_cannotReadOrSendAnotherOrganisationsReturns() throws Exception {
        assertThatThrownBy(() -> signInAs.call(other.provider(), () -> returns.returnOf(partner.id(),
                ReturnType.MANAGEMENT_INFORMATION, APRIL))).isInstanceOf(ItemNotFoundException.class);
        byte[] file = filled(template(partner, APRIL), 1, 1, 1, 1, 1);
        assertThatThrownBy(() -> upload(other, partner.id(), APRIL, file)).isInstanceOf(ItemNotFoundException.class);
        assertThat(rows(partner.id())).isZero();
        assertThat(signInAs.call(other.provider(), () -> returns.returns(partner.id())))
                .allSatisfy(r -> assertThat(r.organisationId()).isEqualTo(other.id()));
        assertThatThrownBy(() -> signInAs.call(other.provider(), () -> kpis.kpiTable(partner.id(), APRIL)))
                .isInstanceOf(ItemNotFoundException.class);
    }

    @Test
    void kpiFigures_sumTheCountsOfTheCurrentVersions_neverAveragingPercentages() throws Exception {
        signInAs.call(ADMIN, () -> kpis.addKpi(programmeId, new NewContractKpi("RT1", "Referrals acknowledged within "
                + "2 working days", KpiMeasure.PERCENTAGE, KpiSource.MANAGEMENT_INFORMATION, List.of("REFERRALS_ACK_2WD"),
                "REFERRALS", Frequency.MONTHLY, new BigDecimal("96"), new TierBounds(new BigDecimal("96"),
                new BigDecimal("93.5"), new BigDecimal("91")), LocalDate.of(2027, 1, 1))));
        signInAs.call(partner.provider(), () -> returns.submitFigures(partner.id(), ReturnType.MANAGEMENT_INFORMATION,
                MARCH, new LinkedHashMap<>(mi(100, 95)), null));
        signInAs.call(partner.provider(), () -> returns.submitFigures(partner.id(), ReturnType.MANAGEMENT_INFORMATION,
                APRIL, new LinkedHashMap<>(mi(200, 199)), null));

        ContractKpiRow row = signInAs.call(partner.provider(), () -> kpis.kpiTable(partner.id(), APRIL)).rows()
                .getFirst();
        assertThat(row.figures()).extracting(KpiPeriodFigure::text).containsExactly(
                "99.5%: Good, target met (199 of 200)",
                "98.0%: Good, target met (294 of 300)",
                "98.0%: Good, target met (294 of 300)",
                "98.0%: Good, target met (294 of 300)");

        signInAs.call(partner.provider(), () -> returns.submitFigures(partner.id(), ReturnType.MANAGEMENT_INFORMATION,
                APRIL, new LinkedHashMap<>(mi(200, 180)), "Twenty were acknowledged on the third day."));
        row = signInAs.call(QUALITY_MANAGER, () -> kpis.kpiTable(partner.id(), APRIL)).rows().getFirst();
        assertThat(row.figures().get(0).text()).isEqualTo("90.0%: Inadequate, target not met (180 of 200)");
        assertThat(row.figures().get(1).text()).isEqualTo("91.7%: Needs improvement, target not met (275 of 300)");
        assertThat(signInAs.call(QUALITY_MANAGER, () -> kpis.kpiTable(other.id(), APRIL)).rows().getFirst()
                .figures().getFirst().text()).isEqualTo("No figures");
    }

    @Test
    void catalogue_isEffectiveDated_andRefusesAVersionNotAfterTheLast() throws Exception {
        var first = new NewContractKpi("RT2", "Complaints answered within 10 working days", KpiMeasure.PERCENTAGE,
                KpiSource.CUSTOMER_SERVICE_STANDARDS, List.of("COMPLAINTS_10WD"), "COMPLAINTS", Frequency.MONTHLY,
                new BigDecimal("95"), new TierBounds(new BigDecimal("95"), new BigDecimal("92.5"), new BigDecimal("90")),
                LocalDate.of(2027, 1, 1));
        signInAs.call(ADMIN, () -> kpis.addKpi(programmeId, first));
        var raised = new NewContractKpi("RT2", first.description(), first.measure(), first.source(),
                first.numeratorKeys(), first.denominatorKey(), first.frequency(), new BigDecimal("97"),
                new TierBounds(new BigDecimal("97"), new BigDecimal("95"), new BigDecimal("92")), LocalDate.of(2027, 4, 1));
        signInAs.call(ADMIN, () -> kpis.addKpi(programmeId, raised));
        assertThat(signInAs.call(QUALITY_MANAGER, () -> kpis.catalogue(programmeId)))
                .extracting(CatalogueEntry::inForceText)
                .containsExactly("1 January 2027 to 31 March 2027", "From 1 April 2027");
        assertThat(signInAs.call(QUALITY_MANAGER, () -> kpis.kpiTable(partner.id(), MARCH)).rows().getFirst()
                .kpi().target()).isEqualByComparingTo("95");
        assertThat(signInAs.call(QUALITY_MANAGER, () -> kpis.kpiTable(partner.id(), APRIL)).rows().getFirst()
                .kpi().target()).isEqualByComparingTo("97");
        assertThatThrownBy(() -> signInAs.call(ADMIN, () -> kpis.addKpi(programmeId, first)))
                .isInstanceOfSatisfying(ChangeRefused.class, e -> assertThat(e.field()).isEqualTo("effectiveFrom"));
    }

    @Test
    void reminders_goThroughTheOutbox_beforeTheDeadlineAndWhenMissing_once() throws Exception {
        fixtures.today("2027-05-20");
        var due = signInAs.call(ADMIN, () -> returns.reminders());
        assertThat(due).filteredOn(r -> r.organisationId() == partner.id() && r.period().equals(APRIL)
                && r.type() == ReturnType.MANAGEMENT_INFORMATION).singleElement()
                .satisfies(r -> assertThat(r.missing()).isFalse());
        assertThat(due).filteredOn(r -> r.organisationId() == partner.id() && r.period().equals(MARCH))
                .as("missing for weeks: told once already, not every day").isEmpty();
        signInAs.call(ADMIN, () -> notifications.checkReturnReminders());
        signInAs.call(ADMIN, () -> notifications.checkReturnReminders());
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where notice_key = ?",
                Integer.class, "RETURN_DUE:" + partner.id() + ":MANAGEMENT_INFORMATION:2027-04")).isEqualTo(1);

        signInAs.call(partner.provider(), () -> returns.submitFigures(partner.id(), ReturnType.MANAGEMENT_INFORMATION,
                APRIL, new LinkedHashMap<>(mi(10, 10)), null));
        fixtures.today("2027-05-25");
        var missing = signInAs.call(ADMIN, () -> returns.reminders());
        assertThat(missing).filteredOn(r -> r.organisationId() == partner.id() && r.period().equals(APRIL))
                .extracting(ReturnReminder::type).containsExactlyInAnyOrder(ReturnType.CUSTOMER_SERVICE_STANDARDS,
                        ReturnType.CUSTOMER_INSIGHT);
        signInAs.call(ADMIN, () -> notifications.checkReturnReminders());
        assertThat(jdbc.queryForObject("select body from notification_outbox where notice_key = ?",
                String.class, "RETURN_MISSING:" + partner.id() + ":CUSTOMER_INSIGHT:2027-04"))
                .contains("was due on 24 May 2027 and has not been sent");
    }
}
