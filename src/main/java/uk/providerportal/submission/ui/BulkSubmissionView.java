package uk.providerportal.submission.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.base.ui.DownloadLinks;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.base.ui.TempFileUpload;
import uk.providerportal.base.ui.UploadLimits;
import uk.providerportal.jobs.JobService;
import uk.providerportal.jobs.JobStatus;
import uk.providerportal.jobs.JobSummary;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;
import uk.providerportal.submission.BulkReport;
import uk.providerportal.submission.CaseFileUpload;
import uk.providerportal.submission.Problem;
import uk.providerportal.submission.SubmissionLimits;
import uk.providerportal.submission.SubmissionService;

/**
 * Bulk submission: a manifest (one row per case, naming its files) plus the files. Checked first with every problem
 * named by row, then saved all or nothing. Checking runs in the background while the page is open; submitting runs
 * as a background job that carries on when the person leaves, its result kept under "Your recent bulk submissions".
 */
@Route("cases/bulk")
@PageTitle("Submit cases in bulk")
@Menu(order = 21, icon = "vaadin:upload-alt", title = "Submit in bulk")
@RolesAllowed(Role.Names.PROVIDER_USER)
class BulkSubmissionView extends Main {

    final Upload manifestUpload = new Upload();
    final Upload filesUpload = new Upload();
    final Button check = new Button("Check the manifest");
    final Button save = new Button("Submit these cases");
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Section report = new Section();
    final Grid<BulkReport.Line> lines = new Grid<>();
    final Span manifestError = new Span();
    final Span filesError = new Span();
    final Grid<JobSummary> recentJobs = new Grid<>();

    private final SubmissionService submissions;
    private final JobService jobs;
    private final CurrentUser currentUser;
    /** The bulk submission whose progress this page shows, while it runs. */
    private @Nullable Long watching;
    private @Nullable Registration polling;
    private @Nullable Path manifest;
    private String manifestName = "";
    private final Map<String, Path> files = new LinkedHashMap<>();
    private volatile boolean running;
    private volatile boolean closed;

    BulkSubmissionView(SubmissionService submissions, JobService jobs, CurrentUser currentUser) {
        this.submissions = submissions;
        this.jobs = jobs;
        this.currentUser = currentUser;
        addClassName("portal-page");
        SubmissionLimits limits = submissions.limits();

        var template = DownloadLinks.of(event -> {
            event.setFileName("case-manifest.xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            submissions.writeManifestTemplate(event.getOutputStream());
        }, "Download the manifest template");
        template.setId("download-manifest-template");

        manifestUpload.setUploadHandler(new TempFileUpload(limits.maxManifestBytes(),
                callback(manifestError, name -> {
                    TempFileUpload.deleteQuietly(manifest);
                    manifestName = name;
                    return path -> manifest = path;
                })));
        var manifestLimits = new UploadLimits("a manifest", limits.maxManifestBytes(), 1, List.of(".xlsx"),
                "Excel (.xlsx)").applyTo(manifestUpload, (fileName, message) -> refused(manifestError, message));
        manifestLimits.add(" It lists at most " + Plural.of(limits.maxManifestRows(), "case") + ".");
        manifestUpload.setDropLabel(new Span("Drop the filled-in manifest here"));
        manifestUpload.setId("manifest");
        filesUpload.setUploadHandler(new TempFileUpload(limits.maxFileBytes(), callback(filesError, name -> {
            TempFileUpload.deleteQuietly(files.remove(name));
            return path -> files.put(name, path);
        })));
        // The content of each file is checked on the server, so the browser is not asked to filter by type.
        var filesLimits = new UploadLimits("a case record file", limits.maxFileBytes(), limits.maxManifestFiles(),
                List.of(), limits.allowedFileTypeNames()).applyTo(filesUpload,
                (fileName, message) -> refused(filesError, message));
        filesUpload.setDropLabel(new Span("Drop every case record file the manifest names"));
        filesUpload.addFileRemovedListener(event -> {
            TempFileUpload.deleteQuietly(files.remove(event.getFileName()));
            save.setVisible(false);
        });
        manifestUpload.addFileRemovedListener(event -> {
            TempFileUpload.deleteQuietly(manifest);
            manifest = null;
            save.setVisible(false);
        });
        filesUpload.setId("manifest-files");
        manifestError.addClassName("field-error");
        manifestError.setId("manifest-error");
        manifestError.getElement().setAttribute("role", "alert");
        manifestError.setVisible(false);
        filesError.addClassName("field-error");
        filesError.setId("manifest-files-error");
        filesError.getElement().setAttribute("role", "alert");
        filesError.setVisible(false);
        var manifestLabel = new NativeLabel("Manifest");
        manifestLabel.setFor(manifestUpload);
        manifestLabel.addClassName("field-label");
        var filesLabel = new NativeLabel("Case record files");
        filesLabel.setFor(filesUpload);
        filesLabel.addClassName("field-label");

        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> runCheck());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        save.setVisible(false);
        save.addClickListener(click -> submit());
        progress.setVisible(false);
        progressText.setVisible(false);
        progressText.getElement().setAttribute("role", "status");

        lines.addColumn(BulkReport.Line::row).setHeader("Row").setSortable(true).setAutoWidth(true);
        lines.addColumn(BulkReport.Line::reference).setHeader("Case reference").setSortable(true).setAutoWidth(true);
        lines.addColumn(line -> line.folder() == null ? "" : DateFormats.month(line.folder().atDay(1)))
                .setHeader("Month folder").setAutoWidth(true);
        lines.addColumn(line -> line.folder() == null ? "" : "Week " + line.sampleWeek() + (line.late() ? ", late" : ""))
                .setHeader("Sample week").setAutoWidth(true);
        lines.addColumn(line -> line.problems().isEmpty() ? "Ready" : String.join(" ",
                line.problems().stream().map(Problem::message).toList())).setHeader("Result").setFlexGrow(1);
        lines.setPartNameGenerator(line -> line.problems().isEmpty() ? null : "row-problem");
        lines.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.setAriaLabel("Manifest rows");
        lines.setHeight("min(28rem, 70vh)");
        lines.setVisible(false);

        recentJobs.addColumn(job -> DateFormats.dateTime(job.queuedAt())).setHeader("Started").setAutoWidth(true);
        recentJobs.addColumn(JobSummary::ownerName).setHeader("By").setAutoWidth(true);
        recentJobs.addColumn(JobSummary::description).setHeader("Manifest").setAutoWidth(true);
        recentJobs.addColumn(job -> job.total() == 0 ? "" : Integer.toString(job.total())).setHeader("Cases")
                .setAutoWidth(true);
        recentJobs.addColumn(BulkSubmissionView::state).setHeader("Status").setAutoWidth(true);
        recentJobs.addColumn(job -> job.result() == null ? "" : job.result()).setHeader("Result")
                .setWidth("16rem").setFlexGrow(3);
        recentJobs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        recentJobs.setAriaLabel("Your recent bulk submissions");
        recentJobs.setAllRowsVisible(true);
        recentJobs.setId("recent-bulk-submissions");
        var noJobs = new Paragraph("None yet.");
        recentJobs.setEmptyStateComponent(noJobs);

        add(new Paragraph("Download the template, list one case per row with the names of its files, then upload the "
                        + "manifest and all the files. Every row is checked first and every problem is listed with its "
                        + "row number; nothing is submitted until the whole manifest is right, and then all of it is."),
                new Paragraph("Submitting carries on in the background: you can leave this page, and the result is "
                        + "kept below under “Your recent bulk submissions”."),
                template, manifestLabel, manifestLimits, manifestUpload, manifestError, filesLabel, filesLimits,
                filesUpload, filesError,
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(check), progress, progressText, report,
                lines, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(save),
                new H2("Your recent bulk submissions"), recentJobs);
        refreshRecent();
    }

