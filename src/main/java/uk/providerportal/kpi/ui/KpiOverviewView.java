package uk.providerportal.kpi.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.DownloadLinks;
import uk.providerportal.kpi.KpiChart;
import uk.providerportal.kpi.KpiFigure;
import uk.providerportal.kpi.KpiOverviewRow;
import uk.providerportal.kpi.KpiReports;
import uk.providerportal.kpi.KpiService;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.ProgrammeSummary;
import uk.providerportal.security.Role;

/**
 * The funder's KPI overview (issue 12, item 9): every organisation's published KPI of a month with its tier (colour
 * and text), target met, a sparkline of the last 12 months (a picture with its text alternative) and the change since
 * last month; sortable by each column, filtered by programme, downloadable as Excel.
 */
@Route("kpi-overview")
@PageTitle("KPI overview")
@Menu(order = 36, icon = "vaadin:chart-grid", title = "KPI overview")
@RolesAllowed({Role.Names.QUALITY_MANAGER, Role.Names.ASSESSOR, Role.Names.ADMIN})
class KpiOverviewView extends Main {

    static final int MONTHS_OFFERED = 24;

    final ComboBox<YearMonth> month = new ComboBox<>("KPI month");
    final ComboBox<ProgrammeSummary> programme = new ComboBox<>("Programme");
    final Grid<Line> grid = new Grid<>();
    final Span total = new Span();
    final Anchor download = DownloadLinks.of(this::writeWorkbook, "Download the overview (Excel)");

    private final KpiService kpis;
    private final KpiReports reports;

    /** A row as shown: the service's row with its sparkline picture and that picture's text alternative. */
    record Line(KpiOverviewRow row, String sparkline, String sparklineText) {

        KpiFigure figure() {
            return row.kpi().inMonth();
        }
    }

    KpiOverviewView(KpiService kpis, KpiReports reports, OrganisationService organisations, Clock clock) {
        this.kpis = kpis;
        this.reports = reports;
        addClassName("portal-page");
        download.setId("download-kpi-overview");

        YearMonth current = YearMonth.from(LocalDate.now(clock.withZone(DateFormats.ZONE)));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(current.minusMonths(i));
        }
        month.setItems(months);
        month.setItemLabelGenerator(DateFormats::month);
        month.setValue(current.minusMonths(1));
        month.setWidth("13rem");
        month.addValueChangeListener(change -> refresh());
        programme.setItems(organisations.programmes());
        programme.setItemLabelGenerator(ProgrammeSummary::name);
        programme.setClearButtonVisible(true);
        programme.setPlaceholder("All programmes");
        programme.addValueChangeListener(change -> refresh());

        grid.addColumn(line -> line.row().kpi().organisationName()).setHeader("Organisation").setSortable(true)
                .setComparator(line -> line.row().kpi().organisationName()).setWidth("13rem").setFlexGrow(3);
        grid.addColumn(line -> line.row().kpi().programmeName()).setHeader("Programme").setSortable(true)
                .setComparator(line -> line.row().kpi().programmeName()).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(line -> line.figure().kpiText()).setHeader("KPI").setSortable(true)
                .setComparator(Comparator.comparing(line -> line.figure().kpiPercent(),
                        Comparator.nullsFirst(Comparator.naturalOrder()))).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<Line>of("<span class=\"kpi-tier kpi-tier-${item.level}\">${item.tier}</span>")
                        .withProperty("level", line -> line.figure().tier() == null ? 0 : line.figure().tier().level())
                        .withProperty("tier", line -> line.figure().tierText()))
                .setHeader("Tier").setSortable(true).setComparator(Comparator.comparing(
                        line -> line.figure().tier() == null ? 0 : line.figure().tier().level()))
                .setWidth("12rem").setFlexGrow(0);
        grid.addColumn(line -> line.figure().targetText()).setHeader("Target").setSortable(true)
                .setComparator(line -> line.figure().targetText()).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<Line>of("<img src=\"${item.src}\" alt=\"${item.alt}\" width=\"120\" height=\"28\">")
                        .withProperty("src", Line::sparkline).withProperty("alt", Line::sparklineText))
                .setHeader("Last 12 months").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(line -> change(line.row().change())).setHeader("Change since last month").setSortable(true)
                .setComparator(Comparator.comparing(line -> line.row().change(),
                        Comparator.nullsFirst(Comparator.naturalOrder()))).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(line -> line.row().kpi().revised() ? "Revised (version " + line.row().kpi().version() + ")"
                : "").setHeader("Revised").setWidth("8rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("KPI of every organisation");
        grid.setHeight("32rem");

        var filters = new Div(month, programme);
        filters.addClassName("kpi-filters");
        add(new Paragraph("Every organisation's published KPI of the month: the tier, whether the target was met, the "
                + "in-month KPI of the last 12 months and the change in percentage points since the month before. "
                + "Sort by any column."), filters, total, download, grid);
        refresh();
    }

    void refresh() {
        YearMonth chosen = month.getValue();
        List<KpiOverviewRow> rows = chosen == null ? List.of()
                : kpis.overview(chosen, programme.getValue() == null ? null : programme.getValue().id());
        grid.setItems(rows.stream().map(KpiOverviewView::line).toList());
        download.setVisible(chosen != null && !rows.isEmpty());
        total.setText(chosen == null ? "Choose a month." : rows.isEmpty() ? "No KPI of " + DateFormats.month(chosen)
                + " has been published" + (programme.getValue() == null ? "." : " for this programme.")
                : rows.size() + (rows.size() == 1 ? " organisation" : " organisations") + " with a published KPI of "
                + DateFormats.month(chosen) + ".");
    }

    static Line line(KpiOverviewRow row) {
        String svg = KpiChart.sparkline(row.last12(), row.kpi().policy().kpiTarget());
        String src = "data:image/svg+xml;base64," + Base64.getEncoder()
                .encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        return new Line(row, src, sparklineText(row));
    }

    /** "In-month KPI, last 12 months: 75.0%, 78.5%, none, …": every value, oldest first. */
    static String sparklineText(KpiOverviewRow row) {
        List<String> values = row.last12().stream().map(v -> v == null ? "none" : KpiFigure.percent(v)).toList();
        return "In-month KPI of the last 12 months, oldest first: " + String.join(", ", values);
    }

    /** "+2.5 points", "−1.0 points", "No change", or a dash. */
    static String change(@Nullable BigDecimal change) {
        if (change == null) {
            return "–";
        }
        int sign = change.signum();
        String points = KpiFigure.percent(change.abs()).replace("%", "");
        return sign == 0 ? "No change" : (sign > 0 ? "+" : "−") + points + " points";
    }

    private void writeWorkbook(DownloadEvent event) throws IOException {
        YearMonth chosen = month.getValue();
        if (chosen == null) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(reports.overviewFileName(chosen));
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        reports.exportOverview(chosen, programme.getValue() == null ? null
                : Objects.requireNonNull(programme.getValue()).id(), event.getOutputStream());
    }
}
