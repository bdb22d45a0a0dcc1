package uk.providerportal.appeal.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import uk.providerportal.appeal.AppealBoardRow;
import uk.providerportal.appeal.AppealService;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/**
 * The quality team's appeals board (issue 13, item 10): every lodged appeal with its organisation, month, reviewer
 * and decision target, overdue ones said in words; filter by organisation or reviewer, sort by any column.
 */
@Route("quality/appeals")
@PageTitle("Appeals board")
@Menu(order = 38, icon = "vaadin:scale", title = "Appeals board")
@RolesAllowed(Role.Names.QUALITY_MANAGER)
class AppealBoardView extends Main {

    final Grid<AppealBoardRow> grid = new Grid<>();
    final TextField filter = new TextField("Filter by organisation or reviewer");
    final Paragraph totals = new Paragraph();
    final Checkbox mine = new Checkbox("Only appeals assigned to me to decide");
    private final List<AppealBoardRow> rows;
    private final long me;

    AppealBoardView(AppealService appeals, CurrentUser currentUser) {
        this.me = currentUser.require().userId();
        addClassName("portal-page");
        rows = appeals.board();
        grid.addColumn(AppealBoardRow::organisationName).setHeader("Organisation").setSortable(true).setFlexGrow(2);
        grid.addColumn(r -> DateFormats.month(r.month())).setHeader("KPI month").setFlexGrow(1)
                .setComparator(AppealBoardRow::month);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setSortable(true).setFlexGrow(2);
        grid.addColumn(AppealBoardRow::standards).setHeader("Standards").setSortable(true).setFlexGrow(0)
                .setWidth("9.5rem");
        grid.addColumn(r -> r.reviewerName() == null ? "Not assigned" : r.reviewerName()).setHeader("Reviewer")
                .setSortable(true).setFlexGrow(1);
        grid.addColumn(r -> (r.overdue() ? "Overdue: " : "") + r.dueText()).setHeader("Decision")
                .setComparator(r -> r.decisionDue() == null ? java.time.LocalDate.MAX : r.decisionDue())
                .setFlexGrow(2);
        grid.addColumn(LitRenderer.<AppealBoardRow>of("<a href=\"${item.href}\" aria-label=\"${item.label}\">"
                        + "Open</a>")
                .withProperty("href", r -> "quality/appeals/" + r.id())
                .withProperty("label", r -> "Open the appeal of " + r.organisationName() + " for "
                        + DateFormats.month(r.month())))
                .setHeader("Appeal").setFlexGrow(0).setWidth("7rem");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Lodged appeals");
        grid.setAllRowsVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(change -> show());
        mine.addValueChangeListener(change -> show());
        long overdue = rows.stream().filter(AppealBoardRow::overdue).count();
        long open = rows.stream().filter(r -> r.status() != uk.providerportal.appeal.AppealStatus.DECIDED).count();
        totals.setText(Plural.of((int) open, "appeal") + " waiting for a decision, " + overdue + " overdue.");
        totals.setId("appeal-board-totals");
        add(new Paragraph("Lodged appeals against published KPIs. Assign each to an independent reviewer: a quality "
                + "manager who did not assess or moderate its cases and has no conflict with the organisation. "
                + "Decisions are due within the target in working days."), totals, filter, mine, grid);
        show();
    }

    private void show() {
        String text = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.UK);
        grid.setItems(rows.stream().filter(r -> !mine.getValue() || Long.valueOf(me).equals(r.reviewerId()))
                .filter(r -> text.isEmpty()
                || r.organisationName().toLowerCase(Locale.UK).contains(text)
                || (r.reviewerName() != null && r.reviewerName().toLowerCase(Locale.UK).contains(text))).toList());
    }
}
