package uk.providerportal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.providerportal.base.DateFormats;
import uk.providerportal.calendar.WorkingDayCalendar;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.returns.ContractKpiService;
import uk.providerportal.returns.Frequency;
import uk.providerportal.returns.KpiMeasure;
import uk.providerportal.returns.KpiSource;
import uk.providerportal.returns.NewContractKpi;
import uk.providerportal.returns.ReturnService;
import uk.providerportal.returns.ReturnType;
import uk.providerportal.returns.TierBounds;

/**
 * Contract KPIs and returns (issue 15): each programme's catalogue (employment support: referrals acknowledged within 2
 * working days, initial appointments within 15 working days, customer satisfaction, complaints, social value; debt
 * advice: the quality KPI among them), in force from a year ago; and five months of returns (and two quarters of social
 * value) for every demo organisation, received through the procurement system before the portal, on time except
 * Midlands Debt Trust's
 * customer service standards two months ago (late) and Clyde Works' customer insight two months ago (missing).
 * Pathways South East corrected one management information return. Last month's returns are left to send.
 */
@Component
class DemoReturns {

    private static final String MANAGER = "helen.carter";

    private final ContractKpiService kpis;
    private final ReturnService returns;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    DemoReturns(ContractKpiService kpis, ReturnService returns, WorkingDayCalendar calendar, Clock clock) {
        this.kpis = kpis;
        this.returns = returns;
        this.calendar = calendar;
        this.clock = clock;
    }

    void seed(long debtAdvice, long employment, Map<String, OrganisationSummary> byCode, DemoCalibration.AsPerson as) {
        if (!kpis.catalogue(employment).isEmpty()) {
            return;
        }
        YearMonth now = YearMonth.now(clock.withZone(DateFormats.ZONE));
        LocalDate from = now.minusMonths(12).atDay(1);
        kpis.addKpi(employment, percent("ES1", "Referrals acknowledged within 2 working days",
                KpiSource.MANAGEMENT_INFORMATION, List.of("REFERRALS_ACK_2WD"), "REFERRALS", Frequency.MONTHLY, "99.5",
                "97", "95", from));
        kpis.addKpi(employment, percent("ES2", "Initial appointment within 15 working days of referral",
                KpiSource.MANAGEMENT_INFORMATION, List.of("INITIAL_APPOINTMENTS_15WD"), "INITIAL_APPOINTMENTS",
                Frequency.MONTHLY, "96", "93.5", "91", from));
        kpis.addKpi(employment, percent("ES3", "Participants satisfied or very satisfied",
                KpiSource.CUSTOMER_INSIGHT, List.of("VERY_SATISFIED", "SATISFIED"), "RESPONDED", Frequency.MONTHLY,
                "85", "80", "75", from));
        kpis.addKpi(employment, percent("ES4", "Complaints answered within 10 working days",
                KpiSource.CUSTOMER_SERVICE_STANDARDS, List.of("COMPLAINTS_10WD"), "COMPLAINTS", Frequency.MONTHLY,
                "95", "92.5", "90", from));
        kpis.addKpi(employment, percent("SV1", "Social value commitments met", KpiSource.SOCIAL_VALUE,
                List.of("SV_MET"), "SV_COMMITMENTS", Frequency.QUARTERLY, "90", "85", "80", from));
        kpis.addKpi(debtAdvice, percent("QK1", "Quality KPI: assessed cases passing", KpiSource.QUALITY_KPI,
                List.of(KpiSource.CASES_PASSING), KpiSource.CASES_COUNTED, Frequency.MONTHLY, "80", "75", "65",
                from));
        kpis.addKpi(debtAdvice, percent("DA2", "Referrals acknowledged within 2 working days",
                KpiSource.MANAGEMENT_INFORMATION, List.of("REFERRALS_ACK_2WD"), "REFERRALS", Frequency.MONTHLY, "99.5",
                "97", "95", from));
        kpis.addKpi(debtAdvice, percent("DA3", "Clients satisfied or very satisfied", KpiSource.CUSTOMER_INSIGHT,
                List.of("VERY_SATISFIED", "SATISFIED"), "RESPONDED", Frequency.MONTHLY, "85", "80", "75", from));
        kpis.addKpi(debtAdvice, percent("SV1", "Social value commitments met", KpiSource.SOCIAL_VALUE,
                List.of("SV_MET"), "SV_COMMITMENTS", Frequency.QUARTERLY, "90", "85", "80", from));

        int seed = 0;
        for (String code : List.of("NCA", "MDT", "PSE", "CLW")) {
            OrganisationSummary organisation = byCode.get(code);
            seed++;
            for (int back = ReturnService.SHOWN_MONTHS; back >= 2; back--) {
                YearMonth month = now.minusMonths(back);
                for (ReturnType type : List.of(ReturnType.MANAGEMENT_INFORMATION, ReturnType.CUSTOMER_SERVICE_STANDARDS,
                        ReturnType.CUSTOMER_INSIGHT)) {
                    if (code.equals("CLW") && back == 2 && type == ReturnType.CUSTOMER_INSIGHT) {
                        continue;
                    }
                    int late = code.equals("MDT") && back == 2 && type == ReturnType.CUSTOMER_SERVICE_STANDARDS ? 2 : 0;
                    receive(organisation, type, month, figures(type, back * 3 + seed), late, as);
                }
            }
            YearMonth lastEnded = now.minusMonths(1);
            YearMonth quarter = lastEnded.minusMonths(lastEnded.getMonthValue() % 3 + 2L);
            receive(organisation, ReturnType.SOCIAL_VALUE, quarter.minusMonths(3), figures(ReturnType.SOCIAL_VALUE,
                    seed + 1), 0, as);
            receive(organisation, ReturnType.SOCIAL_VALUE, quarter, figures(ReturnType.SOCIAL_VALUE, seed), 0, as);
        }
        YearMonth corrected = now.minusMonths(3);
        Map<String, Long> fixed = new LinkedHashMap<>(figures(ReturnType.MANAGEMENT_INFORMATION, 3 * 3 + 3));
        fixed.put("STARTS", fixed.get("STARTS") + 4);
        as.call("ade.okafor", () -> returns.submitFigures(byCode.get("PSE").id(), ReturnType.MANAGEMENT_INFORMATION,
                corrected, new LinkedHashMap<>(fixed), "Four starts were recorded a day late in our case system."));
    }

