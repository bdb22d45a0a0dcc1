package uk.providerportal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
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
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.CaseScore;
import uk.providerportal.assessment.OutcomeLockService;
import uk.providerportal.assessment.Scorecard;
import uk.providerportal.assessment.ScorecardDraft;
import uk.providerportal.assessment.ScorecardStatus;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.ui.DownloadLinks;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.cases.CaseFileSummary;
import uk.providerportal.cases.CasesService;
import uk.providerportal.security.Role;

/**
 * The scorecard of one case (issue 11, item 2): the standards in force on its assessment date, grouped by category
 * in code order, each met, not met (with customer impact and a note) or not applicable; the overall commentary; the
 * progress and score so far; and the case record files beside it. Only the case's assessor may change it, while
 * the case is in assessment; the quality team reads it. One radio group per standard; the impact and note fields
 * exist only while a standard is not met, so a 40-standard scorecard stays light.
 */
@Route("assessment/case/:caseId")
@PageTitle("Scorecard")
@RolesAllowed({Role.Names.ASSESSOR, Role.Names.QUALITY_MANAGER, Role.Names.ADMIN})
class ScorecardView extends Main implements BeforeEnterObserver {

    static final String CASE_ID = "caseId";

    static String path(long caseId) {
        return "assessment/case/" + caseId;
    }

    final H2 title = new H2();
    final Div facts = new Div();
    final Paragraph problem = new Paragraph();
    final Span progress = new Span();
    final Span score = new Span();
    final Div standards = new Div();
    final TextArea commentary = new TextArea("Overall commentary");
    final Button start = new Button("Start assessment");
    final Button save = new Button("Save draft");
    final Button submit = new Button("Submit for moderation");
    final Div files = new Div();
    final IFrame viewer = new IFrame();
    final Paragraph viewerCaption = new Paragraph();
    final List<StandardEditor> editors = new ArrayList<>();

    final MonthLockBanner lockBanner = new MonthLockBanner();

    private final AssessmentService assessments;
    private final CasesService cases;
    private final OutcomeLockService locks;
    private @Nullable Scorecard card;
    private boolean missingOutcomes;

