package uk.providerportal.sla.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.base.ui.DownloadLinks;
import uk.providerportal.base.ui.ImportProblems;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.base.ui.TempFileUpload;
import uk.providerportal.base.ui.UploadLimits;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;
import uk.providerportal.sla.SlaChangeRefused;
import uk.providerportal.sla.SlaHistoryEntry;
import uk.providerportal.sla.SlaImportReport;
import uk.providerportal.sla.SlaRow;
import uk.providerportal.sla.SlaService;

/**
 * Agreed SLA volumes per month: admins edit them in the grid, copy a month forward, or round-trip a year of them
 * through Excel (checked first, saved all or nothing); quality managers read them.
 */
@Route("admin/sla-volumes")
@PageTitle("SLA volumes")
@Menu(order = 65, icon = "vaadin:table", title = "SLA volumes")
@RolesAllowed({Role.Names.ADMIN, Role.Names.QUALITY_MANAGER})
class SlaVolumesView extends Main {

    static final long MAX_UPLOAD_BYTES = SlaService.MAX_IMPORT_BYTES;
    static final UploadLimits UPLOAD_LIMITS = new UploadLimits("an SLA spreadsheet", MAX_UPLOAD_BYTES, 1,
            List.of(".xlsx"), "Excel (.xlsx)");

    final Select<YearMonth> month = new Select<>();
    final Grid<SlaRow> grid = new Grid<>();
    final Button save = new Button("Save changes");
    final Button copyForward = new Button("Copy to next month");
    final Upload upload = new Upload();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Section report = new Section();
    final Button importButton = new Button("Save these volumes");

    private final SlaService sla;
    private final CurrentUser currentUser;
    private final boolean admin;
    private final Map<Long, SlaRow> edits = new LinkedHashMap<>();
    private @Nullable Path uploaded;
    private String uploadedName = "";

    SlaVolumesView(SlaService sla, CurrentUser currentUser, Clock clock) {
        this.sla = sla;
        this.currentUser = currentUser;
        this.admin = currentUser.require().hasRole(Role.ADMIN);
        addClassName("portal-page");

        month.setLabel("Month");
        month.setItems(sla.settableMonths());
        month.setItemLabelGenerator(m -> DateFormats.month(m.atDay(1)));
        month.setValue(YearMonth.now(clock.withZone(DateFormats.ZONE)));
        month.addValueChangeListener(change -> refresh());
        month.setWidth("14rem");

        grid.addColumn(SlaRow::organisationName).setHeader("Delivery partner").setAutoWidth(true).setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(SlaRow::organisationCode).setHeader("Code").setAutoWidth(true).setSortable(true);
        if (admin) {
            grid.addComponentColumn(row -> volumeField(row, true)).setHeader("Monthly volume").setAutoWidth(true);
            grid.addComponentColumn(row -> volumeField(row, false)).setHeader("Weekly sample").setAutoWidth(true);
        } else {
            grid.addColumn(row -> row.monthlyVolume() == null ? "Not agreed" : row.monthlyVolume().toString())
                    .setHeader("Monthly volume").setAutoWidth(true);
            grid.addColumn(row -> row.weeklyVolume() == null ? "Not agreed" : row.weeklyVolume().toString())
                    .setHeader("Weekly sample").setAutoWidth(true);
        }
        grid.addComponentColumn(row -> {
            var history = new Button("History", click -> showHistory(row));
            history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            history.setAriaLabel("History of " + row.organisationName() + "'s volumes");
            return history;
        }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("SLA volumes");

        var toolbar = new HorizontalLayout(month);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (admin) {
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> saveMonth());
            copyForward.addClickListener(click -> copyForward());
            toolbar.add(save, copyForward);
        }
        add(new Paragraph("Each delivery partner's agreed sample for the month and for each week. Once a month's "
                + "volume is reached, further cases go into the next month's folder."), toolbar, grid);
        if (admin) {
            add(excelSection());
        }
        refresh();
    }

    private IntegerField volumeField(SlaRow row, boolean monthly) {
        var field = new IntegerField();
        field.setMin(0);
        field.setWidth("8rem");
        field.setAriaLabel((monthly ? "Monthly volume for " : "Weekly sample for ") + row.organisationName());
        SlaRow current = edits.getOrDefault(row.organisationId(), row);
        field.setValue(monthly ? current.monthlyVolume() : current.weeklyVolume());
        field.addValueChangeListener(change -> {
            SlaRow latest = edits.getOrDefault(row.organisationId(), row);
            edits.put(row.organisationId(), monthly ? latest.withVolumes(change.getValue(), latest.weeklyVolume())
                    : latest.withVolumes(latest.monthlyVolume(), change.getValue()));
        });
        return field;
    }

    void saveMonth() {
        try {
            int changed = sla.saveMonth(month.getValue(), List.copyOf(edits.values()));
            Notifications.success(changed == 0 ? "Nothing had changed" : "Saved " + Plural.of(changed, "change") + " for "
                    + DateFormats.month(month.getValue().atDay(1)));
            refresh();
        } catch (SlaChangeRefused refused) {
            Notifications.error(refused.getMessage() + ". Nothing was saved.");
        }
    }