    private void receive(OrganisationSummary organisation, ReturnType type, YearMonth period,
                         Map<String, Long> figures, int workingDaysLate, DemoCalibration.AsPerson as) {
        LocalDate due = as.call(MANAGER, () -> returns.dueOn(organisation.id(), type, period));
        LocalDate received = workingDaysLate > 0 ? calendar.addWorkingDays(organisation.nation(), due,
                workingDaysLate) : calendar.addWorkingDays(organisation.nation(), due.minusDays(7), 1);
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        if (received.isAfter(today)) {
            received = today;
        }
        if (!received.isAfter(type.lastMonth(period).atEndOfMonth())) {
            received = type.lastMonth(period).atEndOfMonth().plusDays(1);
        }
        LocalDate on = received;
        as.call("alex.reid", () -> returns.recordReceived(organisation.id(), type, period, figures, on));
    }

    static Map<String, Long> figures(ReturnType type, int i) {
        Map<String, Long> f = new LinkedHashMap<>();
        switch (type) {
            case MANAGEMENT_INFORMATION -> {
                long referrals = 100 + 7L * (i % 9);
                long initial = referrals - 10;
                f.put("REFERRALS", referrals);
                f.put("REFERRALS_ACK_2WD", referrals - (i % 3 == 0 ? 2 : 0));
                f.put("INITIAL_APPOINTMENTS", initial);
                f.put("INITIAL_APPOINTMENTS_15WD", initial - (i % 2 == 0 ? 3 : 6));
                f.put("STARTS", initial - 20);
            }
            case CUSTOMER_SERVICE_STANDARDS -> {
                long complaints = 4 + i % 3;
                long calls = 900 + 13L * (i % 7);
                f.put("COMPLAINTS", complaints);
                f.put("COMPLAINTS_10WD", complaints - (i % 4 == 0 ? 1 : 0));
                f.put("CALLS", calls);
                f.put("CALLS_60S", calls * 9 / 10);
            }
            case CUSTOMER_INSIGHT -> {
                long responded = 25 + i % 5;
                long very = responded * 3 / 5;
                long satisfied = responded / 4 + (i % 2);
                f.put("CONTACTED", 60L + i % 11);
                f.put("RESPONDED", responded);
                f.put("VERY_SATISFIED", very);
                f.put("SATISFIED", satisfied);
                f.put("NEITHER", 2L);
                f.put("DISSATISFIED", 1L);
                f.put("VERY_DISSATISFIED", responded - very - satisfied - 3);
            }
            case SOCIAL_VALUE -> {
                f.put("SV_COMMITMENTS", 10L);
                f.put("SV_MET", 8L + i % 3);
                f.put("VOLUNTEER_HOURS", 100L + 15L * i);
            }
        }
        return f;
    }

    private static NewContractKpi percent(String code, String description, KpiSource source, List<String> counted,
                                          String of, Frequency frequency, String target, String near, String needs,
                                          LocalDate from) {
        return new NewContractKpi(code, description, KpiMeasure.PERCENTAGE, source, counted, of, frequency,
                new BigDecimal(target), new TierBounds(new BigDecimal(target), new BigDecimal(near),
                new BigDecimal(needs)), from);
    }
}
