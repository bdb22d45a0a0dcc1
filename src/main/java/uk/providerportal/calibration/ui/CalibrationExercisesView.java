package uk.providerportal.calibration.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.calibration.CalibrationService;
import uk.providerportal.calibration.ExerciseSummary;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/** The quality team's calibration exercises: those still scoring first, each opening its results page. */
@Route("quality/calibration/exercises")
@PageTitle("Calibration exercises")
@Menu(order = 34, icon = "vaadin:group", title = "Calibration exercises")
@RolesAllowed({Role.Names.QUALITY_MANAGER, Role.Names.ADMIN})
class CalibrationExercisesView extends Main {

    final Grid<ExerciseSummary> grid = new Grid<>();
    final Span total = new Span();
    final TextField reference = new TextField("Case reference contains");

    CalibrationExercisesView(CalibrationService calibration, CurrentUser currentUser) {
        addClassName("portal-page");
        add(new H2("Calibration exercises"), new Paragraph("Several assessors score the same case blind; once they "
                + "have all submitted (or you open the results), everyone in the exercise sees how far they agree on "
                + "each standard, and you record the discussion."));
        if (currentUser.require().hasRole(Role.QUALITY_MANAGER)) {
            var setUp = new RouterLink("Set up a calibration exercise", SetUpExerciseView.class);
            setUp.addClassName("portal-download");
            setUp.addClassName("primary");
            add(setUp);
        }
        grid.addColumn(ExerciseSummary::reference).setHeader("Case reference").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(ExerciseSummary::organisationName).setHeader("Delivery partner").setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(row -> DateFormats.date(row.dueOn())).setHeader("Due").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(ExerciseSummary::progress).setHeader("Scorecards").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(row -> row.setUpBy() + ", " + DateFormats.date(row.setUpAt().atZone(DateFormats.ZONE)
                .toLocalDate())).setHeader("Set up").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(LitRenderer.<ExerciseSummary>of("<a href=\"${item.href}\" aria-label=\"${item.label}\">"
                        + "Open</a>")
                .withProperty("href", row -> ExerciseView.path(row.id()))
                .withProperty("label", row -> "Open the calibration exercise on case " + row.reference()))
                .setHeader("Action").setWidth("5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Calibration exercises");
        grid.setHeight("28rem");
        grid.setItemsPageable(pageable -> calibration.exercises(reference.getValue(), pageable),
                pageable -> calibration.countExercises(reference.getValue()));
        reference.setValueChangeMode(ValueChangeMode.LAZY);
        reference.setMaxLength(100);
        reference.setClearButtonVisible(true);
        reference.addValueChangeListener(change -> {
            grid.getDataProvider().refreshAll();
            showTotal(calibration);
        });
        showTotal(calibration);
        add(reference, total, grid);
    }

    private void showTotal(CalibrationService calibration) {
        long count = calibration.countExercises(reference.getValue());
        total.setText(reference.getValue().isBlank() ? Plural.of(count, "calibration exercise")
                : Plural.of(count, "calibration exercise") + " on a case reference containing “"
                + reference.getValue().strip() + "”");
    }
}
