package uk.providerportal.kpi;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import uk.providerportal.base.DateFormats;
import uk.providerportal.policy.KpiPolicy;

/**
 * KPI charts drawn on the server as SVG (issue 12, item 7): JFreeChart draws into Batik's SVG generator, so the same
 * picture shows on the page (through {@code Svg}) and goes into the monthly report PDF, without a browser charting
 * library. Every piece of text (month names, percentages, tier names) goes through JFreeChart's own text drawing,
 * which Batik writes as escaped SVG text; nothing is spliced into the markup as a string.
 *
 * <p>Palette: the line, its points and the target line contrast at least 3:1 (WCAG 1.4.11) with every band behind
 * them; the bands are pale tints told apart by their labels, not by colour alone.
 */
public final class KpiChart {

    /** Whole numbers: PDF renderers and browsers both need them. */
    public static final int WIDTH = 720;
    public static final int HEIGHT = 360;
    public static final int SPARK_WIDTH = 120;
    public static final int SPARK_HEIGHT = 28;

    /** GOV.UK-style blue: 5.2:1 on white, at least 4.4:1 on each band tint. */
    static final Color LINE = new Color(0x1d, 0x4f, 0x91);
    /** Near black target line: over 12:1 on every band. */
    static final Color TARGET = new Color(0x0b, 0x0c, 0x0c);
    static final Color TEXT = new Color(0x0b, 0x0c, 0x0c);
    static final Color GRID = new Color(0x50, 0x5a, 0x5f);
    static final Color GOOD = new Color(0xdd, 0xef, 0xe4);
    static final Color NEAR_TARGET = new Color(0xfc, 0xf5, 0xd2);
    static final Color NEEDS_IMPROVEMENT = new Color(0xfb, 0xe3, 0xd2);
    static final Color INADEQUATE = new Color(0xf6, 0xd7, 0xd2);
    static final String FONT = "DejaVu Sans";

    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", DateFormats.LOCALE);

    private KpiChart() {
    }

    /** One month of a trend: its KPI in the chosen period, or null when none was published or counted. */
    public record Point(YearMonth month, @Nullable BigDecimal kpi) {
    }

    /**
     * The 12 months ending with {@code upTo}, oldest first, each with the period's KPI where one was published (a
     * gap where not), from the published KPIs of those months.
     */
    public static List<Point> lastTwelve(List<PublishedKpi> published, YearMonth upTo, KpiPeriod period) {
        java.util.Map<YearMonth, @Nullable BigDecimal> values = new java.util.HashMap<>();
        published.forEach(kpi -> values.put(kpi.month(), kpi.figure(period).kpiPercent()));
        List<Point> points = new java.util.ArrayList<>(12);
        for (int i = 11; i >= 0; i--) {
            YearMonth month = upTo.minusMonths(i);
            points.add(new Point(month, values.get(month)));
        }
        return points;
    }

    /** A month's short label on the axis and in the table: "Mar 26". */
    public static String shortMonth(YearMonth month) {
        return SHORT_MONTH.format(month);
    }

    /**
     * The trend of the months given (oldest first) with the policy's target as a labelled line and its four tiers as
     * labelled bands; each point carries its value as a label.
     */
    public static String trend(List<Point> points, KpiPolicy policy, KpiPeriod period) {
        return trend(points, policy, period, WIDTH, HEIGHT, null);
    }

    /** {@link #trend(List, KpiPolicy, KpiPeriod)} at another size, with a text alternative (for the PDF). */
    public static String trend(List<Point> points, KpiPolicy policy, KpiPeriod period, int width, int height,
                               @Nullable String alt) {
        var data = new DefaultCategoryDataset();
        for (Point point : points) {
            data.addValue(point.kpi(), period.label(), shortMonth(point.month()));
        }
        var months = new CategoryAxis();
        months.setTickLabelFont(font(Font.PLAIN, 11));
        months.setTickLabelPaint(TEXT);
        months.setAxisLinePaint(GRID);
        months.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        months.setLowerMargin(0.02);
        // Room right of the last month for the band labels, so no point sits on one.
        months.setUpperMargin(0.17);
        months.setMaximumCategoryLabelWidthRatio(1.5f);
        var percent = new NumberAxis();
        percent.setRange(0, 100);
        percent.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(10,
                new java.text.DecimalFormat("0'%'", java.text.DecimalFormatSymbols.getInstance(DateFormats.LOCALE))));
        percent.setTickLabelFont(font(Font.PLAIN, 11));
        percent.setTickLabelPaint(TEXT);
        percent.setAxisLinePaint(GRID);

