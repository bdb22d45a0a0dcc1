package uk.providerportal.calibration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.calibration.CalibrationService;
import uk.providerportal.calibration.ExerciseSummary;
import uk.providerportal.calibration.NewExercise;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Role;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserService;

/**
 * A quality manager sets up a calibration exercise: the case by its delivery partner and reference, two or more
 * assessors independent of that partner, and the due date. The service decides who may take part and says why not.
 */
@Route("quality/calibration/exercises/new")
@PageTitle("Set up a calibration exercise")
@RolesAllowed(Role.Names.QUALITY_MANAGER)
class SetUpExerciseView extends Main {

    final ComboBox<OrganisationSummary> organisation = new ComboBox<>("Delivery partner");
    final TextField reference = new TextField("Case reference");
    final MultiSelectComboBox<UserAccount> assessors = new MultiSelectComboBox<>("Assessors (two or more)");
    final DatePicker dueOn = DatePickers.ukDatePicker("Scorecards due by");
    final Button setUp = new Button("Set up exercise");

    private final CalibrationService calibration;

    SetUpExerciseView(CalibrationService calibration, OrganisationService organisations, UserService users,
                      Clock clock) {
        this.calibration = calibration;
        addClassName("portal-page");
        organisation.setItems(organisations.visibleOrganisations().stream()
                .sorted(Comparator.comparing(OrganisationSummary::name)).toList());
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setWidth("20rem");
        organisation.setMaxWidth("100%");
        reference.setHelperText("The partner's own reference, as in its month folder.");
        reference.setWidth("20rem");
        reference.setMaxWidth("100%");
        assessors.setItems(users.activeWithRole(Role.ASSESSOR));
        assessors.setItemLabelGenerator(UserAccount::name);
        assessors.setHelperText("Never someone who works for the partner or declared a conflict of interest with it, "
                + "nor the case's own assessor.");
        assessors.setWidth("28rem");
        assessors.setMaxWidth("100%");
        dueOn.setMin(LocalDate.now(clock.withZone(DateFormats.ZONE)));
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setUp.addClickListener(click -> setUp());
        var form = new VerticalLayout(organisation, reference, assessors, dueOn, setUp);
        form.setPadding(false);
        add(new RouterLink("Back to calibration exercises", CalibrationExercisesView.class),
                new H2("Set up a calibration exercise"),
                new Paragraph("Each assessor scores the case blind against the standards in force today, seeing "
                        + "neither the others' answers nor the case's real assessment, until everyone has submitted "
                        + "or you open the results."), form);
    }

    void setUp() {
        Map<String, HasValidationProperties> fields = Map.of("organisation", organisation, "reference", reference,
                "assessors", assessors, "dueOn", dueOn);
        FieldErrors.clear(fields);
        try {
            ExerciseSummary exercise = calibration.setUp(new NewExercise(
                    organisation.getValue() == null ? null : organisation.getValue().id(), reference.getValue(),
                    assessors.getValue().stream().map(UserAccount::id).toList(), dueOn.getValue()));
            Notifications.success("Set up the calibration exercise on case " + exercise.reference() + ": "
                    + exercise.invited() + " assessors can now score it in My calibration exercises.");
            getUI().ifPresent(ui -> ui.navigate(ExerciseView.path(exercise.id())));
        } catch (ChangeRefused refused) {
            FieldErrors.show(refused, fields);
        }
    }
}
