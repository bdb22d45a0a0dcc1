package uk.providerportal.triage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Map;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Role;
import uk.providerportal.triage.ConflictOfInterest;
import uk.providerportal.triage.TriageService;
import uk.providerportal.user.UserAccount;

/** Declared conflicts of interest: an assessor is never assigned a delivery partner's case they conflict with. */
@Route("quality/conflicts")
@PageTitle("Conflicts of interest")
@Menu(order = 31, icon = "vaadin:scale-unbalance", title = "Conflicts of interest")
@RolesAllowed({Role.Names.QUALITY_MANAGER, Role.Names.ADMIN})
class ConflictsView extends Main {

    final Select<UserAccount> assessor = new Select<>();
    final Select<OrganisationSummary> organisation = new Select<>();
    final TextField reason = new TextField("What is the conflict?");
    final Button declare = new Button("Declare conflict");
    final Grid<ConflictOfInterest> grid = new Grid<>();

    private final TriageService triage;

    ConflictsView(TriageService triage, OrganisationService organisations) {
        this.triage = triage;
        addClassName("portal-page");
        assessor.setLabel("Assessor");
        assessor.setItems(triage.assessors());
        assessor.setItemLabelGenerator(UserAccount::name);
        organisation.setLabel("Delivery partner");
        organisation.setItems(organisations.visibleOrganisations());
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        reason.setHelperText("E.g. worked there until 2025, or a close relative works there");
        reason.setMaxLength(500);
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declare.addClickListener(click -> declare());
        var form = new FormLayout(assessor, organisation, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));

        grid.addColumn(ConflictOfInterest::assessorName).setHeader("Assessor").setSortable(true).setAutoWidth(true);
        grid.addColumn(ConflictOfInterest::organisationName).setHeader("Delivery partner").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(ConflictOfInterest::reason).setHeader("Conflict").setFlexGrow(1);
        grid.addColumn(c -> c.declaredBy() + (c.declaredAt() == null ? "" : ", "
                + DateFormats.date(c.declaredAt().atZone(DateFormats.ZONE).toLocalDate()))).setHeader("Declared")
                .setSortable(true).setComparator(Comparator.comparing(ConflictOfInterest::id)).setAutoWidth(true);
        grid.addComponentColumn(conflict -> {
            var remove = new Button("Remove", click -> {
                triage.removeConflict(conflict.id());
                Notifications.success("Removed the conflict of " + conflict.assessorName() + " with "
                        + conflict.organisationName());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove the conflict of " + conflict.assessorName() + " with "
                    + conflict.organisationName());
            return remove;
        }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Declared conflicts of interest");
        grid.setAllRowsVisible(true);

        add(new Paragraph("Independent quality assessment means an assessor never assesses a delivery partner they "
                + "have a conflict of interest with. The triage queue refuses such assignments."), form,
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(declare), grid);
        refresh();
    }

    void declare() {
        var fields = Map.of("assessor", assessor, "organisation", organisation, "reason", reason);
        FieldErrors.clear(fields);
        try {
            ConflictOfInterest declared = triage.declareConflict(
                    assessor.getValue() == null ? -1 : assessor.getValue().id(),
                    organisation.getValue() == null ? -1 : organisation.getValue().id(), reason.getValue());
            Notifications.success("Recorded: " + declared.assessorName() + " has a conflict with "
                    + declared.organisationName());
            reason.clear();
            refresh();
        } catch (ChangeRefused refused) {
            FieldErrors.show(refused, fields);
        }
    }

    private void refresh() {
        grid.setItems(triage.conflicts());
    }
}
