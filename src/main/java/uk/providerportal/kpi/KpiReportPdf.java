package uk.providerportal.kpi;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.providerportal.assessment.ReleasedCaseLine;
import uk.providerportal.assessment.ReleasedUnmetStandards;
import uk.providerportal.base.DateFormats;

/**
 * The monthly performance report as a tagged PDF (PDF/UA): the month's figures in every period, the trend chart (the
 * same SVG as on the page) with its table, the restatement log, the released cases with their unmet standards and
 * commentary. An XHTML
 * template (Thymeleaf, XML mode, so every value is escaped) laid out by openhtmltopdf. In PDF/UA mode text in a font
 * that is not embedded is dropped silently, so DejaVu Sans is embedded (Debian's fonts-dejavu-core).
 */
@Component
class KpiReportPdf {

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final Path fontDirectory;

    KpiReportPdf(@Value("${portal.pdf.font-dir:/usr/share/fonts/truetype/dejavu}") String fontDirectory) {
        this.fontDirectory = Path.of(fontDirectory);
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("kpi/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    /** "KPI report NCA March 2026.pdf". */
    static String fileName(String organisationCode, YearMonth month) {
        return "KPI report " + organisationCode + " " + DateFormats.month(month) + ".pdf";
    }

    record FigureRow(String period, String kpi, String target, String met, String tier, String counts,
                     String average, String detriment) {
    }

    record TrendRow(String month, String kpi, String tier, String met) {
    }

    record VersionRow(String version, String published, String kpi, String why) {
    }

    record CaseRow(String reference, String score, String result, String released, String commentary,
                   List<UnmetRow> unmet) {
    }

    /** An unmet standard of a case: "3a Advice is accurate", the customer impact, the note the provider is given. */
    record UnmetRow(String standard, String impact, String note) {
    }

    /** The report's XHTML: kept apart from the layout so tests can read what it says. */
    String xhtml(PublishedKpi kpi, List<PublishedKpi> trend, List<KpiVersion> restatements,
                 List<ReleasedCaseLine> cases, List<ReleasedUnmetStandards> unmet, Instant asAt) {
        KpiFigure month = kpi.inMonth();
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Monthly performance report: " + kpi.organisationName() + " (" + kpi.organisationCode()
                + "), " + DateFormats.month(kpi.month()));
        model.put("asAt", "Produced " + DateFormats.dateTime(asAt) + " (UK time) from the KPI as published in the "
                + "Provider Portal. Programme: " + kpi.programmeName() + ".");
        model.put("headline", headline(month));
        model.put("counts", month.countsText() + "; average case score " + month.averageText()
                + "; unmet standards with actual detriment: " + month.actualDetriment() + ".");
        model.put("publication", publication(kpi));
        model.put("figures", kpi.figures().stream().map(f -> new FigureRow(f.period().label(), f.kpiText(),
                KpiFigure.percent(f.target()), f.targetText(), f.tierText(), f.countsText(), f.averageText(),
                Integer.toString(f.actualDetriment()))).toList());
        List<KpiChart.Point> points = KpiChart.lastTwelve(trend, kpi.month(), KpiPeriod.IN_MONTH);
        String chartText = chartText(points, kpi);
        model.put("chart", withoutClipPaths(KpiChart.trend(points, kpi.policy(), KpiPeriod.IN_MONTH, 672, 320,
                chartText)));
        model.put("chartText", chartText);
        Map<YearMonth, PublishedKpi> byMonth = new HashMap<>();
        trend.forEach(t -> byMonth.put(t.month(), t));
        List<TrendRow> rows = new ArrayList<>();
        for (KpiChart.Point point : points) {
            PublishedKpi then = byMonth.get(point.month());
            KpiFigure figure = then == null ? null : then.inMonth();
            rows.add(new TrendRow(DateFormats.month(point.month()), figure == null ? "Not published"
                    : figure.kpiText(), figure == null ? "–" : figure.tierText(),
                    figure == null ? "–" : figure.targetText()));
        }
        model.put("trend", rows);
        model.put("restatements", restatements.stream().map(v -> new VersionRow(Integer.toString(v.version()),
                DateFormats.dateTime(v.publishedAt()) + " by " + v.publishedBy(), v.inMonth().kpiText(),
                (v.reason() == null ? "First publication" : v.reason())
                        + (v.changes().isBlank() ? "" : ". " + v.changes()))).toList());
        Map<Long, List<UnmetRow>> unmetByCase = new HashMap<>();
        for (ReleasedUnmetStandards each : unmet) {
            unmetByCase.put(each.caseId(), each.unmet().stream().map(u -> new UnmetRow(u.code() + " " + u.title(),
                    u.impact() == null ? "No customer impact recorded" : u.impact().label(),
                    u.note() == null || u.note().isBlank() ? "No note." : u.note())).toList());
        }
        model.put("cases", cases.stream().map(c -> new CaseRow(c.reference(),
                c.score() == null ? "No score" : KpiFigure.percent(c.score()), c.result(),
                DateFormats.date(LocalDate.ofInstant(c.releasedAt(), DateFormats.ZONE)),
                c.commentary().isBlank() ? "No overall commentary." : c.commentary(),
                unmetByCase.getOrDefault(c.caseId(), List.of()))).toList());
        return templates.process("monthly-report", new Context(DateFormats.LOCALE, model));
    }

    void write(String xhtml, OutputStream out) throws IOException {
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        font(builder, "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    private void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        File font = fontDirectory.resolve(file).toFile();
        if (!font.isFile()) {
            throw new IllegalStateException("The report's font " + font + " is missing: install fonts-dejavu-core "
                    + "or set portal.pdf.font-dir to a folder holding DejaVu Sans");
        }
        builder.useFont(font, KpiChart.FONT, weight, style, true);
    }

    /**
     * openhtmltopdf's SVG bridge fails on Batik's clip paths ("Don't use the main context as long as a copy is
     * active", danfickle/openhtmltopdf#536); the chart draws inside its plot area anyway, so the PDF copy goes
     * without them. Only the generator's own style fragment is removed; the chart holds no other text like it.
     */
    static String withoutClipPaths(String svg) {
        return svg.replaceAll("clip-path:url\\(#clipPath\\d+\\);", "");
    }

    /** "KPI 80.0% against a target of 80.0%: met. Tier 4 Good." */
    static String headline(KpiFigure figure) {
        if (figure.kpiPercent() == null) {
            return "No cases were counted this month, so there is no KPI (target " + KpiFigure.percent(
                    figure.target()) + ").";
        }
        return "KPI " + figure.kpiText() + " against a target of " + KpiFigure.percent(figure.target()) + ": target "
                + (figure.targetMet() ? "met" : "not met") + ". Tier " + figure.tierText() + ".";
    }

    /** When it was published and whether it has been revised since. */
    static String publication(PublishedKpi kpi) {
        String first = "First published " + DateFormats.dateTime(kpi.firstPublishedAt()) + ".";
        return kpi.revised() ? first + " Revised: this is version " + kpi.version() + ", published "
                + DateFormats.dateTime(kpi.publishedAt()) + " by " + kpi.publishedBy() + "." : first;
    }

    /** The chart's text alternative: what it shows and its first and last values; the table holds the rest. */
    static String chartText(List<KpiChart.Point> points, PublishedKpi kpi) {
        return "Line chart of the in-month KPI from " + DateFormats.month(points.getFirst().month()) + " to "
                + DateFormats.month(points.getLast().month()) + " against the target of "
                + KpiFigure.percent(kpi.policy().kpiTarget()) + ", over the four tier bands. The table below holds "
                + "the same figures.";
    }
}
