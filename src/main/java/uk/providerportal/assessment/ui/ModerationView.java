package uk.providerportal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import uk.providerportal.assessment.AmendedOutcome;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.ModerationCard;
import uk.providerportal.assessment.ModerationChange;
import uk.providerportal.assessment.ModerationLine;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.OutcomeAmendment;
import uk.providerportal.assessment.OutcomeLockService;
import uk.providerportal.assessment.Scorecard;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.security.Role;

/**
 * Moderating one case (issue 11, item 5): the assessor's scorecard read-only; the moderator agrees, or changes
 * individual standards (outcome, impact, note) each with a reason. Completing it moderates and releases the case.
 * Both outcomes stay visible here afterwards.
 */
@Route("quality/moderation/:caseId")
@PageTitle("Moderate a case")
@RolesAllowed(Role.Names.QUALITY_MANAGER)
class ModerationView extends Main implements BeforeEnterObserver {

    static String path(long caseId) {
        return "quality/moderation/" + caseId;
    }

    final H2 title = new H2();
    final Div facts = new Div();
    final Div standards = new Div();
    final Paragraph problem = new Paragraph();
    final Paragraph notYours = new Paragraph();
    final Button complete = new Button("Complete moderation and release");
    final List<LineEditor> editors = new ArrayList<>();
    final MonthLockBanner lockBanner = new MonthLockBanner();
    final TextField lockReason = new TextField("Reason for moderating in a locked month");
    final Div calibrationLinks = new Div();
    final Section amending = new Section();
    final Select<ModerationLine> amendStandard = new Select<>();
    final RadioButtonGroup<Outcome> amendOutcome = new RadioButtonGroup<>("Amended outcome");
    final Select<CustomerImpact> amendImpact = new Select<>();
    final TextArea amendNote = new TextArea("Note for the provider");
    final TextField amendReason = new TextField("Reason for the amendment (internal)");
    final Button amend = new Button("Amend outcome");

    private final ModerationService moderation;
    private final OutcomeLockService locks;
    private @Nullable ModerationCard card;
    private boolean locked;

