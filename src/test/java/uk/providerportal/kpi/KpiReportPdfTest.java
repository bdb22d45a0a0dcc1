package uk.providerportal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.providerportal.assessment.ReleasedCaseLine;

/** The monthly performance report: a PDF that opens, tagged, holding the KPI, the chart's labels and the cases. */
class KpiReportPdfTest {

    static final YearMonth MONTH = YearMonth.of(2026, 3);

    static PublishedKpi kpi(YearMonth month, int counted, int passing, int version) {
        List<KpiFigure> figures = new ArrayList<>();
        for (KpiPeriod period : KpiPeriod.values()) {
            figures.add(KpiFigure.of(period, counted, passing, new BigDecimal(counted * 85L), 1, KpiChartTest.POLICY));
        }
        return new PublishedKpi(1, "NCA", "Northgate Citizens Advice", "Money advice", month, version,
                Instant.parse("2026-03-31T16:00:00Z"), Instant.parse("2026-04-10T09:30:00Z"), "Priya Shah",
                KpiChartTest.POLICY, figures);
    }

    @Test
    void report_opensAsTaggedPdf_holdingTheKpiChartAndCases() throws Exception {
        List<PublishedKpi> trend = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            trend.add(kpi(MONTH.minusMonths(i), 20, 14 + (i % 5), 1));
        }
        PublishedKpi march = kpi(MONTH, 20, 16, 2);
        trend.set(11, march);
        var versions = List.of(new KpiVersion(1, Instant.parse("2026-03-31T16:00:00Z"), "Portal", null, "",
                        march.figures()),
                new KpiVersion(2, Instant.parse("2026-04-10T09:30:00Z"), "Priya Shah", "Data cleansing",
                        "KPI 75.0% to 80.0%", march.figures()));
        var cases = List.of(new ReleasedCaseLine(7, "NCA-0001", new BigDecimal("88.9"), "Pass",
                        Instant.parse("2026-03-20T10:00:00Z"), "=HYPERLINK(\"x\") & <b>clear</b> advice"),
                new ReleasedCaseLine(8, "NCA-0002", null, "No score", Instant.parse("2026-03-21T10:00:00Z"), ""));
        var pdf = new KpiReportPdf("/usr/share/fonts/truetype/dejavu");

        String xhtml = pdf.xhtml(march, trend, versions, cases, Instant.parse("2026-04-12T08:00:00Z"));
        assertThat(xhtml).contains("&lt;b&gt;clear&lt;/b&gt;").doesNotContain("<b>clear");
        var out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        pdf.write(xhtml, out);
        System.out.printf("[pdf] monthly report laid out in %.0f ms, %,d bytes%n", (System.nanoTime() - start) / 1e6,
                out.size());

        try (var document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Monthly performance report: Northgate Citizens Advice (NCA), March 2026",
                    "KPI 80.0% against a target of 80.0%: target met. Tier 3 Near Target.", "Line chart of the in-month KPI",
                    "February 2026", "NCA-0001", "88.9%", "No score", "Data cleansing", "this is version 2");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged for PDF/UA").isNotNull();
            assertThat(document.getDocumentInformation().getTitle()).contains("Monthly performance report");
            Files.createDirectories(Path.of("target"));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 70), "png",
                    Path.of("target", "kpi-report-page1.png").toFile());
        }
    }
}
