package uk.providerportal.story.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.base.ui.TempFileUpload;
import uk.providerportal.base.ui.UploadLimits;
import uk.providerportal.story.ConsentUse;
import uk.providerportal.story.StoryDraft;
import uk.providerportal.story.StoryRecord;
import uk.providerportal.story.StoryService;
import uk.providerportal.story.StoryUpload;
import uk.providerportal.submission.SubmissionLimits;

/**
 * The partner's story form: the story, the participant's pseudonym, the one signed consent form with what it allows,
 * and the completed story template if they have one. Uploaded files wait in temporary files until the form is saved;
 * the service checks everything again and saves all or nothing.
 */
class StoryForm extends Div {

    /** Saves the form: (draft, consent form or null, document or null, submit?). */
    interface Save {
        StoryRecord save(StoryDraft draft, @Nullable StoryUpload consentForm, @Nullable StoryUpload document,
                         boolean submit);
    }

    final TextField title = new TextField("Title");
    final TextArea summary = new TextArea("Short summary");
    final TextArea body = new TextArea("The story");
    final TextField pseudonym = new TextField("Participant's pseudonym");
    final DatePicker signedOn = DatePickers.ukDatePicker("Date the consent form was signed");
    final CheckboxGroup<ConsentUse> uses = new CheckboxGroup<>("The consent form allows");
    final DatePicker expiresOn = DatePickers.ukDatePicker("Consent expires on (optional)");
    final Upload consentUpload = new Upload();
    final Upload documentUpload = new Upload();
    final Paragraph consentState = new Paragraph();
    final Paragraph documentState = new Paragraph();
    final Span consentError = new Span();
    final Button saveDraft = new Button("Save draft");
    final Button submit = new Button("Submit to the performance manager");

    private @Nullable StoryUpload consentForm;
    private @Nullable StoryUpload document;
    private final Map<String, HasValidationProperties> fields = new LinkedHashMap<>();

    StoryForm(SubmissionLimits limits, @Nullable StoryRecord existing, Save save, Consumer<StoryRecord> saved) {
        title.setMaxLength(200);
        title.setRequired(true);
        title.setWidthFull();
        summary.setMaxLength(500);
        summary.setRequired(true);
        summary.setWidthFull();
        summary.setHelperText("Two or three sentences: what changed for the participant. At most 500 characters.");
        body.setMaxLength(StoryService.MAX_BODY);
        body.setWidthFull();
        body.setMinHeight("10rem");
        body.setHelperText("Write the story here, or upload the completed story template below, or both. At most "
                + String.format(java.util.Locale.UK, "%,d", StoryService.MAX_BODY) + " characters.");
        pseudonym.setMaxLength(100);
        pseudonym.setRequired(true);
        pseudonym.setWidth("min(24rem, 100%)");
        pseudonym.setHelperText("Not the participant's real name: the portal does not need it.");
        signedOn.setRequired(true);
        uses.setItems(ConsentUse.values());
        uses.setItemLabelGenerator(ConsentUse::label);
        uses.setHelperText("Tick at least one, as on the signed form.");
        expiresOn.setHelperText("Leave empty if the consent does not expire.");
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("body", body);
        fields.put("pseudonym", pseudonym);
        fields.put("consentSignedOn", signedOn);
        fields.put("consentUses", uses);
        fields.put("consentExpiresOn", expiresOn);

        consentError.addClassName("field-error");
        consentError.setId("consent-form-error");
        consentError.getElement().setAttribute("aria-live", "polite");
        var consentLimits = upload(consentUpload, limits, "a consent form", file -> {
            replace(consentForm);
            consentForm = file;
            consentState.setText("Consent form ready to save: " + file.fileName() + ".");
            consentError.setText("");
        });
        consentUpload.setDropLabel(new Span("Drop the signed consent form here"));
        consentUpload.getElement().setAttribute("aria-label", "Upload the signed consent form");
        var documentLimits = upload(documentUpload, limits, "a story document", file -> {
            replace(document);
            document = file;
            documentState.setText("Story document ready to save: " + file.fileName() + ".");
        });
        documentUpload.setDropLabel(new Span("Drop the completed story template here"));
        documentUpload.getElement().setAttribute("aria-label", "Upload the completed story template");
        consentState.setId("consent-form-state");
        documentState.setId("story-document-state");
        if (existing != null) {
            title.setValue(existing.title());
            summary.setValue(existing.summary());
            body.setValue(existing.body());
            pseudonym.setValue(existing.pseudonym());
            signedOn.setValue(existing.consentSignedOn());
            uses.setValue(existing.consentUses());
            expiresOn.setValue(existing.consentExpiresOn());
            consentState.setText(existing.consentForm() == null ? "" : "Consent form saved: "
                    + existing.consentForm().fileName() + ". Upload another file only to replace it.");
            documentState.setText(existing.document() == null ? "No story document saved." : "Story document "
                    + "saved: " + existing.document().fileName() + ". Upload another file only to replace it.");
        } else {
            consentState.setText("Required: a story cannot be saved without the participant's signed consent form.");
            documentState.setText("Optional.");
        }

        saveDraft.setId("save-story-draft");
        submit.setId("submit-story");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveDraft.addClickListener(click -> save(save, saved, false));
        submit.addClickListener(click -> save(save, saved, true));

        var consent = new Section(new H3("Consent form"), new Paragraph("Exactly one signed consent form per story. "
                + "The same file cannot be used for another story."), consentLimits, consentUpload, consentState,
                consentError, column(signedOn, uses, expiresOn));
        var story = new Section(new H3("The story"), title, summary, body, pseudonym);
        var template = new Section(new H3("Completed story template (optional)"), documentLimits, documentUpload,
                documentState);
        add(story, consent, template, new HorizontalLayout(submit, saveDraft));
        addClassName("story-form");
    }

