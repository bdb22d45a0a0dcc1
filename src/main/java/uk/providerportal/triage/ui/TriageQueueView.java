package uk.providerportal.triage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.base.ui.NarrowWindow;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.ui.CasePriority;
import uk.providerportal.cases.ui.CaseStatusBadge;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.organisation.ProgrammeSummary;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;
import uk.providerportal.triage.AssessorWorkload;
import uk.providerportal.triage.AssignmentResult;
import uk.providerportal.triage.QueueFilter;
import uk.providerportal.triage.RollOverResult;
import uk.providerportal.triage.TriageService;
import uk.providerportal.user.UserAccount;

/**
 * The quality team's triage queue (seed 001): every organisation's cases in an assessment round, on-time weeks
 * first and late weeks at the back, with assignment to assessors and each assessor's workload.
 */
@Route("quality/queue")
@PageTitle("Triage queue")
@Menu(order = 30, icon = "vaadin:tasks", title = "Triage queue")
@RolesAllowed({Role.Names.QUALITY_MANAGER, Role.Names.ADMIN})
class TriageQueueView extends Main {

    // Combo boxes, not selects: a select keeps two state nodes per option in the session (issue 10, item 13).
    final ComboBox<YearMonth> round = new ComboBox<>("Assessment round");
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>("Delivery partner");
    final ComboBox<ProgrammeSummary> programme = new ComboBox<>("Programme");
    final ComboBox<CaseStatus> status = new ComboBox<>("Status");
    final ComboBox<UserAccount> assessorFilter = new ComboBox<>("Assessor");
    final Grid<CaseSummary> grid = new Grid<>();
    final Span total = new Span();
    final ComboBox<UserAccount> assignTo = new ComboBox<>("Assign to");
    final Button assign = new Button("Assign selected cases");
    final UnorderedList problems = new UnorderedList();
    final Section workload = new Section();

    private final TriageService triage;
    private Grid.@Nullable Column<CaseSummary> compact;

    TriageQueueView(TriageService triage, OrganisationService organisations, CurrentUser currentUser,
                    Clock clock) {
        this.triage = triage;
        boolean qualityManager = currentUser.require().hasRole(Role.QUALITY_MANAGER);
        addClassName("portal-page");
        YearMonth now = YearMonth.now(clock.withZone(DateFormats.ZONE));

        round.setItems(IntStream.rangeClosed(-6, 1).mapToObj(now::plusMonths).toList().reversed());
        round.setItemLabelGenerator(m -> DateFormats.month(m.atDay(1)));
        round.setValue(now);
        round.addValueChangeListener(change -> {
            if (change.getValue() == null && change.getOldValue() != null) {
                round.setValue(change.getOldValue()); // emptied by hand: the queue is always one round's
            }
        });
        organisation.setItems(organisations.visibleOrganisations());
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setPlaceholder("All");
        programme.setItems(organisations.programmes());
        programme.setItemLabelGenerator(ProgrammeSummary::name);
        programme.setPlaceholder("All");
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(CaseStatus::label);
        status.setPlaceholder("Not yet assessed");
        List<UserAccount> assessors = triage.assessors();
        assessorFilter.setItems(assessors);
        assessorFilter.setItemLabelGenerator(UserAccount::name);
        assessorFilter.setPlaceholder("Anyone");
        for (var field : List.of(round, organisation, programme, status, assessorFilter)) {
            field.addValueChangeListener(change -> {
                if (round.getValue() != null) {
                    refresh();
                }
            });
            field.setWidth("13rem");
            field.setMaxWidth("100%");
        }
        for (var filter : List.of(organisation, programme, status, assessorFilter)) {
            filter.setClearButtonVisible(true);
        }
        organisation.setWidth("18rem"); // partner names are long

        // Narrow widths that flex and wrap, so every column fits beside the side navigation at 1024 px.
        List<Grid.Column<CaseSummary>> wide = List.of(
                grid.addColumn(TriageQueueView::priority).setHeader("Priority").setKey("priority").setWidth("7rem")
                        .setFlexGrow(1).setSortProperty("late", "sampleWeek"),
                grid.addColumn(CaseSummary::organisationName).setHeader("Delivery partner").setWidth("7rem")
                        .setFlexGrow(1).setSortProperty("organisationId"),
                grid.addColumn(CaseSummary::reference).setHeader("Case reference").setWidth("7rem").setFlexGrow(1)
                        .setSortProperty("reference"),
                grid.addColumn(c -> DateFormats.date(c.submittedAt().atZone(DateFormats.ZONE).toLocalDate()))
                        .setHeader("Submitted").setWidth("6rem").setFlexGrow(1).setSortProperty("submittedAt")
                        .setTooltipGenerator(c -> DateFormats.dateTime(c.submittedAt())),
                grid.addColumn(CaseStatusBadge.renderer()).setHeader("Status").setWidth("7rem").setFlexGrow(0)
                        .setSortProperty("status"),
                grid.addColumn(c -> c.assessorName() == null ? "Not assigned" : c.assessorName()).setHeader("Assessor")
                        .setWidth("6rem").setFlexGrow(1).setSortProperty("assessorName"));
        // A narrow window (a phone, or zoomed to 400 %) shows each case as one summary cell; rows stay selectable.
        // The column is made only when needed: every column costs each open page a few kilobytes (issue 10, item 13).
        NarrowWindow.track(this, narrow -> {
            wide.forEach(column -> column.setVisible(!narrow));
            if (narrow && compact == null) {
                compact = grid.addColumn(compactRenderer()).setHeader("Cases").setSortProperty("late", "sampleWeek");
            } else if (!narrow && compact != null) {
                grid.removeColumn(compact);
                compact = null;
            }
        });
        grid.addClassName("case-list");
        grid.setPartNameGenerator(c -> c.late() ? "late-case" : null);
        grid.setMultiSort(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Triage queue");
        grid.setHeight("30rem");
        grid.setItemsPageable(pageable -> triage.queue(filter(), pageable), pageable -> triage.count(filter()));

        var filters = new HorizontalLayout(round, organisation, programme, status, assessorFilter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new Paragraph("Cases that arrived on time for their week come first, week by week; a week's sample that "
                + "arrived late goes to the back of the queue. Cases not assessed by the end of the month roll into "
                + "the next month's round."), filters, total);

        if (qualityManager) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            // Clicking a row picks it too, not only its checkbox (the selection column has no Column).
            grid.addItemClickListener(click -> {
                if (click.getColumn() != null) {
                    if (grid.getSelectedItems().contains(click.getItem())) {
                        grid.deselect(click.getItem());
                    } else {
                        grid.select(click.getItem());
                    }
                }
            });
            assignTo.setItems(assessors);
            assignTo.setPlaceholder("Choose an assessor");
            assignTo.setItemLabelGenerator(UserAccount::name);
            assignTo.setWidth("16rem");
            assignTo.setMaxWidth("100%");
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            assign.addClickListener(click -> assignSelected());
            var assignBar = new HorizontalLayout(assignTo, assign);
            assignBar.setAlignItems(FlexComponent.Alignment.BASELINE);
            assignBar.setWrap(true);
            problems.addClassName("field-error");
            add(assignBar, problems);
        }
        workload.addClassName("portal-card");
        add(grid, workload, rollOvers());
        refresh();
    }

