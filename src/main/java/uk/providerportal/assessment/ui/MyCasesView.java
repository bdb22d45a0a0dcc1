package uk.providerportal.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.Set;
import java.util.stream.IntStream;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.MyCase;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.NarrowWindow;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.cases.AssignedQuery;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.ui.CasePriority;
import uk.providerportal.cases.ui.CaseStatusBadge;
import uk.providerportal.security.Role;

/**
 * An assessor's own cases (issue 11, item 1): those assigned to them, oldest round first and then in the triage
 * queue's priority, each with its due date and how far its scorecard has got. Starting a queued case opens its
 * scorecard.
 */
@Route("assessment/my-cases")
@PageTitle("My cases")
@Menu(order = 25, icon = "vaadin:clipboard-check", title = "My cases")
@RolesAllowed(Role.Names.ASSESSOR)
class MyCasesView extends Main {

    // Combo boxes, not selects: a select keeps two state nodes per option for as long as the page is open.
    final ComboBox<YearMonth> round = new ComboBox<>("Assessment round");
    final ComboBox<CaseStatus> status = new ComboBox<>("Status");
    final TextField reference = new TextField("Case reference contains");
    final Grid<MyCase> grid = new Grid<>();
    final Span total = new Span();

    private final AssessmentService assessments;
    private Grid.@Nullable Column<MyCase> compact;

    MyCasesView(AssessmentService assessments, Clock clock) {
        this.assessments = assessments;
        addClassName("portal-page");
        YearMonth now = YearMonth.now(clock.withZone(DateFormats.ZONE));

        round.setItems(IntStream.rangeClosed(-6, 1).mapToObj(now::plusMonths).toList().reversed());
        round.setItemLabelGenerator(DateFormats::month);
        round.setPlaceholder("Every round");
        round.setClearButtonVisible(true);
        status.setItems(AssignedQuery.WORKING.stream().sorted().toList());
        status.setItemLabelGenerator(CaseStatus::label);
        status.setPlaceholder("Queued, in assessment or submitted");
        status.setClearButtonVisible(true);
        reference.setValueChangeMode(ValueChangeMode.LAZY);
        reference.setClearButtonVisible(true);
        round.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());
        reference.addValueChangeListener(change -> refresh());
        round.setWidth("13rem");
        status.setWidth("21rem");
        status.setMaxWidth("100%");
        reference.setWidth("13rem");
        var filters = new HorizontalLayout(round, status, reference);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        // Narrow widths that all grow, so every column fits beside the side navigation at 1024 px and none wraps
        // mid-word at 1280.
        List<Grid.Column<MyCase>> wide = List.of(
                grid.addColumn(row -> DateFormats.date(row.dueOn())).setHeader("Due")
                        .setSortProperty("assessmentMonth")
                        .setTooltipGenerator(row -> DateFormats.month(row.summary().assessmentMonth()) + " round")
                        .setWidth("6rem").setFlexGrow(1),
                grid.addColumn(row -> CasePriority.of(row.summary())).setHeader("Priority")
                        .setSortProperty("late", "sampleWeek").setWidth("6rem").setFlexGrow(1),
                grid.addColumn(row -> row.summary().reference()).setHeader("Case reference")
                        .setSortProperty("reference").setWidth("6rem").setFlexGrow(1),
                grid.addColumn(row -> row.summary().organisationName()).setHeader("Delivery partner")
                        .setSortProperty("organisationId").setWidth("6rem").setFlexGrow(1),
                grid.addColumn(CaseStatusBadge.renderer(MyCase::summary)).setHeader("Status")
                        .setSortProperty("status").setWidth("7rem").setFlexGrow(1),
                grid.addColumn(MyCasesView::progress).setHeader("Scorecard").setWidth("5.5rem").setFlexGrow(1),
                grid.addColumn(action(LitRenderer.of(ACTION))).setHeader("Action").setWidth("6.5rem").setFlexGrow(1));
        // A narrow window (a phone, or zoomed to 400 %) shows each case as one summary cell, its action included. The
        // column is made only when needed: every column costs each open page a few kilobytes.
        NarrowWindow.track(this, narrow -> {
            wide.forEach(column -> column.setVisible(!narrow));
            if (narrow && compact == null) {
                compact = grid.addColumn(summaryCell()).setHeader("Cases").setSortProperty("assessmentMonth");
            } else if (!narrow && compact != null) {
                grid.removeColumn(compact);
                compact = null;
            }
        });
        grid.addClassName("case-list");
        grid.setMultiSort(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Cases assigned to you");
        grid.setHeight("28rem");
        grid.setItemsPageable(pageable -> assessments.myCases(query(), pageable),
                pageable -> assessments.countMyCases(query()));

        add(new Paragraph("The cases assigned to you, oldest assessment round first, then on-time weeks before late "
                + "ones, as the triage queue orders them. A case is due by the last day of its round: cases not "
                + "assessed by then roll into the next round."), filters, total, grid);
        refresh();
    }

    AssignedQuery query() {
        return new AssignedQuery(round.getValue(), status.getValue() == null ? Set.of() : Set.of(status.getValue()),
                reference.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        long count = assessments.countMyCases(query());
        total.setText(count + (count == 1 ? " case" : " cases") + " assigned to you");
    }

    /** Start for a queued case, otherwise a link to its scorecard. */
    static final String ACTION = "${item.startable"
            + " ? html`<vaadin-button theme=\"primary small\" aria-label=\"${item.startLabel}\""
            + " @click=\"${start}\">Start</vaadin-button>`"
            + " : html`<a href=\"${item.href}\" aria-label=\"${item.openLabel}\">Open scorecard</a>`}";

    static String progress(MyCase row) {
        return row.progress() == null ? "Not started" : row.progress();
    }

    /** The phone-width cell, drawn in the browser from a few values per row, not as components per row. */
    private LitRenderer<MyCase> summaryCell() {
        return action(LitRenderer.<MyCase>of("<div class=\"case-summary\"><span class=\"case-reference\">"
                        + "${item.reference}</span><span>${item.partner}</span><span>Due ${item.due}</span>"
                        + "<span>${item.priority}</span><span theme=\"${item.badgeTheme}\">${item.badgeText}</span>"
                        + "<span>Scorecard: ${item.progress}</span><span>" + ACTION + "</span></div>")
                .withProperty("reference", row -> row.summary().reference())
                .withProperty("partner", row -> row.summary().organisationName())
                .withProperty("due", row -> DateFormats.date(row.dueOn()))
                .withProperty("priority", row -> CasePriority.of(row.summary()))
                .withProperty("badgeTheme", row -> CaseStatusBadge.theme(row.summary()))
                .withProperty("badgeText", row -> CaseStatusBadge.text(row.summary()))
                .withProperty("progress", MyCasesView::progress));
    }

    /** Adds what {@link #ACTION} needs: Start for a queued case, otherwise the scorecard's link. */
    private LitRenderer<MyCase> action(LitRenderer<MyCase> renderer) {
        return renderer
                .withProperty("startable", row -> row.summary().status() == CaseStatus.QUEUED)
                .withProperty("startLabel", row -> "Start case " + row.summary().reference())
                .withProperty("openLabel", row -> "Open scorecard of case " + row.summary().reference())
                .withProperty("href", row -> ScorecardView.path(row.summary().id()))
                .withFunction("start", this::start);
    }

    void start(MyCase row) {
        try {
            assessments.start(row.summary().id());
            getUI().ifPresent(ui -> ui.navigate(ScorecardView.path(row.summary().id())));
        } catch (ChangeRefused refused) {
            Notifications.error(refused.getMessage());
            refresh();
        }
    }
}
