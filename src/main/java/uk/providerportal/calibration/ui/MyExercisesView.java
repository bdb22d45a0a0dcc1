package uk.providerportal.calibration.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.calibration.CalibrationService;
import uk.providerportal.calibration.ExerciseStatus;
import uk.providerportal.calibration.ExerciseSummary;
import uk.providerportal.security.Role;

/** An assessor's calibration exercises: those still scoring first, each with its blind scorecard and results. */
@Route("calibration/my-exercises")
@PageTitle("My calibration exercises")
@Menu(order = 26, icon = "vaadin:group", title = "My calibration exercises")
@RolesAllowed(Role.Names.ASSESSOR)
class MyExercisesView extends Main {

    final Grid<ExerciseSummary> grid = new Grid<>();
    final Span total = new Span();

    MyExercisesView(CalibrationService calibration) {
        addClassName("portal-page");
        grid.addColumn(ExerciseSummary::reference).setHeader("Case reference").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(ExerciseSummary::organisationName).setHeader("Delivery partner").setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(row -> DateFormats.date(row.dueOn())).setHeader("Due").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(row -> row.yourSubmittedAt() == null ? "Not submitted"
                : "Submitted " + DateFormats.dateTime(row.yourSubmittedAt())).setHeader("Your scorecard")
                .setWidth("10rem").setFlexGrow(1);
        grid.addColumn(LitRenderer.<ExerciseSummary>of("<a href=\"${item.scorecard}\" aria-label=\"${item.label}\">"
                        + "${item.action}</a>${item.results ? html` · <a href=\"${item.results}\""
                        + " aria-label=\"${item.resultsLabel}\">Results</a>` : ''}")
                .withProperty("scorecard", row -> BlindScorecardView.path(row.id()))
                .withProperty("action", MyExercisesView::action)
                .withProperty("label", row -> action(row) + (action(row).equals("Score") ? " case " : " to case ")
                        + row.reference())
                .withProperty("results", row -> row.status() == ExerciseStatus.SCORING ? ""
                        : ExerciseView.path(row.id()))
                .withProperty("resultsLabel", row -> "Results of the calibration exercise on case " + row.reference()))
                .setHeader("Action").setWidth("9rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Your calibration exercises");
        grid.setHeight("24rem");
        grid.setItemsPageable(calibration::myExercises, pageable -> calibration.countMyExercises());
        total.setText(Plural.of(calibration.countMyExercises(), "calibration exercise") + " you are invited to");
        add(new H2("My calibration exercises"), new Paragraph("Score each case blind: nobody sees anyone's answers, "
                + "and you do not see the case's real assessment, until every invited assessor has submitted or a "
                + "quality manager opens the results. Then compare your answers and discuss them."), total, grid);
    }

    /** "Score" while the assessor can still answer, otherwise "Your answers". */
    static String action(ExerciseSummary row) {
        return row.status() == ExerciseStatus.SCORING && row.yourSubmittedAt() == null ? "Score" : "Your answers";
    }
}
