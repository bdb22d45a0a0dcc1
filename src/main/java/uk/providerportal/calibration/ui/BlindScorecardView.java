package uk.providerportal.calibration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import uk.providerportal.assessment.ui.StandardEditor;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.ui.DownloadLinks;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.calibration.BlindAnswers;
import uk.providerportal.calibration.BlindScorecard;
import uk.providerportal.calibration.CalibrationService;
import uk.providerportal.calibration.ExerciseStatus;
import uk.providerportal.cases.CaseFileSummary;
import uk.providerportal.cases.CasesService;
import uk.providerportal.security.Role;

/**
 * An invited assessor's blind scorecard of a calibration exercise's case: the same standards, outcomes, impact and
 * note as the real scorecard, beside the case record files, with nobody else's answers and nothing of the case's
 * real assessment. Save a draft at any time; submit once every standard has an outcome.
 */
@Route("calibration/my-exercises/:exerciseId")
@PageTitle("Calibration scorecard")
@RolesAllowed(Role.Names.ASSESSOR)
class BlindScorecardView extends Main implements BeforeEnterObserver {

    static final String EXERCISE_ID = "exerciseId";

    static String path(long exerciseId) {
        return "calibration/my-exercises/" + exerciseId;
    }

    final H2 title = new H2();
    final Div facts = new Div();
    final Span progress = new Span();
    final Div standards = new Div();
    final Paragraph problem = new Paragraph();
    final Button save = new Button("Save draft");
    final Button submit = new Button("Submit my answers");
    final RouterLink results = new RouterLink();
    final Div files = new Div();
    final List<StandardEditor> editors = new ArrayList<>();

    private final CalibrationService calibration;
    private final CasesService cases;
    private @Nullable BlindScorecard card;

    BlindScorecardView(CalibrationService calibration, CasesService cases) {
        this.calibration = calibration;
        this.cases = cases;
        addClassName("portal-page");
        addClassName("scorecard-page");
        problem.addClassName("field-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        progress.addClassName("scorecard-progress");
        save.addClickListener(click -> save(false));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> save(true));
        var actions = new HorizontalLayout(save, submit);
        actions.setWrap(true);
        var form = new Div(standards, problem, actions);
        form.addClassName("scorecard-form");
        files.addClassName("case-files");
        var side = new Section(new H3("Case record files"), files);
        side.addClassName("portal-card");
        side.addClassName("scorecard-files");
        var columns = new Div(form, side);
        columns.addClassName("scorecard-layout");
        var status = new Div(progress);
        status.addClassName("scorecard-status");
        add(new RouterLink("Back to my calibration exercises", MyExercisesView.class), title, facts, status, results,
                columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(calibration.blindScorecard(Long.parseLong(event.getRouteParameters().get(EXERCISE_ID).orElse(""))));
        } catch (NumberFormatException | ItemNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void show(BlindScorecard scorecard) {
        this.card = scorecard;
        title.setText("Calibration scorecard: case " + scorecard.reference());
        facts.removeAll();
        var list = new DescriptionList();
        term(list, "Delivery partner", scorecard.organisationName());
        term(list, "Programme", scorecard.programmeName());
        term(list, "Standards", "As in force on " + DateFormats.date(scorecard.standardsOn()));
        term(list, "Due by", DateFormats.date(scorecard.dueOn()));
        term(list, "Your scorecard", scorecard.submittedAt() != null ? "Submitted on "
                + DateFormats.dateTime(scorecard.submittedAt()) : scorecard.savedAt() != null ? "Draft, last saved "
                + DateFormats.dateTime(scorecard.savedAt()) : "Not started");
        term(list, "Exercise", scorecard.status().label());
        facts.add(list);
        facts.addClassName("portal-card");
        results.setVisible(scorecard.status() != ExerciseStatus.SCORING);
        results.setText("See the results and everyone's answers");
        results.setRoute(ExerciseView.class, new com.vaadin.flow.router.RouteParameters(ExerciseView.EXERCISE_ID,
                String.valueOf(scorecard.exerciseId())));

        boolean editable = scorecard.editable();
        editors.clear();
        editors.addAll(StandardEditor.fill(standards, scorecard.lines(), !editable, this::updateProgress));
        save.setVisible(editable);
        submit.setVisible(editable);
        problem.setVisible(false);
        files.removeAll();
        if (scorecard.files().isEmpty()) {
            files.add(new Paragraph(scorecard.status() == ExerciseStatus.CLOSED ? "The exercise is closed: its case "
                    + "record is no longer open to you." : "This case has no case record files."));
        }
        for (CaseFileSummary file : scorecard.files()) {
            Anchor download = DownloadLinks.of(download(scorecard.caseId(), file), file.fileName());
            download.getElement().setAttribute("aria-label", "Download " + file.fileName());
            var row = new Div(download);
            row.addClassName("case-file-row");
            files.add(row);
        }
        updateProgress();
    }

    private DownloadHandler download(long caseId, CaseFileSummary file) {
        return DownloadHandler.fromInputStream(event -> {
            var download = cases.openFile(caseId, file.id());
            return new DownloadResponse(download.content().open(), download.fileName(), download.mediaType(),
                    download.size());
        });
    }

    private static void term(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    void updateProgress() {
        long answered = editors.stream().filter(editor -> editor.outcome() != null).count();
        progress.setText(answered + " of " + editors.size() + " answered");
    }

    void save(boolean submitting) {
        BlindScorecard current = Objects.requireNonNull(card);
        var answers = new BlindAnswers(current.version(), editors.stream().map(StandardEditor::answer).toList());
        editors.forEach(StandardEditor::clearError);
        problem.setVisible(false);
        try {
            BlindScorecard saved = submitting ? calibration.submitAnswers(current.exerciseId(), answers)
                    : calibration.saveAnswers(current.exerciseId(), answers);
            show(saved);
            Notifications.success(submitting ? (saved.status() == ExerciseStatus.SCORING ? "Your answers are "
                    + "submitted. The results open once every invited assessor has submitted."
                    : "Your answers are submitted, and everyone has now submitted: the results are open.")
                    : "Draft saved: " + saved.progress() + ".");
        } catch (ChangeRefused refused) {
            if (submitting && refused.field().equals("outcomes")) {
                // The answers were saved before the refusal: carry on from the saved version, keeping the screen.
                BlindScorecard reloaded = calibration.blindScorecard(current.exerciseId());
                card = new BlindScorecard(current.exerciseId(), current.caseId(), current.reference(),
                        current.organisationName(), current.programmeName(), current.dueOn(), current.standardsOn(),
                        reloaded.status(), reloaded.version(), current.lines(), current.files(), reloaded.savedAt(),
                        reloaded.submittedAt());
            }
            for (StandardEditor editor : editors) {
                if (refused.field().equals("note:" + editor.line().standardVersionId())) {
                    editor.showNoteError(refused.getMessage());
                    return;
                }
            }
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        } catch (OptimisticLockingFailureException concurrent) {
            problem.setText("Your scorecard was saved elsewhere at the same moment. Reload it; these answers are not "
                    + "saved.");
            problem.setVisible(true);
        }
    }
}
