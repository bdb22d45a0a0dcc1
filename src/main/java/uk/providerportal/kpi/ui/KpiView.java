package uk.providerportal.kpi.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.ReleasedCase;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.DownloadLinks;
import uk.providerportal.base.ui.MonthParameter;
import uk.providerportal.calendar.AssessmentCalendar;
import uk.providerportal.kpi.KpiChart;
import uk.providerportal.kpi.KpiFigure;
import uk.providerportal.kpi.KpiPeriod;
import uk.providerportal.kpi.KpiReports;
import uk.providerportal.kpi.KpiService;
import uk.providerportal.kpi.KpiVersion;
import uk.providerportal.kpi.PublishedKpi;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/**
 * A provider's KPI (issue 12, item 7): the month's published KPI against target with its tier, whether it was
 * revised, the trend of the last 12 months in a chosen period (chart and the same figures as a table), the month's
 * released cases leading to their commentary, the restatement log, and the month as Excel and as the monthly
 * performance report PDF. Before anything is published it says when the next publication is.
 */
@Route("kpi")
@PageTitle("KPIs")
@Menu(order = 12, icon = "vaadin:chart-line", title = "KPIs")
@RolesAllowed(Role.Names.PROVIDER_USER)
class KpiView extends Main implements HasUrlParameter<String> {

    /** "kpi/2026-03": the page of one month. */
    static String path(YearMonth month) {
        return "kpi/" + month;
    }

    final ComboBox<YearMonth> month = new ComboBox<>("KPI month");
    final Paragraph empty = new Paragraph();
    final H3 heading = new H3();
    final Paragraph headline = new Paragraph();
    final Paragraph revised = new Paragraph();
    final DescriptionList facts = new DescriptionList();
    final RadioButtonGroup<KpiPeriod> period = new RadioButtonGroup<>("Trend period");
    final ChartPicture chart = new ChartPicture();
    final Grid<TrendRow> trendTable = new Grid<>();
    final Grid<ReleasedCase> cases = new Grid<>();
    final Span casesTotal = new Span();
    final Grid<KpiVersion> restatements = new Grid<>();
    final Anchor workbook = DownloadLinks.of(this::writeWorkbook, "");
    final Anchor report = DownloadLinks.primary(this::writeReport, "");
    final Div content = new Div();

    private final KpiService kpis;
    private final KpiReports reports;
    private final ModerationService moderation;
    private final AssessmentCalendar calendar;
    private final Clock clock;
    private final long organisationId;
    private @Nullable PublishedKpi shown;
    private List<PublishedKpi> trend = List.of();

    /** A row of the trend table: the month and its figure in the chosen period, or none published. */
    record TrendRow(YearMonth month, @Nullable KpiFigure figure) {
    }

