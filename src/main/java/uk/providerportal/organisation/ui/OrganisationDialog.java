package uk.providerportal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationChangeRefused;
import uk.providerportal.organisation.OrganisationDetails;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.organisation.ProgrammeSummary;

/** Adds or edits a delivery partner; the service's refusals appear beside the field they name. */
class OrganisationDialog extends Dialog {

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final Select<Nation> nation = new Select<>();
    final Select<ProgrammeSummary> programme = new Select<>();
    final Checkbox active = new Checkbox("Active: its people can sign in");
    final Button save = new Button("Save");

    OrganisationDialog(OrganisationService organisations, @Nullable OrganisationSummary existing, Runnable saved) {
        setHeaderTitle(existing == null ? "Add a delivery partner" : "Edit " + existing.name());
        List<ProgrammeSummary> programmes = organisations.programmes();
        code.setHelperText("2 to 12 capital letters or digits; cannot change later");
        name.setMaxLength(200);
        nation.setLabel("Nation");
        nation.setItems(Nation.values());
        nation.setItemLabelGenerator(Nation::label);
        nation.setHelperText("Its bank holidays set the organisation's deadlines");
        programme.setLabel("Programme");
        programme.setItems(programmes);
        programme.setItemLabelGenerator(ProgrammeSummary::name);
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            name.setValue(existing.name());
            nation.setValue(existing.nation());
            programmes.stream().filter(p -> p.code().equals(existing.programmeCode())).findFirst()
                    .ifPresent(programme::setValue);
            active.setValue(existing.active());
        } else {
            active.setValue(true);
        }
        var form = new FormLayout(code, name, nation, programme, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            var fields = java.util.Map.<String, com.vaadin.flow.component.shared.HasValidationProperties>of(
                    "code", code, "name", name, "nation", nation, "programme", programme);
            FieldErrors.clear(fields);
            try {
                var result = organisations.saveOrganisation(new OrganisationDetails(
                        existing == null ? null : existing.id(), code.getValue(), name.getValue(), nation.getValue(),
                        programme.getValue() == null ? null : programme.getValue().id(), active.getValue(),
                        existing == null ? 0 : existing.version()));
                close();
                saved.run();
                Notifications.success("Saved " + result.name());
            } catch (OrganisationChangeRefused refused) {
                FieldErrors.show(refused, fields);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

}