    private TempFileUpload.Callback callback(Span errors,
                                             Function<String, java.util.function.Consumer<Path>> keep) {
        return new TempFileUpload.Callback() {
            @Override
            public void stored(String fileName, Path file) {
                keep.apply(fileName).accept(file);
                save.setVisible(false);
            }

            @Override
            public void refused(String fileName, String reason) {
                BulkSubmissionView.this.refused(errors, "“" + fileName + "”: " + reason);
            }
        };
    }

    private List<CaseFileUpload> uploadedFiles() {
        return files.entrySet().stream().map(entry -> new CaseFileUpload(entry.getKey(), entry.getValue())).toList();
    }

    /** A refused file stays named below its upload until the uploads are cleared, not only in a passing note. */
    private void refused(Span errors, String message) {
        errors.setText(errors.getText().isEmpty() ? message : errors.getText() + " " + message);
        errors.setVisible(true);
    }

    /** Checks the manifest in the background while the page is open; a check saves nothing. */
    void runCheck() {
        Path current = manifest;
        if (current == null) {
            Notifications.error("Upload the manifest first.");
            return;
        }
        List<CaseFileUpload> uploads = uploadedFiles();
        UI ui = UI.getCurrent();
        check.setEnabled(false);
        save.setEnabled(false);
        // The check reads these temp files: no replacing or removing them until it ends.
        manifestUpload.setEnabled(false);
        filesUpload.setEnabled(false);
        running = true;
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setVisible(true);
        progressText.setText("Checking " + manifestName + "…");
        // Checking runs Tika on every file; it works in the background and reports progress through server push.
        Thread.ofVirtual().start(currentUser.asSignedInUser(() -> {
            BulkReport result = null;
            try {
                result = submissions.checkManifest(current, uploads, row -> progress(ui, row));
            } finally {
                BulkReport outcome = result;
                running = false;
                try {
                    if (!closed) {
                        ui.access(() -> finished(outcome));
                    }
                } catch (UIDetachedException gone) {
                    closed = true;
                }
                if (closed) {
                    TempFileUpload.deleteQuietly(current);
                    uploads.forEach(upload -> TempFileUpload.deleteQuietly(upload.file()));
                }
            }
        }));
    }