    KpiView(KpiService kpis, KpiReports reports, ModerationService moderation, AssessmentCalendar calendar,
            CurrentUser currentUser, Clock clock) {
        this.kpis = kpis;
        this.reports = reports;
        this.moderation = moderation;
        this.calendar = calendar;
        this.clock = clock;
        this.organisationId = Objects.requireNonNull(currentUser.require().organisationId());
        addClassName("portal-page");
        workbook.setId("download-kpi-workbook");
        report.setId("download-kpi-report");

        month.setItemLabelGenerator(DateFormats::month);
        month.setWidth("13rem");
        month.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(path(change.getValue())));
            }
        });

        period.setItems(KpiPeriod.values());
        period.setItemLabelGenerator(KpiPeriod::label);
        period.setValue(KpiPeriod.IN_MONTH);
        period.addValueChangeListener(change -> showTrend());

        trendTable.addColumn(row -> DateFormats.month(row.month())).setHeader("Month").setFlexGrow(1);
        trendTable.addColumn(row -> row.figure() == null ? "Not published" : row.figure().kpiText())
                .setHeader("KPI").setFlexGrow(1);
        trendTable.addColumn(row -> row.figure() == null ? "–" : row.figure().tierText()).setHeader("Tier")
                .setFlexGrow(1);
        trendTable.addColumn(row -> row.figure() == null ? "–" : row.figure().targetText()).setHeader("Target")
                .setFlexGrow(1);
        trendTable.addColumn(row -> row.figure() == null ? "–" : row.figure().countsText()).setHeader("Cases")
                .setFlexGrow(2);
        trendTable.setAllRowsVisible(true);
        trendTable.setId("kpi-trend-table");
        trendTable.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        var trendBlock = new Div(chart, trendTable);
        trendBlock.addClassName("kpi-trend");

        cases.addColumn(ReleasedCase::reference).setHeader("Case reference").setFlexGrow(1);
        cases.addColumn(ReleasedCase::score).setHeader("Score").setFlexGrow(1);
        cases.addColumn(ReleasedCase::result).setHeader("Result").setFlexGrow(1);
        cases.addColumn(row -> DateFormats.dateTime(row.releasedAt())).setHeader("Released").setFlexGrow(1);
        cases.addColumn(LitRenderer.<ReleasedCase>of("<a href=\"${item.href}\" aria-label=\"${item.label}\">"
                        + "Read commentary</a>")
                .withProperty("href", row -> "assessment/commentary/" + row.caseId())
                .withProperty("label", row -> "Read commentary of case " + row.reference()))
                .setHeader("Commentary").setFlexGrow(0).setWidth("10rem");
        cases.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        cases.setAriaLabel("The month's released cases");
        cases.setHeight("20rem");
        cases.setItemsPageable(pageable -> shown == null ? List.of() : moderation.released(shown.month(), pageable),
                pageable -> shown == null ? 0 : moderation.countReleased(shown.month()));

        restatements.addColumn(KpiVersion::version).setHeader("Version").setWidth("6rem").setFlexGrow(0);
        restatements.addColumn(v -> DateFormats.dateTime(v.publishedAt())).setHeader("Published").setFlexGrow(1);
        restatements.addColumn(KpiVersion::publishedBy).setHeader("By").setFlexGrow(1);
        restatements.addColumn(v -> v.inMonth().kpiText()).setHeader("KPI then").setFlexGrow(1);
        restatements.addColumn(v -> v.reason() == null ? "First publication" : v.reason()).setHeader("Why")
                .setFlexGrow(2);
        restatements.addColumn(KpiVersion::changes).setHeader("What changed").setFlexGrow(3);
        restatements.setAllRowsVisible(true);
        restatements.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        restatements.setAriaLabel("Restatement log");

        var summary = new Div(heading, headline, revised, facts);
        summary.addClassName("portal-card");
        var downloads = new Div(report, workbook);
        downloads.addClassName("kpi-downloads");
        content.add(summary, downloads,
                new Section(new H3("The last 12 months"), new Paragraph("Choose the period to chart: in month, or "
                        + "rolling and cumulative figures computed from the case counts of the months they cover."),
                        period, trendBlock),
                new Section(new H3("The month's released cases"), casesTotal, cases),
                new Section(new H3("Restatement log"), new Paragraph("The KPI as first published and each "
                        + "revision since, with why it was revised and what changed."), restatements));
        content.addClassName("kpi-content");
        add(new Paragraph("Your organisation's quality KPI as published by the funder: the share of the month's "
                + "counted cases that passed, against the target, with its reporting tier."), month, empty, content);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        List<YearMonth> months = kpis.publishedMonths(organisationId);
        month.setItems(months);
        YearMonth chosen = MonthParameter.chosen(parameter, months);
        show(chosen == null ? null : kpis.published(organisationId, chosen).orElse(null));
    }

    void show(@Nullable PublishedKpi kpi) {
        this.shown = kpi;
        content.setVisible(kpi != null);
        empty.setVisible(kpi == null);
        month.setVisible(kpi != null);
        if (kpi == null) {
            empty.setText("No KPI has been published for your organisation yet. " + nextPublication());
            return;
        }
        month.setValue(kpi.month());
        KpiFigure figure = kpi.inMonth();
        heading.setText(DateFormats.month(kpi.month()) + ": " + figure.kpiText());
        headline.setText(figure.kpiPercent() == null
                ? "No cases were counted this month, so there is no KPI. Target " + KpiFigure.percent(figure.target())
                + "."
                : "KPI " + figure.kpiText() + " against a target of " + KpiFigure.percent(figure.target())
                + ": target " + (figure.targetMet() ? "met" : "not met") + ". Tier " + figure.tierText() + ".");
        revised.setText(kpi.revised() ? "Revised: this is version " + kpi.version() + ", published "
                + DateFormats.dateTime(kpi.publishedAt()) + ". First published "
                + DateFormats.dateTime(kpi.firstPublishedAt()) + ". See the restatement log below."
                : "Not revised since it was published on " + DateFormats.dateTime(kpi.firstPublishedAt()) + ".");
        facts.removeAll();
        term("Cases counted", Integer.toString(figure.casesCounted()));
        term("Cases passing", Integer.toString(figure.casesPassing()));
        term("Average case score", figure.averageText());
        term("Unmet standards with actual detriment", Integer.toString(figure.actualDetriment()));
        term("Tiers", tiers(kpi));
        trend = kpis.trend(organisationId, kpi.month(), 12);
        showTrend();
        cases.getDataProvider().refreshAll();
        long released = moderation.countReleased(kpi.month());
        casesTotal.setText(released + (released == 1 ? " case" : " cases") + " of " + DateFormats.month(kpi.month())
                + " released to you.");
        restatements.setItems(kpis.restatements(organisationId, kpi.month()));
        label(workbook, "Download " + DateFormats.month(kpi.month()) + " as Excel");
        label(report, "Download the " + DateFormats.month(kpi.month()) + " performance report (PDF)");
    }

    private void showTrend() {
        PublishedKpi kpi = shown;
        if (kpi == null) {
            return;
        }
        KpiPeriod chosen = period.getValue() == null ? KpiPeriod.IN_MONTH : period.getValue();
        List<KpiChart.Point> points = KpiChart.lastTwelve(trend, kpi.month(), chosen);
        Map<YearMonth, PublishedKpi> byMonth = new HashMap<>();
        trend.forEach(t -> byMonth.put(t.month(), t));
        trendTable.setItems(points.stream().map(p -> new TrendRow(p.month(),
                byMonth.containsKey(p.month()) ? byMonth.get(p.month()).figure(chosen) : null)).toList());
        trendTable.setAriaLabel("KPI " + chosen.label().toLowerCase(DateFormats.LOCALE) + ", last 12 months");
        chart.show(KpiChart.trend(points, kpi.policy(), chosen), "Line chart of the KPI, "
                + chosen.label().toLowerCase(DateFormats.LOCALE) + ", from " + DateFormats.month(points.getFirst()
                .month()) + " to " + DateFormats.month(points.getLast().month()) + ", against the target of "
                + KpiFigure.percent(kpi.policy().kpiTarget()) + " and the four tier bands. The table beside it "
                + "holds the same figures.");
    }

    private static String tiers(PublishedKpi kpi) {
        var policy = kpi.policy();
        return "4 Good from " + KpiFigure.percent(policy.goodFrom()) + ", 3 Near Target from "
                + KpiFigure.percent(policy.nearTargetFrom()) + ", 2 Needs Improvement from "
                + KpiFigure.percent(policy.needsImprovementFrom()) + ", 1 Inadequate below";
    }

    /** "The next publication is on 30 April 2026 (the April 2026 KPI)." from the assessment calendar. */
    private String nextPublication() {
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        YearMonth current = YearMonth.from(today);
        var timetable = calendar.timetable(current);
        if (today.isAfter(timetable.kpiPublication())) {
            timetable = calendar.timetable(current.plusMonths(1));
        }
        return "The next publication is on " + DateFormats.date(timetable.kpiPublication()) + " (the "
                + DateFormats.month(timetable.month()) + " KPI)"
                + (timetable.delayReason() == null ? "." : ", moved because: " + timetable.delayReason() + ".");
    }

    private void term(String term, String description) {
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    private static void label(Anchor link, String text) {
        link.getChildren().filter(Span.class::isInstance).map(Span.class::cast).findFirst()
                .ifPresent(span -> span.setText(text));
    }

    private void writeWorkbook(DownloadEvent event) throws IOException {
        PublishedKpi kpi = shown;
        if (kpi == null) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(reports.workbookFileName(organisationId, kpi.month()));
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        reports.exportWorkbook(organisationId, kpi.month(), event.getOutputStream());
    }

    private void writeReport(DownloadEvent event) throws IOException {
        PublishedKpi kpi = shown;
        if (kpi == null) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(reports.reportFileName(organisationId, kpi.month()));
        event.setContentType("application/pdf");
        reports.exportReport(organisationId, kpi.month(), event.getOutputStream());
    }
}