    private static Div column(com.vaadin.flow.component.Component... fields) {
        var column = new Div();
        for (var field : fields) {
            column.add(new Div(field));
        }
        return column;
    }

    private Paragraph upload(Upload upload, SubmissionLimits limits, String what, Consumer<StoryUpload> ready) {
        upload.setUploadHandler(new TempFileUpload(limits.maxFileBytes(), new TempFileUpload.Callback() {
            @Override
            public void stored(String fileName, Path file) {
                // Shown as "ready to save" beside the upload, which stays open for a replacement.
                upload.clearFileList();
                ready.accept(new StoryUpload(fileName, file));
            }

            @Override
            public void refused(String fileName, String reason) {
                upload.clearFileList();
                Notifications.error("“" + fileName + "”: " + reason);
            }
        }));
        return new UploadLimits(what, limits.maxFileBytes(), 1, List.of(), limits.allowedFileTypeNames())
                .applyTo(upload, (fileName, message) -> {
                    upload.clearFileList();
                    Notifications.error(message);
                });
    }

    private void save(Save save, Consumer<StoryRecord> saved, boolean andSubmit) {
        FieldErrors.clear(fields);
        consentError.setText("");
        if (signedOn.getValue() == null) {
            signedOn.setInvalid(true);
            signedOn.setErrorMessage("Enter the date the consent form was signed, for example 6 March 2026.");
            return;
        }
        var draft = new StoryDraft(title.getValue(), summary.getValue(), body.getValue(), pseudonym.getValue(),
                signedOn.getValue(), uses.getValue(), expiresOn.getValue());
        try {
            StoryRecord record = save.save(draft, consentForm, document, andSubmit);
            replace(consentForm);
            replace(document);
            consentForm = null;
            document = null;
            consentUpload.clearFileList();
            documentUpload.clearFileList();
            saved.accept(record);
        } catch (ChangeRefused refused) {
            if (refused.field().equals("consentForm") || refused.field().equals("document")) {
                if (refused.field().equals("consentForm")) {
                    replace(consentForm);
                    consentForm = null;
                    consentUpload.clearFileList();
                    consentError.setText(refused.getMessage());
                } else {
                    replace(document);
                    document = null;
                    documentUpload.clearFileList();
                }
                Notifications.error(refused.getMessage());
            } else {
                FieldErrors.show(refused, fields);
            }
        }
    }

    private static void replace(@Nullable StoryUpload old) {
        if (old != null) {
            TempFileUpload.deleteQuietly(old.file());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        replace(consentForm);
        replace(document);
        consentForm = null;
        document = null;
        super.onDetach(event);
    }
}