        var line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, LINE);
        line.setSeriesStroke(0, new BasicStroke(2.5f));
        line.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        line.setUseFillPaint(true);
        line.setSeriesFillPaint(0, LINE);
        line.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%",
                new java.text.DecimalFormat("0.0", java.text.DecimalFormatSymbols.getInstance(DateFormats.LOCALE))));
        line.setDefaultItemLabelsVisible(true);
        line.setDefaultItemLabelFont(font(Font.BOLD, 10));
        line.setDefaultItemLabelPaint(TEXT);

        var plot = new CategoryPlot(data, months, percent, line);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        plot.setRangeGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(8, 8, 8, 8));
        band(plot, policy.goodFrom(), BigDecimal.valueOf(100), GOOD, KpiPolicy.Tier.GOOD);
        band(plot, policy.nearTargetFrom(), policy.goodFrom(), NEAR_TARGET, KpiPolicy.Tier.NEAR_TARGET);
        band(plot, policy.needsImprovementFrom(), policy.nearTargetFrom(), NEEDS_IMPROVEMENT,
                KpiPolicy.Tier.NEEDS_IMPROVEMENT);
        band(plot, BigDecimal.ZERO, policy.needsImprovementFrom(), INADEQUATE, KpiPolicy.Tier.INADEQUATE);

        var target = new ValueMarker(policy.kpiTarget().doubleValue(), TARGET,
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
        target.setLabel("Target " + KpiFigure.percent(policy.kpiTarget()));
        target.setLabelFont(font(Font.BOLD, 11));
        target.setLabelPaint(TEXT);
        target.setLabelBackgroundColor(Color.WHITE);
        target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        target.setLabelOffset(new RectangleInsets(2, 6, 2, 2));
        plot.addRangeMarker(target, Layer.FOREGROUND);

        var chart = new JFreeChart(null, font(Font.BOLD, 14), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return svg(chart, width, height, alt);
    }

    private static void band(CategoryPlot plot, BigDecimal from, BigDecimal to, Color colour, KpiPolicy.Tier tier) {
        if (from.compareTo(to) >= 0) {
            return;
        }
        var band = new IntervalMarker(from.doubleValue(), to.doubleValue(), colour);
        band.setLabel(tier.label());
        band.setLabelFont(font(Font.PLAIN, 10));
        band.setLabelPaint(TEXT);
        band.setLabelBackgroundColor(colour);
        band.setLabelAnchor(RectangleAnchor.RIGHT);
        band.setLabelTextAnchor(TextAnchor.CENTER_RIGHT);
        band.setLabelOffset(new RectangleInsets(2, 2, 2, 10));
        plot.addRangeMarker(band, Layer.BACKGROUND);
    }

    /**
     * A tiny trend line without axes or text, 0 to 100%, with a dashed target line: for the funder overview, where
     * its text alternative sits beside it.
     */
    public static String sparkline(List<@Nullable BigDecimal> values, BigDecimal target) {
        var data = new DefaultCategoryDataset();
        for (int i = 0; i < values.size(); i++) {
            data.addValue(values.get(i), "KPI", Integer.valueOf(i));
        }
        var months = new CategoryAxis();
        months.setVisible(false);
        months.setLowerMargin(0.02);
        // Room right of the last month for the band labels, so no point sits on one.
        months.setUpperMargin(0.17);
        months.setMaximumCategoryLabelWidthRatio(1.5f);
        var percent = new NumberAxis();
        // A little room above 100% and below 0%, so a point there is not cut in half.
        percent.setRange(-4, 104);
        percent.setVisible(false);
        var line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, LINE);
        line.setSeriesStroke(0, new BasicStroke(1.8f));
        line.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        var plot = new CategoryPlot(data, months, percent, line);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(1, 1, 1, 1));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.addRangeMarker(new ValueMarker(target.doubleValue(), GRID, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f)), Layer.BACKGROUND);
        var chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(RectangleInsets.ZERO_INSETS);
        return svg(chart, SPARK_WIDTH, SPARK_HEIGHT, null);
    }

    private static Font font(int style, int size) {
        return new Font(FONT, style, size);
    }

    /** The chart as one {@code <svg>} element: no XML prolog, whole-number size and a view box so it scales. */
    static String svg(JFreeChart chart, int width, int height, @Nullable String alt) {
        var document = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        var context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        var graphics = new SVGGraphics2D(context, false);
        graphics.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(graphics, new Rectangle(width, height));
        Element root = graphics.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        root.setAttributeNS(null, "width", Integer.toString(width));
        root.setAttributeNS(null, "height", Integer.toString(height));
        if (alt != null) {
            // The PDF renderer's text alternative for a picture (the page gives its wrapper an aria-label instead).
            root.setAttributeNS(null, "alt", alt);
        }
        var out = new StringWriter();
        try {
            graphics.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            graphics.dispose();
        }
        String text = out.toString();
        int start = text.indexOf("<svg");
        return start < 0 ? text : text.substring(start);
    }
}
