package uk.providerportal.kpi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.kpi.KpiFigure;
import uk.providerportal.kpi.KpiMonthStatus;
import uk.providerportal.kpi.KpiService;
import uk.providerportal.security.Role;

/**
 * A quality manager's KPI publication (issue 12, items 5 and 6): when the month is due and whether it was published,
 * each organisation's figure as it would be computed now beside the published one, publishing by hand, and revisions
 * with a reason where the figures changed.
 */
@Route("kpi-publication")
@PageTitle("KPI publication")
@Menu(order = 37, icon = "vaadin:megaphone", title = "KPI publication")
@RolesAllowed(Role.Names.QUALITY_MANAGER)
class KpiPublicationView extends Main {

    final Select<YearMonth> month = new Select<>();
    final Paragraph status = new Paragraph();
    final Button publish = new Button("Publish now");
    final Button revise = new Button("Publish a revision…");
    final TextField filter = new TextField("Filter by organisation");
    final Grid<KpiMonthStatus.Row> grid = new Grid<>();
    private final KpiService kpis;
    private List<KpiMonthStatus.Row> rows = List.of();

    KpiPublicationView(KpiService kpis, Clock clock) {
        this.kpis = kpis;
        addClassName("portal-page");
        YearMonth now = YearMonth.now(clock);
        month.setLabel("Month");
        month.setItems(IntStream.rangeClosed(0, 12).mapToObj(now::minusMonths).toList());
        month.setItemLabelGenerator(DateFormats::month);
        month.setValue(now);
        month.addValueChangeListener(change -> refresh());
        status.setId("kpi-publication-status");

        publish.setId("publish-kpis");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> confirmPublish());
        revise.setId("revise-kpi");
        revise.setEnabled(false);
        revise.addClickListener(click -> {
            var selected = grid.asSingleSelect().getValue();
            if (selected != null) {
                openRevision(selected);
            }
        });

        filter.setPlaceholder("Name contains");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(change -> showRows());

        grid.addColumn(KpiMonthStatus.Row::organisationName).setHeader("Organisation").setSortable(true)
                .setComparator(Comparator.comparing(KpiMonthStatus.Row::organisationName)).setAutoWidth(true);
        grid.addColumn(r -> r.live().casesPassing() + " of " + r.live().casesCounted()).setHeader("Passing now")
                .setSortable(true).setComparator(Comparator.comparingInt(r -> r.live().casesCounted()));
        grid.addColumn(r -> r.live().kpiText()).setHeader("KPI now").setSortable(true)
                .setComparator(Comparator.comparing(r -> percentOrMinus(r.live())));
        grid.addColumn(r -> r.published() == null ? "Not published" : r.published().kpiText()
                + " (version " + r.version() + ")").setHeader("Published KPI").setAutoWidth(true);
        grid.addColumn(r -> r.published() == null ? "–" : r.published().tierText()).setHeader("Published tier");
        grid.addColumn(r -> r.published() == null ? "–" : r.differs() ? "Figures changed: revision needed"
                : "Up to date").setHeader("Revision").setAutoWidth(true).setSortable(true)
                .setComparator(Comparator.comparing(KpiMonthStatus.Row::differs));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Organisations' KPIs for the month");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> revise.setEnabled(change.getValue() != null
                && change.getValue().published() != null));

        var actions = new HorizontalLayout(month, filter, publish, revise);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        add(new Paragraph("A month's KPIs are published once, on its publication date (the last working day unless "
                + "moved), by the scheduled job, or earlier or later by hand. Publishing fixes which cases count: "
                + "those of the month's round released by then. After data cleansing or an upheld appeal, select an "
                + "organisation whose figures changed and publish a revision with the reason; providers see the "
                + "current figure and every version in its restatement log."), actions, status, grid);
        refresh();
    }

    private static java.math.BigDecimal percentOrMinus(KpiFigure figure) {
        return figure.kpiPercent() == null ? java.math.BigDecimal.valueOf(-1) : figure.kpiPercent();
    }

    void refresh() {
        KpiMonthStatus state = kpis.monthStatus(month.getValue());
        String monthName = DateFormats.month(state.month());
        String due = DateFormats.date(state.publicationDate()) + (state.delayReason() == null ? ""
                : " (moved from the usual date: " + state.delayReason() + ")");
        if (state.published()) {
            LocalDate on = LocalDate.ofInstant(java.util.Objects.requireNonNull(state.publishedAt()), DateFormats.ZONE);
            long changed = state.organisations().stream().filter(KpiMonthStatus.Row::differs).count();
            status.setText("The KPIs of " + monthName + " were published on " + DateFormats.date(on) + " by "
                    + state.publishedBy() + " (" + state.how() + "). Its publication date was " + due + ". "
                    + (changed == 0 ? "Every published figure is up to date."
                    : changed + (changed == 1 ? " organisation's figures have" : " organisations' figures have")
                    + " changed since: select one and publish a revision."));
        } else {
            status.setText("The KPIs of " + monthName + " are not published yet. The scheduled job publishes them on "
                    + due + " at " + kpis.publicationDue(state.month()).toLocalTime() + ". Publish now to do it by "
                    + "hand.");
        }
        publish.setEnabled(!state.published());
        rows = state.organisations();
        showRows();
    }

    private void showRows() {
        String text = filter.getValue().strip().toLowerCase(Locale.UK);
        grid.setItems(rows.stream().filter(r -> r.organisationName().toLowerCase(Locale.UK).contains(text)).toList());
        revise.setEnabled(false);
    }

    void confirmPublish() {
        String monthName = DateFormats.month(month.getValue());
        var dialog = new Dialog("Publish the KPIs of " + monthName + "?");
        dialog.add(new Paragraph("Every delivery partner sees its KPI of " + monthName + " at once, and the appeal "
                + "window starts counting today. Cases released after now count towards no version of this month."));
        var confirm = new Button("Publish", click -> {
            try {
                var result = kpis.publish(month.getValue());
                Notifications.success(result.message());
            } catch (ChangeRefused refused) {
                Notifications.error(refused.getMessage());
            }
            dialog.close();
            refresh();
        });
        confirm.setId("confirm-publish");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    void openRevision(KpiMonthStatus.Row row) {
        String monthName = DateFormats.month(month.getValue());
        var dialog = new Dialog("Revise " + row.organisationName() + "'s KPI for " + monthName);
        @Nullable KpiFigure published = row.published();
        dialog.add(new Paragraph("Published: " + (published == null ? "–" : published.kpiText() + ", "
                + published.countsText()) + ". Now: " + row.live().kpiText() + ", " + row.live().countsText()
                + "."));
        var reason = new TextArea("Reason for the revision");
        reason.setHelperText("Providers read it in the restatement log, e.g. \"Data cleansing: two cases re-scored\".");
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("revision-reason");
        dialog.add(reason);
        var save = new Button("Publish revision", click -> {
            FieldErrors.clear(Map.of("reason", reason));
            try {
                var version = kpis.revise(row.organisationId(), month.getValue(), reason.getValue());
                dialog.close();
                Notifications.success("Published version " + version.version() + " of " + row.organisationName()
                        + "'s KPI for " + monthName + ": " + version.changes() + " The provider sees it now.");
                refresh();
            } catch (ChangeRefused refused) {
                if (refused.field().equals("reason")) {
                    FieldErrors.show(refused, Map.of("reason", reason));
                } else {
                    Notifications.error(refused.getMessage());
                }
            }
        });
        save.setId("publish-revision");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.setWidth("36rem");
        dialog.open();
    }
}