    private static LitRenderer<CaseSummary> compactRenderer() {
        return LitRenderer.<CaseSummary>of("<div class=\"case-summary\">"
                        + "<span class=\"case-reference\">${item.reference}</span><span>${item.partner}</span>"
                        + "<span>${item.priority}</span><span>${item.submitted}</span>"
                        + "<span theme=\"${item.badgeTheme}\">${item.badgeText}</span><span>${item.assessor}</span></div>")
                .withProperty("reference", CaseSummary::reference)
                .withProperty("partner", CaseSummary::organisationName)
                .withProperty("priority", TriageQueueView::priority)
                .withProperty("submitted", c -> "Submitted " + DateFormats.date(c.submittedAt().atZone(DateFormats.ZONE)
                        .toLocalDate()))
                .withProperty("badgeTheme", CaseStatusBadge::theme)
                .withProperty("badgeText", CaseStatusBadge::text)
                .withProperty("assessor", c -> c.assessorName() == null ? "Not assigned"
                        : "Assessor: " + c.assessorName());
    }

    QueueFilter filter() {
        return new QueueFilter(round.getValue(), organisation.getValue() == null ? null : organisation.getValue().id(),
                programme.getValue() == null ? null : programme.getValue().id(), status.getValue(),
                assessorFilter.getValue() == null ? null : assessorFilter.getValue().id());
    }

    static String priority(CaseSummary sample) {
        return CasePriority.of(sample);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        long count = triage.count(filter());
        total.setText(count + (count == 1 ? " case" : " cases") + " in the queue");
        workload.removeAll();
        workload.add(new H3("Workload in the " + DateFormats.month(round.getValue().atDay(1)) + " round"));
        var list = new UnorderedList();
        for (AssessorWorkload each : triage.workload(round.getValue())) {
            list.add(new ListItem(each.assessorName() + ": " + each.queued() + " queued, " + each.inAssessment()
                    + " in assessment, " + each.assessed() + " assessed"));
        }
        workload.add(list);
    }

    void assignSelected() {
        problems.removeAll();
        List<Long> chosen = new ArrayList<>(grid.getSelectedItems().stream().map(CaseSummary::id).toList());
        if (assignTo.getValue() == null) {
            assignTo.setErrorMessage("Choose the assessor");
            assignTo.setInvalid(true);
            return;
        }
        assignTo.setInvalid(false);
        try {
            AssignmentResult result = triage.assign(chosen, assignTo.getValue().id());
            if (result.done()) {
                Notifications.success(result.message());
                refresh();
            } else {
                Notifications.error(result.message());
                result.problems().forEach(problem -> problems.add(new ListItem(problem)));
            }
        } catch (ChangeRefused refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private Section rollOvers() {
        var section = new Section(new H3("Roll-overs"));
        section.addClassName("portal-card");
        List<RollOverResult> done = triage.rollOvers();
        if (done.isEmpty()) {
            section.add(new Paragraph("No assessment round has been closed yet. Each night the portal closes rounds "
                    + "whose month has ended and moves their unassessed cases into the next round."));
            return section;
        }
        section.add(new UnorderedList(done.stream().limit(6).map(r -> new ListItem(DateFormats.month(
                r.closedMonth().atDay(1)) + " round closed on " + DateFormats.dateTime(r.ranAt()) + " by " + r.ranBy()
                + ": " + Plural.of(r.casesMoved(), "case") + " moved into " + DateFormats.month(r.closedMonth().plusMonths(1)
                .atDay(1)))).toArray(ListItem[]::new)));
        return section;
    }
}
