package uk.providerportal.returns.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import uk.providerportal.base.DateFormats;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.returns.ContractKpiRow;
import uk.providerportal.returns.ContractKpiService;
import uk.providerportal.returns.ContractKpiTable;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/**
 * An organisation's contract KPIs (issue 15): each KPI's target and its figure over the month (or latest quarter),
 * rolling 3 and 12 months and cumulatively, with the tier and whether the target is met in words. A partner sees its
 * own; the performance manager chooses the organisation.
 */
@Route("performance/kpis")
@PageTitle("Contract KPIs")
@Menu(order = 14.7, icon = "vaadin:dashboard", title = "Contract KPIs")
@RolesAllowed({Role.Names.PROVIDER_USER, Role.Names.QUALITY_MANAGER})
class ContractKpiView extends Main {

    static final int MONTHS_OFFERED = 12;

    final Select<OrganisationSummary> organisation = new Select<>();
    final Select<YearMonth> month = new Select<>();
    final Grid<ContractKpiRow> grid = new Grid<>();
    final Paragraph caption = new Paragraph();
    private final ContractKpiService kpis;

    ContractKpiView(ContractKpiService kpis, OrganisationService organisations, CurrentUser currentUser, Clock clock) {
        this.kpis = kpis;
        addClassName("portal-page");
        boolean provider = currentUser.require().hasRole(Role.PROVIDER_USER);
        List<OrganisationSummary> shown = organisations.visibleOrganisations().stream()
                .filter(OrganisationSummary::active).toList();
        organisation.setLabel("Organisation");
        organisation.setItems(shown);
        organisation.setItemLabelGenerator(o -> o.name() + " (" + o.programmeName() + ")");
        organisation.setVisible(!provider);
        organisation.setId("kpi-organisation");
        YearMonth last = YearMonth.now(clock.withZone(DateFormats.ZONE)).minusMonths(1);
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(last.minusMonths(i));
        }
        month.setLabel("As at the end of");
        month.setItems(months);
        month.setItemLabelGenerator(DateFormats::month);
        month.setValue(last);
        month.setId("kpi-month");
        grid.addColumn(r -> r.kpi().code()).setHeader("Code").setFlexGrow(0).setWidth("6rem");
        grid.addColumn(r -> r.kpi().description() + " (" + r.kpi().frequency().label().toLowerCase(DateFormats.LOCALE)
                + ")").setHeader("KPI").setFlexGrow(3);
        grid.addColumn(ContractKpiRow::targetText).setHeader("Target").setFlexGrow(0).setWidth("7rem");
        for (int i = 0; i < 4; i++) {
            int period = i;
            grid.addColumn(r -> r.figures().get(period).text()).setHeader(header(i)).setFlexGrow(2);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Contract KPIs");
        grid.setId("contract-kpis");
        caption.setId("kpi-caption");
        organisation.addValueChangeListener(change -> show());
        month.addValueChangeListener(change -> show());
        add(new Paragraph("Each contract KPI over the month (a quarterly KPI over its latest quarter), the rolling 3 "
                + "and 12 months and since it began, worked out from the counts in the returns (the quality KPI "
                + "from the assessed cases), with its tier: good, near target, needs improvement or inadequate."),
                new HorizontalLayout(organisation, month), new Section(new H3("Contract KPIs"), caption, grid));
        if (!shown.isEmpty()) {
            organisation.setValue(shown.getFirst());
        }
    }

    private static String header(int period) {
        return switch (period) {
            case 0 -> "Month or quarter";
            case 1 -> "Rolling 3 months";
            case 2 -> "Rolling 12 months";
            default -> "Cumulative";
        };
    }

    private void show() {
        OrganisationSummary chosen = organisation.getValue();
        YearMonth at = month.getValue();
        if (chosen == null || at == null) {
            grid.setItems(List.of());
            return;
        }
        ContractKpiTable table = kpis.kpiTable(chosen.id(), at);
        caption.setText(table.organisationName() + ", " + table.programmeName() + ": as at the end of "
                + DateFormats.month(at) + ", " + table.rows().size() + " KPIs.");
        grid.setItems(table.rows());
    }
}
