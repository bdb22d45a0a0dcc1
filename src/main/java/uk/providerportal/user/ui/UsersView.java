package uk.providerportal.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Role;
import uk.providerportal.user.AccessStatus;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserChangeRefused;
import uk.providerportal.user.UserFilter;
import uk.providerportal.user.UserService;

/** Admins find people, change their organisation and roles, and activate or deactivate them. */
@Route("admin/users")
@PageTitle("Users")
@Menu(order = 80, icon = "vaadin:users", title = "Users")
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends Main {

    final TextField search = new TextField("Search users");
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>("Organisation");
    final ComboBox<Role> role = new ComboBox<>("Role");
    final ComboBox<AccessStatus> status = new ComboBox<>("Access");
    final Grid<UserAccount> grid = new Grid<>();

    private final UserService users;
    private final List<OrganisationSummary> organisations;
    private final Map<Long, String> organisationNames;

    UsersView(UserService users, OrganisationService organisationService) {
        this.users = users;
        this.organisations = organisationService.visibleOrganisations();
        this.organisationNames = organisations.stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        addClassName("portal-page");

        search.setPlaceholder("Name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setClearButtonVisible(true);
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setClearButtonVisible(true);
        status.setItems(AccessStatus.values());
        status.setItemLabelGenerator(AccessStatus::label);
        status.setClearButtonVisible(true);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        organisation.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        role.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addColumn(UserAccount::name).setHeader("Name").setSortProperty("name").setAutoWidth(true);
        grid.addColumn(UserAccount::email).setHeader("Email").setSortProperty("email").setAutoWidth(true);
        grid.addColumn(user -> user.organisationId() == null ? "Funder"
                : organisationNames.getOrDefault(user.organisationId(), "")).setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(user -> user.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles").setAutoWidth(true);
        grid.addColumn(user -> user.accessStatus().label()).setHeader("Access").setSortProperty("accessStatus")
                .setAutoWidth(true);
        grid.addColumn(user -> user.active() ? "Active" : "Deactivated").setHeader("Status")
                .setSortProperty("active").setAutoWidth(true);
        grid.addColumn(user -> user.lastSignInAt() == null ? "Never" : DateFormats.dateTime(user.lastSignInAt()))
                .setHeader("Last sign-in").setSortProperty("lastSignInAt").setAutoWidth(true);
        grid.addComponentColumn(user -> {
            var edit = new Button("Change", click -> openEditor(user));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel("Change access for " + user.name());
            return edit;
        }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(false);
        grid.setAriaLabel("Users");
        grid.setHeight("32rem");
        grid.setItemsPageable(pageable -> users.search(filter(), byName(pageable)),
                pageable -> users.count(filter()));

        var filters = new HorizontalLayout(search, organisation, role, status);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new Paragraph("Everyone who has signed in or been set up. Provider users belong to one delivery "
                + "partner; funder staff to none."), filters, grid);
    }

    UserFilter filter() {
        return new UserFilter(search.getValue(), organisation.getValue() == null ? null : organisation.getValue().id(),
                role.getValue(), status.getValue());
    }

    private static Pageable byName(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"));
    }

    void openEditor(UserAccount user) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Change access for " + user.name());
        var form = new AccessForm(organisations);
        form.show(user.organisationId(), user.roles(), organisations);
        var active = new Checkbox("Account active", user.active());
        active.setHelperText("A deactivated person cannot sign in");
        form.add(active);
        var save = new Button("Save changes", click -> {
            try {
                users.changeRoles(user.id(), form.organisationId(), form.selectedRoles());
                users.setActive(user.id(), active.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notifications.success("Saved changes for " + user.name());
            } catch (UserChangeRefused refused) {
                form.showError(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        var cancel = new Button("Cancel", click -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
