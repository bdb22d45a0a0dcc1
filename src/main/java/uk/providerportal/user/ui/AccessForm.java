package uk.providerportal.user.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Role;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.user.UserChangeRefused;

/** Organisation and roles of one user, with the service's refusals shown beside the field they concern. */
class AccessForm extends FormLayout {

    final ComboBox<OrganisationSummary> organisation = new ComboBox<>("Organisation");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");

    AccessForm(List<OrganisationSummary> organisations) {
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setClearButtonVisible(true);
        organisation.setHelperText("Provider users only; leave empty for funder staff");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        add(organisation, roles);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    void show(@Nullable Long organisationId, Set<Role> current, List<OrganisationSummary> organisations) {
        organisation.setValue(organisations.stream().filter(o -> organisationId != null && o.id() == organisationId)
                .findFirst().orElse(null));
        roles.setValue(current.isEmpty() ? Set.of() : EnumSet.copyOf(current));
        clearErrors();
    }

    @Nullable Long organisationId() {
        return organisation.getValue() == null ? null : organisation.getValue().id();
    }

    Set<Role> selectedRoles() {
        return roles.getValue();
    }

    void clearErrors() {
        organisation.setInvalid(false);
        roles.setInvalid(false);
    }

    /** Shows the refusal next to the field it names, or as a notification if it names another one. */
    void showError(UserChangeRefused refused) {
        FieldErrors.show(refused, java.util.Map.of("organisation", organisation, "roles", roles));
    }
}