    ScorecardView(AssessmentService assessments, CasesService cases, OutcomeLockService locks) {
        this.assessments = assessments;
        this.cases = cases;
        this.locks = locks;
        addClassName("portal-page");
        addClassName("scorecard-page");

        problem.addClassName("field-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        progress.addClassName("scorecard-progress");
        score.addClassName("scorecard-score");
        var status = new Div(progress, score);
        status.addClassName("scorecard-status");

        commentary.setMaxLength(Scorecard.MAX_COMMENTARY);
        commentary.setHelperText("For the case as a whole; up to " + String.format("%,d", Scorecard.MAX_COMMENTARY)
                + " characters.");
        commentary.setWidthFull();
        commentary.setMinHeight("8rem");

        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> start());
        save.addClickListener(click -> save(false));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> save(true));
        var actions = new HorizontalLayout(start, save, submit);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);

        var form = new Div(standards, commentary, problem, actions);
        form.addClassName("scorecard-form");

        // An empty sandbox: no scripts, no forms, no plugins, an origin of its own (IFrame.setSandbox() with no
        // types leaves the attribute off).
        viewer.getElement().setAttribute("sandbox", "");
        viewer.addClassName("case-file-frame");
        viewer.setVisible(false);
        viewerCaption.addClassName("case-file-caption");
        files.addClassName("case-files");
        var side = new Section(new H3("Case record files"), files, viewerCaption, viewer);
        side.addClassName("portal-card");
        side.addClassName("scorecard-files");

        var columns = new Div(form, side);
        columns.addClassName("scorecard-layout");
        add(new RouterLink("Back to my cases", MyCasesView.class), title, lockBanner, facts, status, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(assessments.scorecard(Long.parseLong(event.getRouteParameters().get(CASE_ID).orElse(""))));
        } catch (NumberFormatException | ItemNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void show(Scorecard scorecard) {
        this.card = scorecard;
        title.setText("Scorecard: case " + scorecard.reference());
        facts.removeAll();
        var list = new DescriptionList();
        term(list, "Delivery partner", scorecard.organisationName());
        term(list, "Programme", scorecard.programmeName());
        term(list, "Assessment round", DateFormats.month(scorecard.round()) + ", due by "
                + DateFormats.date(scorecard.dueOn()));
        term(list, "Standards", "As in force on " + DateFormats.date(scorecard.assessedOn()));
        term(list, "Case status", scorecard.caseStatus().label());
        term(list, "Scorecard", scorecard.status() == null || scorecard.savedAt() == null ? "Not started"
                : scorecard.submittedAt() != null ? "Submitted by " + scorecard.savedBy() + " on "
                + DateFormats.dateTime(scorecard.submittedAt())
                : "Draft, last saved by " + scorecard.savedBy() + " on " + DateFormats.dateTime(scorecard.savedAt()));
        facts.add(list);
        facts.addClassName("portal-card");

        boolean locked = lockBanner.show(locks.lock(scorecard.round()));
        boolean editable = scorecard.editable() && !locked;
        editors.clear();
        editors.addAll(StandardEditor.fill(standards, scorecard.lines(), !editable, this::updateProgress));
        commentary.setValue(scorecard.commentary());
        commentary.setReadOnly(!editable);
        commentary.setInvalid(false);
        start.setVisible(scorecard.startable());
        save.setVisible(editable);
        submit.setVisible(editable);
        problem.setVisible(false);
        showFiles(scorecard);
        updateProgress();
    }

    private static void term(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    void updateProgress() {
        Scorecard current = Objects.requireNonNull(card);
        CaseScore sofar = CaseScore.of(editors.stream().map(StandardEditor::outcome).toList());
        progress.setText(sofar.answered() + " of " + editors.size() + " answered");
        if (sofar.answered() == editors.size() && missingOutcomes) {
            // "3 standards have none yet" no longer holds once every one has an outcome.
            problem.setVisible(false);
            missingOutcomes = false;
        }
        score.setText(sofar.answered() == 0 ? "No score yet"
                : (current.status() == ScorecardStatus.SUBMITTED ? "Score: " : "Score so far: ")
                + sofar.describe(current.passMark()));
    }

    private void showFiles(Scorecard scorecard) {
        files.removeAll();
        viewer.setVisible(false);
        viewerCaption.setText(scorecard.files().isEmpty() ? "This case has no case record files."
                : "Choose a file to read it here. Pictures, PDF and plain text open beside the scorecard; other "
                + "files only download.");
        for (CaseFileSummary file : scorecard.files()) {
            var row = new Div();
            row.addClassName("case-file-row");
            if (InlineFiles.viewable(file)) {
                var read = new Button("Read " + file.fileName(), click -> {
                    viewer.setSrc(InlineFiles.view(cases, scorecard.caseId(), file.id()));
                    viewer.setTitle("Case record file " + file.fileName());
                    viewer.getElement().setAttribute("title", "Case record file " + file.fileName());
                    viewer.setVisible(true);
                    viewerCaption.setText("Showing " + file.fileName() + ".");
                });
                read.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                row.add(read);
            } else {
                row.add(new Span(file.fileName() + " (download only)"));
            }
            Anchor download = DownloadLinks.of(download(scorecard.caseId(), file), "Download");
            download.getElement().setAttribute("aria-label", "Download " + file.fileName());
            row.add(download);
            files.add(row);
        }
    }

    private DownloadHandler download(long caseId, CaseFileSummary file) {
        return DownloadHandler.fromInputStream(event -> {
            var download = cases.openFile(caseId, file.id());
            return new DownloadResponse(download.content().open(), download.fileName(), download.mediaType(),
                    download.size());
        });
    }

    void start() {
        Scorecard current = Objects.requireNonNull(card);
        try {
            show(assessments.start(current.caseId()));
            Notifications.success("Case " + current.reference() + " is in assessment.");
        } catch (ChangeRefused refused) {
            refuse(refused.getMessage());
        }
    }

    void save(boolean submitting) {
        Scorecard current = Objects.requireNonNull(card);
        var draft = new ScorecardDraft(current.version(), commentary.getValue(),
                editors.stream().map(StandardEditor::answer).toList());
        commentary.setInvalid(false);
        editors.forEach(StandardEditor::clearError);
        problem.setVisible(false);
        try {
            Scorecard saved = submitting ? assessments.submit(current.caseId(), draft)
                    : assessments.saveDraft(current.caseId(), draft);
            show(saved);
            Notifications.success(submitting ? "Submitted case " + saved.reference() + " for moderation. "
                    + saved.score().describe(saved.passMark()) + "." : "Draft saved: " + saved.progress() + ".");
        } catch (ChangeRefused refused) {
            if (submitting && refused.field().equals("outcomes")) {
                // The answers were saved before the refusal: carry on from the saved version.
                keepVersion(assessments.scorecard(current.caseId()));
            }
            showRefusal(refused);
            missingOutcomes = refused.field().equals("outcomes");
        } catch (OptimisticLockingFailureException concurrent) {
            refuse("Someone saved this scorecard at the same moment. Reload it to see their answers; yours are not "
                    + "saved.");
        }
    }

    /** Takes the newer version (and status) of the saved scorecard, keeping what is on screen. */
    private void keepVersion(Scorecard saved) {
        Scorecard current = Objects.requireNonNull(card);
        card = new Scorecard(current.caseId(), current.reference(), current.organisationId(),
                current.organisationName(), current.programmeName(), current.round(), current.dueOn(),
                saved.caseStatus(), saved.status(), current.assessedOn(), saved.version(), current.commentary(),
                current.lines(), current.passMark(), saved.savedBy(), saved.savedAt(), saved.submittedAt(),
                current.files(), current.yours());
    }

    private void showRefusal(ChangeRefused refused) {
        if (refused.field().equals("commentary")) {
            commentary.setErrorMessage(refused.getMessage());
            commentary.setInvalid(true);
            return;
        }
        for (StandardEditor editor : editors) {
            if (refused.field().equals("note:" + editor.line.standardVersionId())) {
                editor.showNoteError(refused.getMessage());
                return;
            }
        }
        refuse(refused.getMessage());
    }

    /** Beside the buttons that were pressed, announced as it appears; nothing covers the standards still to do. */
    private void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
