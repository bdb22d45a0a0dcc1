package uk.providerportal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import uk.providerportal.policy.KpiPolicy;

/** The trend chart and sparkline as SVG: well formed, sized in whole numbers, every label drawn as text. */
class KpiChartTest {

    static final KpiPolicy POLICY = new KpiPolicy(LocalDate.of(2020, 1, 1), new BigDecimal("80"),
            new BigDecimal("85"), KpiPolicy.KpiMethod.SHARE_OF_CASES_AT_PASS_MARK, new BigDecimal("85"),
            new BigDecimal("80"), new BigDecimal("70"), "test");

    static List<KpiChart.Point> twelveMonths() {
        List<KpiChart.Point> points = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            points.add(new KpiChart.Point(YearMonth.of(2026, 1).plusMonths(i),
                    i == 4 ? null : new BigDecimal(70 + i).add(new BigDecimal("0.5"))));
        }
        return points;
    }

    @Test
    void trend_drawsTargetLine_fourBands_monthsAndEveryValueAsText() throws Exception {
        String svg = KpiChart.trend(twelveMonths(), POLICY, KpiPeriod.ROLLING_3);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "kpi-trend-chart.svg"), svg);

        assertThat(svg).startsWith("<svg").doesNotContain("<?xml").doesNotContain("<!DOCTYPE");
        assertThat(svg).contains("width=\"720\"", "height=\"360\"", "viewBox=\"0 0 720 360\"");
        assertThat(svg).contains(">Target 80.0%<", ">4 Good<", ">3 Near Target<", ">2 Needs Improvement<",
                ">1 Inadequate<");
        assertThat(svg).contains(">Jan 26<", ">Dec 26<", ">70.5%<", ">81.5%<");
        assertThat(svg).as("no label for the month without a KPI").doesNotContain(">74.5%<");
        assertThat(svg).as("the line's colour").contains("rgb(29,79,145)");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void trend_escapesWhatItDraws() {
        var policy = new KpiPolicy(LocalDate.of(2020, 1, 1), new BigDecimal("80"), new BigDecimal("85"),
                KpiPolicy.KpiMethod.SHARE_OF_CASES_AT_PASS_MARK, new BigDecimal("85"), new BigDecimal("80"),
                new BigDecimal("70"), "<script>alert(1)</script>");
        String svg = KpiChart.trend(twelveMonths(), policy, KpiPeriod.IN_MONTH);
        assertThat(svg).doesNotContain("<script");
    }

    @Test
    void sparkline_isSmall_withoutText() {
        String svg = KpiChart.sparkline(Arrays.asList(new BigDecimal("75"), null, new BigDecimal("82.5")),
                new BigDecimal("80"));
        assertThat(svg).startsWith("<svg").contains("width=\"120\"", "height=\"28\"").doesNotContain("<text");
        assertThat(svg).contains("path");
    }

    @Test
    void chartColours_contrastAtLeastThreeToOne_withEveryBand() {
        for (var band : List.of(KpiChart.GOOD, KpiChart.NEAR_TARGET, KpiChart.NEEDS_IMPROVEMENT,
                KpiChart.INADEQUATE, java.awt.Color.WHITE)) {
            assertThat(contrast(KpiChart.LINE, band)).as("line on %s", band).isGreaterThanOrEqualTo(3.0);
            assertThat(contrast(KpiChart.TARGET, band)).as("target on %s", band).isGreaterThanOrEqualTo(3.0);
            assertThat(contrast(KpiChart.TEXT, band)).as("text on %s", band).isGreaterThanOrEqualTo(4.5);
        }
    }

    static double contrast(java.awt.Color a, java.awt.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(java.awt.Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
