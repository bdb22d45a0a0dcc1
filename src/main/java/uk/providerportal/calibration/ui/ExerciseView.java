package uk.providerportal.calibration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.calibration.CalibrationService;
import uk.providerportal.calibration.ExerciseResults;
import uk.providerportal.calibration.ExerciseStatus;
import uk.providerportal.calibration.StandardAgreement;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/**
 * A calibration exercise's page, for the quality team and the assessors invited to it: who has submitted; once the
 * results are open, the agreement on each standard (the most common answer, its share, standards below the
 * threshold marked in words) and overall, with each assessor's answer; and the discussion notes the quality
 * manager records when closing it.
 */
@Route("calibration/exercise/:exerciseId")
@PageTitle("Calibration exercise")
@RolesAllowed({Role.Names.QUALITY_MANAGER, Role.Names.ADMIN, Role.Names.ASSESSOR})
class ExerciseView extends Main implements BeforeEnterObserver {

    static final String EXERCISE_ID = "exerciseId";

    static String path(long exerciseId) {
        return "calibration/exercise/" + exerciseId;
    }

    final H2 title = new H2();
    final Div facts = new Div();
    final Paragraph state = new Paragraph();
    final Paragraph overall = new Paragraph();
    final Grid<StandardAgreement> grid = new Grid<>();
    final Section discussion = new Section();
    final TextArea notes = new TextArea("Discussion notes");
    final Button openResults = new Button("Open the results now");
    final Button close = new Button("Record the discussion and close");
    final Paragraph recorded = new Paragraph();

    private final CalibrationService calibration;
    private @Nullable ExerciseResults results;

    ExerciseView(CalibrationService calibration, CurrentUser currentUser) {
        this.calibration = calibration;
        addClassName("portal-page");
        boolean assessor = currentUser.require().hasRole(Role.ASSESSOR)
                && !currentUser.require().hasRole(Role.QUALITY_MANAGER);
        add(assessor ? new RouterLink("Back to my calibration exercises", MyExercisesView.class)
                : new RouterLink("Back to calibration exercises", CalibrationExercisesView.class));

        grid.addColumn(row -> row.code() + " " + row.title()).setHeader("Standard").setWidth("11rem")
                .setFlexGrow(2);
        grid.addColumn(StandardAgreement::mostCommon).setHeader("Most common answer").setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(row -> row.percentText() + (row.belowThreshold() ? " – below "
                + StandardAgreement.THRESHOLD_PERCENT + "%, discuss" : "")).setHeader("Agreement").setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(row -> "Met " + row.met() + " · not met " + row.notMet() + " · N/A " + row.notApplicable())
                .setHeader("Answers").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(ExerciseView::answers).setHeader("Each assessor").setWidth("16rem").setFlexGrow(3);
        grid.setPartNameGenerator(row -> row.belowThreshold() ? "calibration-outlier" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Agreement per standard");
        grid.setAllRowsVisible(true);

        notes.setMaxLength(4000);
        notes.setHelperText("What the assessors agreed, and anything to change in how a standard is applied.");
        notes.setWidthFull();
        notes.setMinHeight("8rem");
        openResults.addClickListener(click -> act(() -> calibration.openResults(current().id()),
                "The results are open to everyone in the exercise."));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(click -> act(() -> calibration.close(current().id(), notes.getValue()),
                "The discussion is recorded and the exercise closed."));
        discussion.add(new H3("Discussion"), recorded, notes, close);
        discussion.addClassName("portal-card");
        add(title, facts, state, openResults, overall, grid, discussion);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(calibration.results(Long.parseLong(event.getRouteParameters().get(EXERCISE_ID).orElse(""))));
        } catch (NumberFormatException | ItemNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private ExerciseResults current() {
        return Objects.requireNonNull(results);
    }

    private void act(java.util.function.Supplier<ExerciseResults> action, String done) {
        notes.setInvalid(false);
        try {
            show(action.get());
            Notifications.success(done);
        } catch (ChangeRefused refused) {
            if (refused.field().equals("notes")) {
                notes.setErrorMessage(refused.getMessage());
                notes.setInvalid(true);
            } else {
                Notifications.error(refused.getMessage());
            }
        }
    }

    void show(ExerciseResults exercise) {
        this.results = exercise;
        title.setText("Calibration exercise: case " + exercise.reference());
        facts.removeAll();
        var list = new DescriptionList();
        term(list, "Delivery partner", exercise.organisationName());
        term(list, "Programme", exercise.programmeName());
        term(list, "Standards", "As in force on " + DateFormats.date(exercise.standardsOn()));
        term(list, "Scorecards due by", DateFormats.date(exercise.dueOn()));
        term(list, "Status", exercise.status().label());
        term(list, "Set up by", exercise.setUpBy() + " on " + DateFormats.dateTime(exercise.setUpAt()));
        term(list, "Assessors", exercise.participants().stream().map(taking -> taking.assessorName() + " ("
                + (taking.submittedAt() == null ? "not submitted" : "submitted "
                + DateFormats.dateTime(taking.submittedAt())) + ")").collect(Collectors.joining("; ")));
        facts.add(list);
        facts.addClassName("portal-card");

        boolean open = exercise.resultsOpen();
        state.setText(open ? "Results of " + exercise.submitted() + " submitted scorecards. Standards below "
                + StandardAgreement.THRESHOLD_PERCENT + "% agreement are marked \"discuss\" and shaded."
                : exercise.submitted() + " of " + exercise.participants().size() + " assessors have submitted. "
                + "Answers stay hidden from everyone until every invited assessor has submitted or a quality manager "
                + "opens the results.");
        openResults.setVisible(!open && exercise.manageable());
        overall.setVisible(open);
        overall.setText(exercise.overall() == null ? "" : "Overall agreement: " + exercise.overall().toPlainString()
                + "% of answers match their standard's most common answer; " + exercise.belowThreshold() + " of "
                + exercise.standards().size() + " standards below " + StandardAgreement.THRESHOLD_PERCENT + "%.");
        grid.setVisible(open);
        grid.setItems(exercise.standards());
        discussion.setVisible(open);
        boolean closing = exercise.manageable() && exercise.status() == ExerciseStatus.DISCUSSION;
        notes.setVisible(closing);
        close.setVisible(closing);
        recorded.setVisible(exercise.status() == ExerciseStatus.CLOSED);
        recorded.setText(exercise.status() == ExerciseStatus.CLOSED ? "Recorded by " + exercise.closedBy() + " on "
                + DateFormats.dateTime(Objects.requireNonNull(exercise.closedAt())) + ": " + exercise.notes()
                : "");
        if (!closing && exercise.status() == ExerciseStatus.DISCUSSION) {
            recorded.setVisible(true);
            recorded.setText("A quality manager records the discussion here when closing the exercise.");
        }
    }

    private static void term(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    /** "Sam Patel: not met (potential detriment), the options letter left out the risks; Ruth Morgan: met". */
    static String answers(StandardAgreement row) {
        return row.answers().stream().map(answer -> answer.assessorName() + ": " + (answer.outcome() == null
                ? "no answer" : answer.outcome().label().toLowerCase(Locale.UK)) + (answer.impact() == null ? ""
                : " (" + answer.impact().label().toLowerCase(Locale.UK) + ")") + (answer.note() == null ? ""
                : ", " + answer.note())).collect(Collectors.joining("; "));
    }
}