    ModerationView(ModerationService moderation, OutcomeLockService locks) {
        this.moderation = moderation;
        this.locks = locks;
        addClassName("portal-page");
        addClassName("scorecard-page");
        problem.addClassName("field-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        notYours.addClassName("field-error");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(click -> complete());
        lockReason.setMaxLength(Scorecard.MAX_NOTE);
        lockReason.setWidthFull();
        lockReason.setHelperText("Recorded with the moderation in the audit trail.");
        buildAmending();
        add(new RouterLink("Back to moderation", ModerationQueueView.class), title, lockBanner, facts,
                calibrationLinks, notYours, standards, problem, lockReason, complete, amending);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(moderation.moderation(Long.parseLong(event.getRouteParameters().get("caseId").orElse(""))));
        } catch (NumberFormatException | ItemNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void show(ModerationCard shown) {
        this.card = shown;
        title.setText("Moderation: case " + shown.reference());
        facts.removeAll();
        var list = new DescriptionList();
        term(list, "Delivery partner", shown.organisationName());
        term(list, "Assessment month", DateFormats.month(shown.round()));
        term(list, "Assessor", shown.assessorName());
        term(list, "Case status", shown.caseStatus().label());
        term(list, "Assessor's score", shown.assessorScore());
        if (shown.moderatedAt() != null) {
            term(list, "Moderated", "By " + shown.moderatedBy() + " on " + DateFormats.dateTime(shown.moderatedAt()));
            term(list, "Score after moderation", shown.moderatedScore());
        }
        if (shown.releasedAt() != null) {
            term(list, "Released to the provider", DateFormats.dateTime(shown.releasedAt()));
        }
        term(list, "Overall commentary", shown.commentary().isBlank() ? "None" : shown.commentary());
        facts.add(list);
        facts.addClassName("portal-card");

        boolean open = shown.mayModerate();
        notYours.setText(shown.whyNot() == null ? "" : shown.whyNot());
        notYours.setVisible(!open && shown.whyNot() != null);
        standards.removeAll();
        editors.clear();
        Map<String, List<ModerationLine>> byCategory = new LinkedHashMap<>();
        shown.lines().forEach(line -> byCategory.computeIfAbsent(line.standard().category(),
                c -> new ArrayList<>()).add(line));
        Map<Long, AmendedOutcome> amended = new LinkedHashMap<>();
        if (shown.releasedAt() != null) {
            locks.amendments(shown.caseId()).forEach(a -> amended.put(a.standardVersionId(), a));
        }
        byCategory.forEach((category, lines) -> {
            var section = new Section(new H3(category));
            section.addClassName("scorecard-category");
            for (ModerationLine line : lines) {
                var editor = new LineEditor(line, open, amended.get(line.standardVersionId()));
                editors.add(editor);
                section.add(editor.block);
            }
            standards.add(section);
        });
        complete.setVisible(open);
        problem.setVisible(false);
        locked = lockBanner.show(locks.lock(shown.round()));
        lockReason.setVisible(open && locked);
        calibrationLinks.removeAll();
        // The calibration feature depends on this one, not the other way round: a link by route, not by class.
        calibrationLinks.add(new Anchor("quality/calibration-requests?case=" + shown.caseId(),
                "Calibration requests on this case"));
        showAmending(shown);
    }

    private void buildAmending() {
        amendStandard.setLabel("Standard to amend");
        amendStandard.setItemLabelGenerator(line -> line == null ? "" : line.standard().code() + " "
                + line.standard().title());
        amendStandard.setWidth("24rem");
        amendStandard.setMaxWidth("100%");
        amendStandard.addValueChangeListener(change -> amendImpact.setVisible(change.getValue() != null
                && change.getValue().standard().customerImpact()));
        amendOutcome.setItems(Outcome.values());
        amendOutcome.setItemLabelGenerator(Outcome::label);
        amendImpact.setLabel("Customer impact");
        amendImpact.setItems(CustomerImpact.values());
        amendImpact.setItemLabelGenerator(i -> i == null ? "No impact chosen" : i.label());
        amendImpact.setEmptySelectionAllowed(true);
        amendImpact.setEmptySelectionCaption("No impact chosen");
        amendImpact.setWidth("16rem");
        amendNote.setMaxLength(Scorecard.MAX_NOTE);
        amendNote.setWidthFull();
        amendReason.setMaxLength(Scorecard.MAX_NOTE);
        amendReason.setWidthFull();
        amend.addClickListener(click -> amend());
        amending.add(new H2("Amend a released outcome"), new Paragraph("A quality manager may correct a released "
                + "outcome, for example after calibration, always with a reason. The amendment is kept beside the "
                + "assessor's and the moderator's outcomes and the provider sees the amended one."), amendStandard,
                amendOutcome, amendImpact, amendNote, amendReason, amend);
        amending.addClassName("portal-card");
    }

    private void showAmending(ModerationCard shown) {
        amending.setVisible(shown.releasedAt() != null);
        amendStandard.setItems(shown.lines());
        amendImpact.setVisible(false);
        amendOutcome.clear();
        amendNote.clear();
        amendReason.clear();
    }

    void amend() {
        ModerationCard current = Objects.requireNonNull(card);
        Map<String, com.vaadin.flow.component.shared.HasValidationProperties> fields = Map.of("standard",
                amendStandard, "outcome", amendOutcome, "impact", amendImpact, "note", amendNote, "reason",
                amendReason, "amendment", amendReason);
        if (amendStandard.getValue() == null || amendOutcome.getValue() == null) {
            FieldErrors.show(new ChangeRefused(amendStandard.getValue() == null ? "standard" : "outcome",
                    "Choose the standard and its amended outcome."), fields);
            return;
        }
        try {
            AmendedOutcome done = locks.amend(current.caseId(), new OutcomeAmendment(
                    amendStandard.getValue().standardVersionId(), amendOutcome.getValue(), amendImpact.getValue(),
                    amendNote.getValue(), amendReason.getValue()));
            FieldErrors.clear(fields);
            show(moderation.moderation(current.caseId()));
            Notifications.success("Amended standard " + done.code() + " of case " + current.reference() + " to "
                    + done.outcome().label().toLowerCase(java.util.Locale.UK) + ". The provider sees the amended "
                    + "outcome.");
        } catch (ChangeRefused refused) {
            FieldErrors.show(refused, fields);
        }
    }

    private static void term(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    void complete() {
        ModerationCard current = Objects.requireNonNull(card);
        problem.setVisible(false);
        editors.forEach(LineEditor::clearError);
        List<ModerationChange> changes = editors.stream().map(LineEditor::change).filter(Objects::nonNull).toList();
        for (LineEditor editor : editors) {
            if (editor.change.getValue() && editor.outcome.getValue() == null) {
                refuse("Choose the moderated outcome of standard " + editor.line.standard().code() + ".");
                return;
            }
        }
        try {
            ModerationCard done = locked ? moderation.completeInLockedMonth(current.caseId(), changes,
                    lockReason.getValue()) : moderation.complete(current.caseId(), changes);
            show(done);
            Notifications.success("Moderated case " + done.reference() + (changes.isEmpty() ? " (agreed)" : " ("
                    + changes.size() + (changes.size() == 1 ? " outcome" : " outcomes") + " changed)")
                    + " and released it to the provider.");
        } catch (ChangeRefused refused) {
            if (refused.field().equals("lockReason")) {
                lockReason.setErrorMessage(refused.getMessage());
                lockReason.setInvalid(true);
                return;
            }
            for (LineEditor editor : editors) {
                if (refused.field().equals("change:" + editor.line.standardVersionId())) {
                    editor.showError(refused.getMessage());
                    return;
                }
            }
            refuse(refused.getMessage());
        }
    }

    private void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    static String describe(@Nullable Outcome outcome, @Nullable CustomerImpact impact, @Nullable String note) {
        if (outcome == null) {
            return "No outcome";
        }
        StringBuilder text = new StringBuilder(outcome.label());
        if (impact != null) {
            text.append(", ").append(impact.label().toLowerCase(java.util.Locale.UK));
        }
        if (note != null && !note.isBlank()) {
            text.append(": ").append(note);
        }
        return text.toString();
    }

    /** One standard: the assessor's outcome, the moderated one if any, and the fields to change it. */
    static final class LineEditor {

        final ModerationLine line;
        final Div block = new Div();
        final Checkbox change = new Checkbox();
        final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>();
        final Select<CustomerImpact> impact = new Select<>();
        final TextArea note = new TextArea();
        final TextField reason = new TextField();
        final Div fields = new Div();

        LineEditor(ModerationLine line, boolean open, @Nullable AmendedOutcome amendment) {
            this.line = line;
            String code = line.standard().code();
            block.addClassName("scorecard-standard");
            var heading = new Paragraph(code + " " + line.standard().title());
            heading.addClassName("moderation-standard-title");
            block.add(heading, new Paragraph("Assessor: " + describe(line.outcome(), line.impact(), line.note())));
            if (line.changed()) {
                block.add(new Paragraph("Moderated: " + describe(line.moderatedOutcome(), line.moderatedImpact(),
                        line.moderatedNote())), new Paragraph("Reason (internal, not shown to the provider): "
                        + line.reason()));
            }
            if (amendment != null) {
                block.add(new Paragraph("Amended by " + amendment.amendedBy() + " on "
                        + DateFormats.dateTime(amendment.amendedAt()) + ": " + describe(amendment.outcome(),
                        amendment.impact(), amendment.note())), new Paragraph("Reason for the amendment (internal): "
                        + amendment.reason()));
            }
            if (!open) {
                return;
            }
            change.setLabel("Change the outcome of " + code);
            outcome.setLabel("Moderated outcome of " + code);
            outcome.setItems(Outcome.values());
            outcome.setItemLabelGenerator(Outcome::label);
            impact.setLabel("Customer impact of " + code);
            impact.setItems(CustomerImpact.values());
            impact.setItemLabelGenerator(i -> i == null ? "No impact chosen" : i.label());
            impact.setEmptySelectionAllowed(true);
            impact.setEmptySelectionCaption("No impact chosen");
            impact.setVisible(line.standard().customerImpact());
            impact.setWidth("16rem");
            impact.setMaxWidth("100%");
            note.setLabel("Note on " + code + " for the provider");
            note.setMaxLength(Scorecard.MAX_NOTE);
            note.setWidthFull();
            note.setValue(line.note() == null ? "" : line.note());
            reason.setLabel("Reason for the change (internal)");
            reason.setMaxLength(Scorecard.MAX_NOTE);
            reason.setWidthFull();
            fields.add(outcome, impact, note, reason);
            fields.setVisible(false);
            change.addValueChangeListener(event -> fields.setVisible(event.getValue()));
            block.add(change, fields);
        }

        @Nullable ModerationChange change() {
            if (!change.getValue() || outcome.getValue() == null) {
                return null;
            }
            return new ModerationChange(line.standardVersionId(), outcome.getValue(), impact.getValue(),
                    note.getValue(), reason.getValue());
        }

        void clearError() {
            reason.setInvalid(false);
        }

        void showError(String message) {
            reason.setErrorMessage(message);
            reason.setInvalid(true);
        }
    }
}
