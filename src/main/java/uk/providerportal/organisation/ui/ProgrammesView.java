package uk.providerportal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.organisation.OrganisationChangeRefused;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.ProgrammeSummary;
import uk.providerportal.security.Role;

/** Admins keep the list of funded programmes; each delivery partner belongs to one. */
@Route("admin/programmes")
@PageTitle("Programmes")
@Menu(order = 60, icon = "vaadin:briefcase", title = "Programmes")
@RolesAllowed(Role.Names.ADMIN)
class ProgrammesView extends Main {

    final Grid<ProgrammeSummary> grid = new Grid<>();
    private final OrganisationService organisations;

    ProgrammesView(OrganisationService organisations) {
        this.organisations = organisations;
        addClassName("portal-page");
        grid.addColumn(ProgrammeSummary::name).setHeader("Name").setSortable(true).setFlexGrow(1);
        grid.addColumn(ProgrammeSummary::code).setHeader("Code").setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> p.active() ? "Active" : "Inactive").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(programme -> {
            var edit = new Button("Edit", click -> open(programme));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel("Edit " + programme.name());
            return edit;
        }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Programmes");
        var add = new Button("Add programme", VaadinIcon.PLUS.create(), click -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("Programmes such as debt advice or employment support. Their targets and policies are "
                + "set per programme."), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(organisations.programmes());
    }

    void open(@Nullable ProgrammeSummary existing) {
        var dialog = new Dialog(existing == null ? "Add a programme" : "Edit " + existing.name());
        var code = new TextField("Code");
        var name = new TextField("Name");
        var active = new Checkbox("Active", existing == null || existing.active());
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            name.setValue(existing.name());
        }
        var form = new FormLayout(code, name, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var fields = java.util.Map.of("code", code, "name", name);
        var save = new Button("Save", click -> {
            FieldErrors.clear(fields);
            try {
                organisations.saveProgramme(existing == null ? null : existing.id(), code.getValue(), name.getValue(),
                        active.getValue());
                dialog.close();
                refresh();
                Notifications.success("Saved " + name.getValue().trim());
            } catch (OrganisationChangeRefused refused) {
                FieldErrors.show(refused, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }
}
