package uk.providerportal.selfassessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.security.Role;
import uk.providerportal.selfassessment.SelfAssessmentAnswer;
import uk.providerportal.selfassessment.SelfAssessmentDraft;
import uk.providerportal.selfassessment.SelfAssessmentForm;
import uk.providerportal.selfassessment.SelfAssessmentLine;
import uk.providerportal.selfassessment.SelfAssessmentProgress;
import uk.providerportal.selfassessment.SelfAssessmentService;

/**
 * One case's self-assessment (issue 11, item 7): the standards the assessor scores it against, grouped by category
 * in code order, each met, not met or not applicable, with the progress so far. Saving part-way is fine. Read-only
 * once the case's outcome is released or the case withdrawn.
 */
@Route("self-assessment/case/:caseId")
@PageTitle("Self-assessment")
@RolesAllowed(Role.Names.PROVIDER_USER)
class SelfAssessmentView extends Main implements BeforeEnterObserver {

    static String path(long caseId) {
        return "self-assessment/case/" + caseId;
    }

    final H2 title = new H2();
    final Div facts = new Div();
    final Paragraph locked = new Paragraph();
    final Span progress = new Span();
    final Div standards = new Div();
    final Paragraph problem = new Paragraph();
    final Button save = new Button("Save self-assessment");
    /** One radio group per standard, in the order shown (by category), each with the standard it answers. */
    final List<Choice> choices = new ArrayList<>();

    record Choice(SelfAssessmentLine line, RadioButtonGroup<Outcome> group) {
    }

    private final SelfAssessmentService selfAssessments;
    private @Nullable SelfAssessmentForm form;

    SelfAssessmentView(SelfAssessmentService selfAssessments) {
        this.selfAssessments = selfAssessments;
        addClassName("portal-page");
        addClassName("scorecard-page");
        locked.addClassName("portal-card");
        locked.setVisible(false);
        progress.addClassName("scorecard-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        var status = new Div(progress);
        status.addClassName("scorecard-status");
        problem.addClassName("field-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var actions = new HorizontalLayout(save);
        actions.setWrap(true);
        add(new RouterLink("Back to self-assessment", SelfAssessmentsView.class), title, facts, locked, status,
                standards, problem, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(selfAssessments.selfAssessment(Long.parseLong(event.getRouteParameters().get("caseId")
                    .orElse(""))));
        } catch (NumberFormatException | ItemNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void show(SelfAssessmentForm shown) {
        this.form = shown;
        title.setText("Self-assessment: case " + shown.reference());
        facts.removeAll();
        var list = new DescriptionList();
        term(list, "Month folder", DateFormats.month(shown.folderMonth()));
        term(list, "Case status", shown.caseStatus().label());
        term(list, "Standards", "As in force on " + DateFormats.date(shown.standardsOn()) + (shown.fromScorecard()
                ? ", the day the assessment started" : ", the day the case was filed"));
        term(list, "Last saved", shown.savedAt() == null ? "Not saved yet"
                : "By " + shown.savedBy() + " on " + DateFormats.dateTime(shown.savedAt()));
        facts.add(list);
        facts.addClassName("portal-card");
        locked.setText(shown.lockedBecause() == null ? "" : shown.lockedBecause() + " It is shown as it was.");
        locked.setVisible(shown.lockedBecause() != null);

        standards.removeAll();
        choices.clear();
        Map<String, List<SelfAssessmentLine>> byCategory = new LinkedHashMap<>();
        shown.lines().forEach(line -> byCategory.computeIfAbsent(line.standard().category(),
                category -> new ArrayList<>()).add(line));
        byCategory.forEach((category, lines) -> {
            var section = new Section(new H3(category));
            section.addClassName("scorecard-category");
            for (SelfAssessmentLine line : lines) {
                var choice = new RadioButtonGroup<Outcome>(line.code() + " " + line.standard().title());
                choice.setHelperText(line.standard().description());
                choice.setItems(Outcome.values());
                choice.setItemLabelGenerator(Outcome::label);
                choice.setValue(line.outcome());
                choice.setReadOnly(!shown.editable());
                choice.setId("self-" + line.code());
                choice.addValueChangeListener(change -> updateProgress());
                choices.add(new Choice(line, choice));
                // One block per standard, each on its own line, as on the assessor's scorecard.
                var block = new Div(choice);
                block.addClassName("scorecard-standard");
                section.add(block);
            }
            standards.add(section);
        });
        if (shown.lines().isEmpty()) {
            standards.add(new Paragraph("No standards are in force for this case's programme on "
                    + DateFormats.date(shown.standardsOn()) + ", so there is nothing to self-assess."));
        }
        save.setVisible(shown.editable() && !shown.lines().isEmpty());
        problem.setVisible(false);
        updateProgress();
    }

    private static void term(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    void updateProgress() {
        int answered = (int) choices.stream().filter(choice -> choice.group().getValue() != null).count();
        String sofar = SelfAssessmentProgress.describe(answered, choices.size());
        progress.setText(sofar.equals("Complete") ? "Complete: all " + choices.size() + " standards answered"
                : answered + " of " + choices.size() + " answered");
    }

    void save() {
        SelfAssessmentForm current = Objects.requireNonNull(form);
        List<SelfAssessmentAnswer> answers = choices.stream().map(choice -> new SelfAssessmentAnswer(
                choice.line().code(), choice.group().getValue())).toList();
        problem.setVisible(false);
        try {
            SelfAssessmentForm saved = selfAssessments.save(current.caseId(),
                    new SelfAssessmentDraft(current.version(), answers));
            show(saved);
            Notifications.success("Saved the self-assessment of case " + saved.reference() + ": "
                    + (saved.complete() ? "complete." : saved.answered() + " of " + saved.lines().size()
                    + " answered. You can come back and finish it until the outcome is released."));
        } catch (ChangeRefused refused) {
            refuse(refused.getMessage());
        } catch (OptimisticLockingFailureException concurrent) {
            refuse("Someone saved this self-assessment at the same moment. Reload it to see their answers; yours "
                    + "are not saved.");
        }
    }

    private void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
