package uk.providerportal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import uk.providerportal.assessment.CaseCommentary;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.ReleasedCaseLine;
import uk.providerportal.assessment.ReleasedUnmetStandards;

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

    /** A revised month with a year's trend, two cases (one with unmet standards and markup-like text). */
    static byte[] report(KpiReportPdf pdf, String[] xhtmlOut) throws Exception {
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
        var unmet = List.of(new ReleasedUnmetStandards(7, List.of(
                new CaseCommentary.UnmetStandard("3a", "Advice is accurate", CustomerImpact.ACTUAL_DETRIMENT,
                        "The <i>debt</i> figure was wrong"),
                new CaseCommentary.UnmetStandard("5c", "Next steps agreed", null, null))));

        String xhtml = pdf.xhtml(march, trend, versions, cases, unmet, Instant.parse("2026-04-12T08:00:00Z"));
        xhtmlOut[0] = xhtml;
        var out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        pdf.write(xhtml, out);
        System.out.printf("[pdf] monthly report laid out in %.0f ms, %,d bytes%n", (System.nanoTime() - start) / 1e6,
                out.size());
        return out.toByteArray();
    }

    @Test
    void report_opensAsTaggedPdf_holdingTheKpiChartCasesAndTheirUnmetStandards() throws Exception {
        var pdf = new KpiReportPdf("/usr/share/fonts/truetype/dejavu");
        String[] xhtml = new String[1];
        byte[] bytes = report(pdf, xhtml);
        assertThat(xhtml[0]).contains("&lt;b&gt;clear&lt;/b&gt;").doesNotContain("<b>clear")
                .contains("&lt;i&gt;debt&lt;/i&gt;");

        try (var document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Monthly performance report: Northgate Citizens Advice (NCA), March 2026",
                    "KPI 80.0% against a target of 80.0%: target met. Tier 3 Near Target.", "Line chart of the in-month KPI",
                    "February 2026", "NCA-0001", "88.9%", "No score", "Data cleansing", "this is version 2",
                    "3a Advice is accurate", "Actual detriment", "The <i>debt</i> figure was wrong",
                    "5c Next steps agreed", "No customer impact recorded",
                    "Every standard that applied was met.", "Overall commentary: =HYPERLINK");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged for PDF/UA").isNotNull();
            assertThat(document.getDocumentInformation().getTitle()).contains("Monthly performance report");
            Files.createDirectories(Path.of("target"));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 70), "png",
                    Path.of("target", "kpi-report-page1.png").toFile());
        }
    }

    /**
     * PDF/UA-1 (ISO 14289-1) as veraPDF checks it, every rule of its profile: any failure fails the test, each rule
     * broken printed with where. An untagged PDF must fail the same check, so a validator that checks nothing cannot
     * pass the report.
     */
    @Test
    void report_meetsPdfUa1_asVeraPdfValidatesIt() throws Exception {
        byte[] bytes = report(new KpiReportPdf("/usr/share/fonts/truetype/dejavu"), new String[1]);
        assertThat(pdfUaRulesBroken(bytes)).as("PDF/UA-1 rules the report breaks").isEmpty();
        assertThat(pdfUaRulesBroken(untagged())).as("an untagged PDF breaks PDF/UA-1").isNotEmpty();
    }

    /** The PDF/UA-1 rules veraPDF finds broken, printed: "7.1-3: Content shall be marked as Artifact or…". */
    static Set<String> pdfUaRulesBroken(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Set<String> broken = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    broken.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                            + assertion.getMessage() + " (" + assertion.getLocation().getContext() + ")");
                }
            }
            System.out.printf("[pdf/ua] %,d checks of %d rules, %s%n", result.getTotalAssertions(),
                    validator.getProfile().getRules().size(), result.isCompliant() ? "compliant" : "not compliant");
            broken.forEach(rule -> System.out.println("[pdf/ua] broken: " + rule));
            assertThat(result.isCompliant()).isEqualTo(broken.isEmpty());
            return broken;
        }
    }

    /** One page of text, neither tagged nor with its font embedded. */
    private static byte[] untagged() throws Exception {
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("KPI 80.0%");
                content.endText();
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
