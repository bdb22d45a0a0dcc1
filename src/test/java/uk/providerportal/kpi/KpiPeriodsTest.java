package uk.providerportal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.providerportal.policy.KpiPolicy;

/** The KPI's arithmetic (issue 12, items 1 to 3): edges of the target and tiers, and periods added from counts. */
class KpiPeriodsTest {

    static final KpiPolicy POLICY = new KpiPolicy(LocalDate.of(2023, 1, 1), new BigDecimal("80"), new BigDecimal("85"),
            KpiPolicy.KpiMethod.SHARE_OF_CASES_AT_PASS_MARK, new BigDecimal("80"), new BigDecimal("75"),
            new BigDecimal("65"), "test");

    static KpiFigure inMonth(int counted, int passing) {
        return KpiFigure.of(KpiPeriod.IN_MONTH, counted, passing, BigDecimal.valueOf(85L * counted), 0, POLICY);
    }

    @Test
    void sixteenOfTwentyPassing_is80Point0_andMeetsAn80Target() {
        KpiFigure figure = inMonth(20, 16);
        assertThat(figure.kpiPercent()).isEqualByComparingTo("80.0");
        assertThat(figure.kpiText()).isEqualTo("80.0%");
        assertThat(figure.targetMet()).isTrue();
        assertThat(figure.tier()).isEqualTo(KpiPolicy.Tier.GOOD);
    }

    @Test
    void fifteenOfNineteen_is78Point9_andDoesNotMeetIt() {
        KpiFigure figure = inMonth(19, 15);
        assertThat(figure.kpiPercent()).isEqualByComparingTo("78.9");
        assertThat(figure.targetMet()).isFalse();
        assertThat(figure.targetText()).isEqualTo("Not met");
        assertThat(figure.tier()).isEqualTo(KpiPolicy.Tier.NEAR_TARGET);
    }

    @Test
    void tierBoundaries_exactlyAtEachBound_belongToTheHigherTier() {
        assertThat(inMonth(100, 80).tier()).isEqualTo(KpiPolicy.Tier.GOOD);
        assertThat(inMonth(1000, 799).tier()).isEqualTo(KpiPolicy.Tier.NEAR_TARGET);
        assertThat(inMonth(100, 75).tier()).isEqualTo(KpiPolicy.Tier.NEAR_TARGET);
        assertThat(inMonth(1000, 749).tier()).isEqualTo(KpiPolicy.Tier.NEEDS_IMPROVEMENT);
        assertThat(inMonth(100, 65).tier()).isEqualTo(KpiPolicy.Tier.NEEDS_IMPROVEMENT);
        assertThat(inMonth(1000, 649).tier()).isEqualTo(KpiPolicy.Tier.INADEQUATE);
        assertThat(inMonth(10, 0).tier()).isEqualTo(KpiPolicy.Tier.INADEQUATE);
    }

    @Test
    void aMonthWithNoCountedCases_hasNoKpiNoTier_andTheTargetIsNotMet() {
        KpiFigure figure = inMonth(0, 0);
        assertThat(figure.kpiPercent()).isNull();
        assertThat(figure.averageScore()).isNull();
        assertThat(figure.tier()).isNull();
        assertThat(figure.targetMet()).isFalse();
        assertThat(figure.kpiText()).isEqualTo("No cases counted");
    }

    @Test
    void rollingPeriods_acrossAYearEnd_addCaseCounts_notPercentages() {
        YearMonth january = YearMonth.of(2024, 1);
        Map<YearMonth, MonthCounts> earlier = Map.of(
                YearMonth.of(2023, 1), new MonthCounts(10, 0, new BigDecimal("500"), 1),
                YearMonth.of(2023, 2), new MonthCounts(10, 10, new BigDecimal("900"), 0),
                YearMonth.of(2023, 11), new MonthCounts(2, 2, new BigDecimal("180"), 0),
                YearMonth.of(2023, 12), new MonthCounts(18, 9, new BigDecimal("1500"), 2));
        List<KpiFigure> figures = KpiPeriods.figures(january, new MonthCounts(20, 19, new BigDecimal("1800"), 1),
                earlier, POLICY);

        KpiFigure rolling3 = figures.get(1);
        assertThat(rolling3.period()).isEqualTo(KpiPeriod.ROLLING_3);
        // Nov + Dec 2023 + Jan 2024: 30 of 40 = 75.0%; averaging the months' percentages would give 78.3%
        assertThat(rolling3.casesCounted()).isEqualTo(40);
        assertThat(rolling3.casesPassing()).isEqualTo(30);
        assertThat(rolling3.kpiPercent()).isEqualByComparingTo("75.0");
        assertThat(rolling3.averageScore()).isEqualByComparingTo("87.0");
        assertThat(rolling3.actualDetriment()).isEqualTo(3);

        KpiFigure rolling12 = figures.get(2);
        // February 2023 to January 2024: January 2023 is thirteen months back
        assertThat(rolling12.casesCounted()).isEqualTo(50);
        assertThat(rolling12.casesPassing()).isEqualTo(40);

        KpiFigure cumulative = figures.get(3);
        assertThat(cumulative.casesCounted()).isEqualTo(60);
        assertThat(cumulative.casesPassing()).isEqualTo(40);
        assertThat(cumulative.kpiPercent()).isEqualByComparingTo("66.7");
        assertThat(cumulative.tier()).isEqualTo(KpiPolicy.Tier.NEEDS_IMPROVEMENT);
    }

    @Test
    void laterMonths_neverCountTowardsAnEarlierMonthsPeriods() {
        List<KpiFigure> figures = KpiPeriods.figures(YearMonth.of(2024, 1), new MonthCounts(4, 4, new BigDecimal("400"),
                0), Map.of(YearMonth.of(2024, 2), new MonthCounts(10, 0, BigDecimal.ZERO, 0)), POLICY);
        assertThat(figures).allSatisfy(f -> assertThat(f.casesCounted()).isEqualTo(4));
    }

    @Test
    void aRevision_saysWhatChangedInWords() {
        List<KpiFigure> before = KpiPeriods.figures(YearMonth.of(2024, 1), new MonthCounts(20, 15,
                new BigDecimal("1640"), 2), Map.of(), POLICY);
        PublishedKpi published = new PublishedKpi(1, "NCA", "Northgate", "Debt advice", YearMonth.of(2024, 1), 1,
                java.time.Instant.EPOCH, java.time.Instant.EPOCH, "Helen", POLICY, before);
        List<KpiFigure> after = KpiPeriods.figures(YearMonth.of(2024, 1), new MonthCounts(20, 16,
                new BigDecimal("1650"), 1), Map.of(), POLICY);

        assertThat(KpiService.changes(published, after, POLICY)).isEqualTo("KPI 75.0% → 80.0%; cases passing 15 of 20 "
                + "→ 16 of 20; average score 82.0% → 82.5%; unmet standards with actual detriment 2 → 1; tier 3 Near "
                + "Target → 4 Good; target now met.");
        assertThat(KpiService.changes(published, before, POLICY)).isEmpty();
    }
}