    private void copyForward() {
        YearMonth from = month.getValue();
        try {
            int copied = sla.copyForward(from);
            Notifications.success("Copied " + Plural.of(copied, "volume") + " to " + DateFormats.month(from.plusMonths(1).atDay(1))
                    + " where none was agreed");
            month.setValue(from.plusMonths(1));
        } catch (SlaChangeRefused refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private void showHistory(SlaRow row) {
        var dialog = new Dialog("History: " + row.organisationName() + ", " + DateFormats.month(row.month().atDay(1)));
        var history = new Grid<SlaHistoryEntry>();
        history.addColumn(entry -> DateFormats.dateTime(entry.changedAt())).setHeader("When").setAutoWidth(true);
        history.addColumn(SlaHistoryEntry::changedBy).setHeader("Who").setAutoWidth(true);
        history.addColumn(SlaHistoryEntry::source).setHeader("How").setAutoWidth(true);
        history.addColumn(SlaHistoryEntry::monthlyVolume).setHeader("Monthly").setAutoWidth(true);
        history.addColumn(SlaHistoryEntry::weeklyVolume).setHeader("Weekly").setAutoWidth(true);
        List<SlaHistoryEntry> entries = sla.history(row.organisationId(), row.month());
        history.setItems(entries);
        history.setAllRowsVisible(true);
        history.setWidth("48rem");
        dialog.add(entries.isEmpty() ? new Paragraph("No volumes have been agreed for this month yet.") : history);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    private Section excelSection() {
        var download = DownloadLinks.of(event -> {
            YearMonth from = month.getValue();
            event.setFileName("sla-volumes-" + from + "-to-" + from.plusMonths(11) + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            sla.writeTemplate(from, from.plusMonths(11), event.getOutputStream());
        }, "Download template (12 months from the selected one)");
        download.setId("download-sla-template");

        upload.setUploadHandler(new TempFileUpload(MAX_UPLOAD_BYTES, new TempFileUpload.Callback() {
            @Override
            public void stored(String fileName, Path file) {
                checkUpload(fileName, file);
            }

            @Override
            public void refused(String fileName, String reason) {
                upload.clearFileList();
                showProblems(SlaImportReport.refused("“" + fileName + "”: " + reason));
            }
        }));
        var limitsText = UPLOAD_LIMITS.applyTo(upload, (fileName, message) ->
                showProblems(SlaImportReport.refused(message)));
        upload.setDropLabel(new Span("Drop the filled-in template here"));

        progress.setVisible(false);
        progress.setIndeterminate(true);
        progressText.setVisible(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setVisible(false);
        importButton.addClickListener(click -> importUploaded());
        report.addClassName("import-report");

        var section = new Section(new H3("Excel round trip"),
                new Paragraph("Download the template, change the volumes, and upload it. Every row is checked first "
                        + "and every problem is listed with its row number; nothing is saved until the whole file is "
                        + "right."), download, uploadHelp(), limitsText, upload, progress, progressText, report, importButton);
        section.addClassName("portal-card");
        return section;
    }

    /** What the upload accepts, said before anyone uploads: blank rows and formulas (the limits follow). */
    private static Paragraph uploadHelp() {
        var help = new Paragraph("A row whose monthly volume and weekly sample are both empty means “no change” for "
                + "that delivery partner and month: only filled-in rows are checked and saved. Type numbers and "
                + "months as values; cells holding a formula are refused.");
        help.setId("sla-upload-help");
        help.addClassName("upload-help");
        return help;
    }

    private void checkUpload(String fileName, Path file) {
        discardUpload();
        upload.clearFileList();
        uploaded = file;
        uploadedName = fileName;
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        progressText.setVisible(true);
        progressText.setText("Checking " + fileName + "…");
        // The check streams the file in the background; progress reaches the browser through server push.
        Thread.ofVirtual().start(currentUser.asSignedInUser(() -> {
            SlaImportReport result = sla.validate(file,
                    rows -> ui.access(() -> progressText.setText("Checked " + rows + " rows…")));
            ui.access(() -> {
                progress.setVisible(false);
                progressText.setVisible(false);
                showProblems(result);
                importButton.setVisible(result.ok());
                importButton.setText("Save the " + Plural.of(result.rowsRead(), "filled-in row"));
            });
        }));
    }

    void importUploaded() {
        if (uploaded == null) {
            return;
        }
        SlaImportReport result = sla.importFile(uploaded, uploadedName, rows -> { });
        showProblems(result);
        importButton.setVisible(false);
        if (result.saved()) {
            Notifications.success("Saved " + Plural.of(result.rowsRead(), "row") + " from " + uploadedName + ": "
                    + result.changed() + " changed, " + result.unchanged() + " unchanged");
            discardUpload();
            refresh();
        }
    }

    void showProblems(SlaImportReport result) {
        report.removeAll();
        if (result.ok()) {
            String blank = result.leftBlank() == 0 ? "" : " " + Plural.of(result.leftBlank(), "row") + " left empty "
                    + (result.leftBlank() == 1 ? "changes" : "change") + " nothing.";
            var ok = new Paragraph(result.saved() ? "Saved." + blank : (result.rowsRead() == 1 ? "The filled-in row is"
                    : "All " + result.rowsRead() + " filled-in rows are") + " correct." + blank
                    + " Nothing has been saved yet.");
            ok.addClassName("import-ok");
            report.add(ok);
            report.scrollIntoView();
            return;
        }
        ImportProblems.addTo(report, result.problems().stream().map(SlaImportReport.Problem::message).toList());
        report.scrollIntoView();
        discardUpload();
        importButton.setVisible(false);
    }

    private void discardUpload() {
        if (uploaded != null) {
            try {
                Files.deleteIfExists(uploaded);
            } catch (IOException ignored) {
                // the temp folder is cleaned by the system eventually
            }
            uploaded = null;
        }
    }

    private void refresh() {
        edits.clear();
        grid.setItems(sla.month(month.getValue()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discardUpload();
        super.onDetach(detachEvent);
    }
}