    private void progress(UI ui, int rows) {
        try {
            ui.access(() -> progressText.setText("Checked " + Plural.of(rows, "row") + "…"));
        } catch (UIDetachedException gone) {
            // The person left the page: a check saves nothing, so there is nobody left to tell.
        }
    }

    /**
     * Hands the manifest and files to a background job, which owns them from now on: leaving the page does not
     * stop it, and its result is kept under "Your recent bulk submissions".
     */
    void submit() {
        Path current = manifest;
        if (current == null) {
            Notifications.error("Upload the manifest first.");
            return;
        }
        List<CaseFileUpload> uploads = uploadedFiles();
        JobSummary job = submissions.startManifestSubmission(current, manifestName, uploads);
        // The job moved the files into its own folder: this page no longer holds them.
        manifest = null;
        files.clear();
        clearUploads();
        save.setVisible(false);
        lines.setVisible(false);
        report.setVisible(false);
        watch(job);
    }

    private void watch(JobSummary job) {
        watching = job.id();
        check.setEnabled(false);
        progress.setVisible(true);
        progressText.setVisible(true);
        showProgress(job);
        getUI().ifPresent(ui -> ui.setPollInterval(1000));
        refreshRecent();
    }

    private void showProgress(JobSummary job) {
        progress.setIndeterminate(job.total() == 0);
        if (job.total() > 0) {
            progress.setValue(Math.min(1.0, (double) job.done() / job.total()));
        }
        progressText.setText("Submitting " + job.description() + (job.total() == 0 ? "…" : ": " + job.done()
                + " of " + job.total() + " rows done…") + " You can leave this page; the submission carries on.");
    }

    /** Polled while a bulk submission of this page runs: its progress, then its result. */
    void poll() {
        Long id = watching;
        if (id == null) {
            return;
        }
        JobSummary job = jobs.job(id);
        if (!job.finished()) {
            showProgress(job);
            return;
        }
        watching = null;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        check.setEnabled(true);
        progress.setVisible(false);
        progressText.setVisible(false);
        report.removeAll();
        report.setVisible(true);
        String result = job.result() == null ? "" : job.result();
        if (job.status() == JobStatus.SUCCEEDED) {
            report.setClassName("portal-card outcome-success");
            report.add(new H3("Cases submitted"), new Paragraph(result), new Anchor("cases", "Open your month folders"));
            Notifications.success("Bulk submission of " + job.description() + " done");
        } else {
            report.setClassName("portal-card outcome-problem");
            report.add(new H3("Nothing was submitted"), new Paragraph(result));
        }
        refreshRecent();
    }

    private void refreshRecent() {
        recentJobs.setItems(jobs.recent(SubmissionService.BULK_SUBMISSION, 10));
    }

    static String state(JobSummary job) {
        if (job.status() == JobStatus.RUNNING && job.total() > 0) {
            return "Running: " + job.done() + " of " + job.total() + " rows";
        }
        return job.status().label();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        polling = attachEvent.getUI().addPollListener(event -> poll());
        // Back on the page while one of the organisation's submissions still runs: show how it is getting on.
        jobs.recent(SubmissionService.BULK_SUBMISSION, 10).stream().filter(job -> !job.finished()).findFirst()
                .ifPresent(this::watch);
    }

    private void finished(@Nullable BulkReport result) {
        check.setEnabled(true);
        save.setEnabled(true);
        manifestUpload.setEnabled(true);
        filesUpload.setEnabled(true);
        progress.setVisible(false);
        progressText.setVisible(false);
        report.removeAll();
        report.setVisible(true);
        if (result == null) {
            report.setClassName("portal-card outcome-problem");
            report.add(new H3("Something went wrong"), new Paragraph("Nothing was submitted. Try again."));
            return;
        }
        lines.setItems(result.lines());
        lines.setVisible(!result.lines().isEmpty());
        if (result.ok()) {
            report.setClassName("portal-card outcome-success");
            report.add(new H3("The manifest is ready"), new Paragraph(Plural.of(result.lines().size(), "case") + " passed "
                    + "every check. Nothing has been submitted yet."));
            save.setText("Submit these " + result.lines().size() + " cases");
            save.setVisible(true);
            return;
        }
        report.setClassName("portal-card outcome-problem");
        report.add(new H3("There " + (result.problemCount() == 1 ? "is " : "are ")
                + Plural.of(result.problemCount(), "problem")), new Paragraph("Put these right and check again."));
        if (!result.fileProblems().isEmpty()) {
            report.add(new UnorderedList(result.fileProblems().stream().map(p -> new ListItem(p.message()))
                    .toArray(ListItem[]::new)));
        }
        save.setVisible(false);
    }

    private void clearUploads() {
        TempFileUpload.deleteQuietly(manifest);
        manifest = null;
        files.values().forEach(TempFileUpload::deleteQuietly);
        files.clear();
        manifestUpload.clearFileList();
        filesUpload.clearFileList();
        manifestError.setText("");
        manifestError.setVisible(false);
        filesError.setText("");
        filesError.setVisible(false);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        closed = true;
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        if (watching != null) {
            detachEvent.getUI().setPollInterval(-1);
        }
        if (!running) {
            clearUploads();
        }
        super.onDetach(detachEvent);
    }
}
