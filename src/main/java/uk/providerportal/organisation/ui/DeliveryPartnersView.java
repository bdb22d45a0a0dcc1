package uk.providerportal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/** Funder staff's directory of delivery partners: searchable, sortable, loaded page by page. */
@Route("delivery-partners")
@PageTitle("Delivery partners")
@Menu(order = 10, icon = "vaadin:building", title = "Delivery partners")
@RolesAllowed({Role.Names.QUALITY_MANAGER, Role.Names.ASSESSOR, Role.Names.ADMIN})
class DeliveryPartnersView extends Main {

    final TextField filter = new TextField("Search delivery partners");
    final Grid<OrganisationSummary> grid = new Grid<>();

    final Button addOrganisation = new Button("Add delivery partner", VaadinIcon.PLUS.create());

    DeliveryPartnersView(OrganisationService organisations, CurrentUser currentUser) {
        addClassName("portal-page");
        boolean admin = currentUser.require().hasRole(Role.ADMIN);
        add(new Paragraph("Every organisation funded to deliver a programme, with the nation whose working days "
                + "set its deadlines."));

        filter.setPlaceholder("Name, code or programme");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        filter.setWidth("24rem");

        grid.addColumn(OrganisationSummary::name).setHeader("Name").setSortProperty("name").setFlexGrow(2);
        grid.addColumn(OrganisationSummary::code).setHeader("Code").setSortProperty("code").setAutoWidth(true);
        grid.addColumn(OrganisationSummary::programmeName).setHeader("Programme")
                .setSortProperty("programme.name").setFlexGrow(1);
        grid.addColumn(organisation -> organisation.nation().label()).setHeader("Nation")
                .setSortProperty("nation").setAutoWidth(true);
        grid.addColumn(organisation -> organisation.active() ? "Active" : "Inactive").setHeader("Status")
                .setSortProperty("active").setAutoWidth(true);
        if (admin) {
            grid.addComponentColumn(organisation -> {
                var edit = new Button("Edit", click -> new OrganisationDialog(organisations, organisation,
                        () -> grid.getDataProvider().refreshAll()).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                edit.setAriaLabel("Edit " + organisation.name());
                return edit;
            }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
            addOrganisation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            addOrganisation.addClickListener(click -> new OrganisationDialog(organisations, null,
                    () -> grid.getDataProvider().refreshAll()).open());
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setItemsPageable(
                pageable -> organisations.search(filter.getValue(), withDefaultSort(pageable)),
                pageable -> organisations.count(filter.getValue()));
        grid.setAriaLabel("Delivery partners");
        grid.setHeight("32rem");
        var toolbar = new HorizontalLayout(filter);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (admin) {
            toolbar.add(addOrganisation);
        }
        add(toolbar, grid);
    }

    private static org.springframework.data.domain.Pageable withDefaultSort(
            org.springframework.data.domain.Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by("name"));
    }
}
