package uk.providerportal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.providerportal.calendar.AssessmentCalendar;
import uk.providerportal.kpi.KpiService;
import uk.providerportal.organisation.OrganisationSummary;

/**
 * Twelve months of KPIs published before the portal, per demo delivery partner, where it has none (issue 12): the
 * figures the monthly emails carried, recorded as imported, so the KPI page's trend, rolling 3 and rolling 12 start
 * from a history. Northgate improves through the year, Midlands Debt Trust dips in the spring, Pathways South East
 * hovers near target and Clyde Works climbs out of "inadequate". This month is published by the portal itself.
 */
@Component
class DemoKpiHistory {

    /** Cases counted and passing per month, oldest first. */
    private static final Map<String, int[][]> HISTORY = Map.of(
            "NCA", new int[][] {{18, 12}, {19, 13}, {20, 14}, {20, 15}, {19, 15}, {20, 16}, {18, 15}, {20, 16},
                    {20, 17}, {19, 16}, {20, 17}, {20, 18}},
            "MDT", new int[][] {{12, 10}, {11, 9}, {12, 10}, {12, 8}, {10, 6}, {12, 8}, {12, 9}, {11, 9}, {12, 10},
                    {12, 10}, {12, 11}, {12, 10}},
            "PSE", new int[][] {{16, 12}, {15, 11}, {16, 13}, {16, 12}, {16, 12}, {14, 11}, {16, 13}, {16, 12},
                    {15, 12}, {16, 12}, {16, 13}, {16, 12}},
            "CLW", new int[][] {{10, 5}, {10, 6}, {9, 5}, {10, 6}, {10, 7}, {10, 6}, {10, 7}, {10, 7}, {9, 7},
                    {10, 8}, {10, 8}, {10, 8}});

    private final KpiService kpis;
    private final AssessmentCalendar calendar;
    private final Clock clock;

    DemoKpiHistory(KpiService kpis, AssessmentCalendar calendar, Clock clock) {
        this.kpis = kpis;
        this.calendar = calendar;
        this.clock = clock;
    }

    void seed(Map<String, OrganisationSummary> byCode) {
        YearMonth first = YearMonth.now(clock).minusMonths(12);
        var recorded = kpis.overview(first, null).stream().map(row -> row.kpi().organisationId())
                .collect(java.util.stream.Collectors.toSet());
        HISTORY.forEach((code, months) -> {
            long organisationId = byCode.get(code).id();
            if (recorded.contains(organisationId)) {
                return;
            }
            for (int i = 0; i < months.length; i++) {
                YearMonth month = first.plusMonths(i);
                int counted = months[i][0];
                int passing = months[i][1];
                // passing cases score about 92%, failing ones about 70%
                BigDecimal scores = BigDecimal.valueOf(passing * 920L + (counted - passing) * 700L, 1);
                int detriment = (counted - passing) / 3;
                kpis.recordEarlierPublication(organisationId, month, counted, passing, scores, detriment,
                        calendar.timetable(month).kpiPublication(), "monthly KPI email");
            }
        });
    }
}
