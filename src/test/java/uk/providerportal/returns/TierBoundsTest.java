package uk.providerportal.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Cabinet Office tiers at their edges, for each demo KPI's bounds (domain document 003). */
class TierBoundsTest {

    static final TierBounds INITIAL_APPOINTMENTS = bounds("96", "93.5", "91");
    static final TierBounds ACKNOWLEDGED = bounds("99.5", "97", "95");

    static TierBounds bounds(String good, String near, String needs) {
        return new TierBounds(new BigDecimal(good), new BigDecimal(near), new BigDecimal(needs));
    }

    static KpiTier tier(TierBounds bounds, String figure) {
        return bounds.tier(new BigDecimal(figure));
    }

    @Test
    void target96_goodFrom96_nearTargetFrom93point5_needsImprovementFrom91() {
        assertThat(tier(INITIAL_APPOINTMENTS, "100")).isEqualTo(KpiTier.GOOD);
        assertThat(tier(INITIAL_APPOINTMENTS, "96.0")).isEqualTo(KpiTier.GOOD);
        assertThat(tier(INITIAL_APPOINTMENTS, "95.9")).isEqualTo(KpiTier.NEAR_TARGET);
        assertThat(tier(INITIAL_APPOINTMENTS, "93.5")).isEqualTo(KpiTier.NEAR_TARGET);
        assertThat(tier(INITIAL_APPOINTMENTS, "93.4")).isEqualTo(KpiTier.NEEDS_IMPROVEMENT);
        assertThat(tier(INITIAL_APPOINTMENTS, "91.0")).isEqualTo(KpiTier.NEEDS_IMPROVEMENT);
        assertThat(tier(INITIAL_APPOINTMENTS, "90.9")).isEqualTo(KpiTier.INADEQUATE);
        assertThat(tier(INITIAL_APPOINTMENTS, "0")).isEqualTo(KpiTier.INADEQUATE);
    }

    @Test
    void aFigureIsRoundedToOneDecimalBeforeItIsPlaced() {
        assertThat(tier(INITIAL_APPOINTMENTS, "95.95")).isEqualTo(KpiTier.GOOD);
        assertThat(tier(INITIAL_APPOINTMENTS, "95.94")).isEqualTo(KpiTier.NEAR_TARGET);
        assertThat(tier(INITIAL_APPOINTMENTS, "90.95")).isEqualTo(KpiTier.NEEDS_IMPROVEMENT);
    }

    @Test
    void target99point5_referralsAcknowledged() {
        assertThat(tier(ACKNOWLEDGED, "99.5")).isEqualTo(KpiTier.GOOD);
        assertThat(tier(ACKNOWLEDGED, "99.4")).isEqualTo(KpiTier.NEAR_TARGET);
        assertThat(tier(ACKNOWLEDGED, "97.0")).isEqualTo(KpiTier.NEAR_TARGET);
        assertThat(tier(ACKNOWLEDGED, "96.9")).isEqualTo(KpiTier.NEEDS_IMPROVEMENT);
        assertThat(tier(ACKNOWLEDGED, "95.0")).isEqualTo(KpiTier.NEEDS_IMPROVEMENT);
        assertThat(tier(ACKNOWLEDGED, "94.9")).isEqualTo(KpiTier.INADEQUATE);
    }

    @Test
    void boundsThatDoNotFall_areRefused() {
        assertThatThrownBy(() -> bounds("90", "93.5", "91")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodFigure_saysTierAndTargetInWords() {
        var figure = new KpiPeriodFigure("Month", new BigDecimal("95.2"), KpiMeasure.PERCENTAGE, KpiTier.NEAR_TARGET,
                false, "238 of 250");
        assertThat(figure.text()).isEqualTo("95.2%: Near target, target not met (238 of 250)");
        assertThat(new KpiPeriodFigure("Month", null, KpiMeasure.PERCENTAGE, null, false, "").text())
                .isEqualTo("No figures");
    }

    @Test
    void quarterlyKpi_readsTheLatestEndedQuarter() {
        assertThat(ContractKpiService.lastQuarterEnd(java.time.YearMonth.of(2026, 8)))
                .isEqualTo(java.time.YearMonth.of(2026, 6));
        assertThat(ContractKpiService.lastQuarterEnd(java.time.YearMonth.of(2026, 9)))
                .isEqualTo(java.time.YearMonth.of(2026, 9));
        assertThat(ContractKpiService.lastQuarterEnd(java.time.YearMonth.of(2026, 1)))
                .isEqualTo(java.time.YearMonth.of(2025, 12));
    }
}
