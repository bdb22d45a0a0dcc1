package uk.providerportal.submission.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.base.ui.TempFileUpload;
import uk.providerportal.base.ui.UploadLimits;
import uk.providerportal.cases.AdviceChannel;
import uk.providerportal.security.Role;
import uk.providerportal.submission.CaseFileUpload;
import uk.providerportal.submission.NewCaseSample;
import uk.providerportal.submission.Problem;
import uk.providerportal.submission.SubmissionLimits;
import uk.providerportal.submission.SubmissionResult;
import uk.providerportal.submission.SubmissionService;

/** A provider submits one case sample with its case record files; the checks' verdict shows at once. */
@Route("cases/submit")
@PageTitle("Submit a case")
@Menu(order = 20, icon = "vaadin:upload", title = "Submit a case")
@RolesAllowed(Role.Names.PROVIDER_USER)
class SubmitCaseView extends Main {

    final TextField reference = new TextField("Your case reference");
    // Radio buttons, not a select: six choices read at a glance, and a required select would put aria-required on
    // its value button, where ARIA does not allow it (vaadin/web-components#7337).
    final RadioButtonGroup<AdviceChannel> channel = new RadioButtonGroup<>("Advice channel");
    final DatePicker completedOn = DatePickers.ukDatePicker("Date the case was completed");
    final TextField callMinutes = new TextField("Linked call durations (minutes)");
    final Upload upload = new Upload();
    final Span filesError = new Span();
    final Button submit = new Button("Submit case");
    final Section outcome = new Section();

    private final SubmissionService submissions;
    private final Map<String, Path> uploads = new LinkedHashMap<>();

    SubmitCaseView(SubmissionService submissions, Clock clock) {
        this.submissions = submissions;
        addClassName("portal-page");
        SubmissionLimits limits = submissions.limits();

        // The server decides what is wrong; the fields only show its verdict.
        List.of(reference, callMinutes).forEach(field -> field.setManualValidation(true));
        channel.setManualValidation(true);
        completedOn.setManualValidation(true);
        reference.setRequiredIndicatorVisible(true);
        reference.setMaxLength(60);
        reference.setHelperText("As it appears in your own case management system");
        channel.setItems(AdviceChannel.values());
        channel.setItemLabelGenerator(AdviceChannel::label);
        channel.setRequiredIndicatorVisible(true);
        channel.addValueChangeListener(change -> callMinutes.setVisible(change.getValue() == AdviceChannel.TELEPHONE));
        completedOn.setRequiredIndicatorVisible(true);
        completedOn.setMax(java.time.LocalDate.now(clock.withZone(DateFormats.ZONE)));
        callMinutes.setHelperText("Every call linked to this case, separated by commas, e.g. 45, 60, 30. Together "
                + "they may last at most " + limits.maxLinkedCallMinutes() + " minutes.");
        callMinutes.setVisible(false);

        upload.setUploadHandler(new TempFileUpload(limits.maxFileBytes(), new TempFileUpload.Callback() {
            @Override
            public void stored(String fileName, Path file) {
                if (uploads.containsKey(fileName)) {
                    TempFileUpload.deleteQuietly(file);
                    showFilesError("A file called “" + fileName + "” is already attached; rename one of them.");
                    return;
                }
                uploads.put(fileName, file);
                filesError.setVisible(false);
            }

            @Override
            public void refused(String fileName, String reason) {
                showFilesError("“" + fileName + "”: " + reason);
            }
        }));
        // The content of each file is checked on the server, so the browser is not asked to filter by type.
        var limitsText = new UploadLimits("a case record file", limits.maxFileBytes(), limits.maxFilesPerCase(),
                List.of(), limits.allowedFileTypeNames()).applyTo(upload, (fileName, message) ->
                showFilesError(message));
        upload.setDropLabel(new Span("Drop case record files here"));
        upload.addFileRemovedListener(event -> TempFileUpload.deleteQuietly(uploads.remove(event.getFileName())));
        upload.setId("case-files");
        filesError.addClassName("field-error");
        filesError.setVisible(false);
        var filesLabel = new NativeLabel("Case record files");
        filesLabel.setFor(upload);
        filesLabel.addClassName("field-label");

        var form = new FormLayout(reference, channel, completedOn, callMinutes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submitCase());
        outcome.setVisible(false);
        outcome.getElement().setAttribute("role", "status");

        add(outcome,
                new Paragraph("Cases submitted in " + DateFormats.month(limits.submissionMonth().atDay(1))
                        + " must have been completed this month or " + (limits.completionMonthsBack() == 1
                        ? "last month" : "in the " + limits.completionMonthsBack() + " months before") + ". Once "
                        + "this month's agreed volume is reached, further cases are filed under next month, and you "
                        + "will be told when that happens."),
                form, new Div(filesLabel, limitsText, upload, filesError),
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(submit),
                new Anchor("cases/bulk", "Submitting many cases? Upload a manifest instead"));
    }

    void submitCase() {
        List<CaseFileUpload> files = uploads.entrySet().stream()
                .map(entry -> new CaseFileUpload(entry.getKey(), entry.getValue())).toList();
        SubmissionResult result = submissions.submit(new NewCaseSample(reference.getValue(), channel.getValue(),
                completedOn.getValue(), callMinutes.isVisible() ? callMinutes.getValue() : "", files));
        fields().values().forEach(field -> field.setInvalid(false));
        filesError.setVisible(false);
        outcome.removeAll();
        outcome.setVisible(true);
        if (result.accepted()) {
            outcome.setClassName("portal-card outcome-success");
            outcome.add(new H3("Case submitted"), new Paragraph(result.message()),
                    new Anchor("cases?month=" + result.filed().folderMonth(), "See it in the "
                            + DateFormats.month(result.filed().folderMonth().atDay(1)) + " month folder"));
            Notifications.success("Case " + result.filed().reference() + " submitted");
            uploads.values().forEach(TempFileUpload::deleteQuietly);
            uploads.clear();
            upload.clearFileList();
            reference.clear();
            callMinutes.clear();
            outcome.scrollIntoView();
            return;
        }
        outcome.setClassName("portal-card outcome-problem");
        var list = new UnorderedList();
        for (Problem problem : result.problems()) {
            list.add(new ListItem(problem.message()));
            HasValidationProperties field = fields().get(problem.field());
            if (field != null) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            } else if (problem.field().equals("files")) {
                showFilesError(problem.message());
            }
        }
        outcome.add(new H3("There is a problem"), new Paragraph(result.message()), list);
        outcome.scrollIntoView();
    }

    private Map<String, HasValidationProperties> fields() {
        return Map.of("reference", reference, "channel", channel, "completedOn", completedOn,
                "callMinutes", callMinutes);
    }

    private void showFilesError(String message) {
        filesError.setText(filesError.isVisible() ? filesError.getText() + " " + message : message);
        filesError.setVisible(true);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        uploads.values().forEach(TempFileUpload::deleteQuietly);
        uploads.clear();
        super.onDetach(detachEvent);
    }
}
