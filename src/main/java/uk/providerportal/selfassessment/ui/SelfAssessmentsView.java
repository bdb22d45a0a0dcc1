package uk.providerportal.selfassessment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.base.ui.DownloadLinks;
import uk.providerportal.base.ui.ImportProblems;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.base.ui.TempFileUpload;
import uk.providerportal.base.ui.UploadLimits;
import uk.providerportal.security.Role;
import uk.providerportal.selfassessment.SelfAssessmentCase;
import uk.providerportal.selfassessment.SelfAssessmentImportReport;
import uk.providerportal.selfassessment.SelfAssessmentService;

/**
 * A provider's self-assessments (issue 11, item 7): its cases filed under a chosen month, each with how far its
 * self-assessment has got, leading to the case's page; and the month's Excel template, downloaded pre-filled and
 * uploaded back, checked row by row and saved all or nothing.
 */
@Route("self-assessment")
@PageTitle("Self-assessment")
@Menu(order = 24, icon = "vaadin:check-square-o", title = "Self-assessment")
@RolesAllowed(Role.Names.PROVIDER_USER)
class SelfAssessmentsView extends Main {

    static final UploadLimits UPLOAD_LIMITS = new UploadLimits("a self-assessment",
            SelfAssessmentService.MAX_IMPORT_BYTES, 1, List.of(".xlsx"), "Excel (.xlsx)");

    final ComboBox<YearMonth> month = new ComboBox<>("Month folder");
    final Span total = new Span();
    final Grid<SelfAssessmentCase> grid = new Grid<>();
    final Anchor download;
    final Upload upload = new Upload();
    final Section report = new Section();

    private final SelfAssessmentService selfAssessments;

    SelfAssessmentsView(SelfAssessmentService selfAssessments, Clock clock) {
        this.selfAssessments = selfAssessments;
        addClassName("portal-page");
        List<YearMonth> months = selfAssessments.months();
        month.setItems(months);
        month.setItemLabelGenerator(DateFormats::month);
        month.setWidth("13rem");
        YearMonth now = YearMonth.now(clock.withZone(DateFormats.ZONE));
        if (!months.isEmpty()) {
            month.setValue(months.contains(now) ? now : months.getFirst());
        }
        month.addValueChangeListener(change -> refresh());

        grid.addColumn(SelfAssessmentCase::reference).setHeader("Case reference").setSortProperty("reference")
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(row -> DateFormats.dateTime(row.submittedAt())).setHeader("Filed")
                .setSortProperty("submittedAt").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(row -> row.status().label()).setHeader("Case status").setSortProperty("status")
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(SelfAssessmentCase::progress).setHeader("Self-assessment").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(LitRenderer.<SelfAssessmentCase>of("${item.open ? html`<a href=\"${item.href}\" "
                        + "aria-label=\"${item.label}\">${item.text}</a>` : html`<span>Not assessed</span>`}")
                .withProperty("open", row -> !row.progress().equals("Withdrawn"))
                .withProperty("href", row -> SelfAssessmentView.path(row.caseId()))
                .withProperty("text", SelfAssessmentsView::action)
                .withProperty("label", row -> action(row) + " the self-assessment of case " + row.reference()))
                .setHeader("Action").setWidth("7rem").setFlexGrow(0);
        grid.setMultiSort(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Your cases and their self-assessment");
        grid.setHeight("22rem");
        grid.setItemsPageable(pageable -> month.getValue() == null ? List.of()
                        : selfAssessments.cases(month.getValue(), pageable),
                pageable -> month.getValue() == null ? 0 : selfAssessments.countCases(month.getValue()));

        download = DownloadLinks.of(event -> {
            YearMonth chosen = month.getValue();
            if (chosen == null) {
                return;
            }
            event.setFileName("self-assessment-" + chosen + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            selfAssessments.writeTemplate(chosen, event.getOutputStream());
        }, "Download the month's template");
        download.setId("download-self-assessment-template");

        add(new Paragraph("For each of your cases, record your own outcome for every standard the assessor scores "
                + "it against: met, not met or not applicable. Save part-way and come back; once a case's outcome "
                + "is released to you, its self-assessment can no longer be changed."), month, total, grid,
                excelSection());
        refresh();
    }

    /** The link's words, which start its accessible name too. */
    static String action(SelfAssessmentCase row) {
        if (row.locked()) {
            return "View";
        }
        if (row.answered() == 0) {
            return "Record";
        }
        return row.answered() >= row.standards() ? "Change" : "Continue";
    }

    private Section excelSection() {
        upload.setUploadHandler(new TempFileUpload(SelfAssessmentService.MAX_IMPORT_BYTES,
                new TempFileUpload.Callback() {
                    @Override
                    public void stored(String fileName, Path file) {
                        try {
                            importFile(fileName, file);
                        } finally {
                            TempFileUpload.deleteQuietly(file);
                        }
                    }

                    @Override
                    public void refused(String fileName, String reason) {
                        upload.clearFileList();
                        showReport(SelfAssessmentImportReport.refused("“" + fileName + "”: " + reason));
                    }
                }));
        var limits = UPLOAD_LIMITS.applyTo(upload, (fileName, message) ->
                showReport(SelfAssessmentImportReport.refused(message)));
        upload.setDropLabel(new Span("Drop the filled-in template here"));
        var help = new Paragraph("The template lists the month's cases you can still change, one row per case and "
                + "standard, with what you have recorded. Choose Met, Not met or Not applicable in the Outcome "
                + "column; a row left empty changes nothing. Every row is checked first: if any is wrong, nothing "
                + "is saved and every problem is listed with its row and column. Cells holding a formula are "
                + "refused.");
        help.addClassName("upload-help");
        report.addClassName("import-report");
        var section = new Section(new H2("Excel template"), help, download, limits, upload, report);
        section.addClassName("portal-card");
        return section;
    }

    void importFile(String fileName, Path file) {
        upload.clearFileList();
        YearMonth chosen = month.getValue();
        if (chosen == null) {
            showReport(SelfAssessmentImportReport.refused("Choose the month folder the template is for, then "
                    + "upload it again."));
            return;
        }
        SelfAssessmentImportReport result = selfAssessments.importFile(chosen, file, fileName);
        showReport(result);
        if (result.saved()) {
            Notifications.success("Saved " + fileName + ": " + Plural.of(result.rowsRead(), "outcome") + " for "
                    + Plural.of(result.cases(), "case") + ", " + result.changed() + " changed.");
            refresh();
        }
    }

    void showReport(SelfAssessmentImportReport result) {
        report.removeAll();
        if (result.ok()) {
            var ok = new Paragraph("Saved " + Plural.of(result.rowsRead(), "outcome") + " for "
                    + Plural.of(result.cases(), "case") + " (" + result.changed() + " changed)."
                    + (result.leftBlank() == 0 ? "" : " " + Plural.of(result.leftBlank(), "row") + " left empty "
                    + (result.leftBlank() == 1 ? "changes" : "change") + " nothing."));
            ok.addClassName("import-ok");
            ok.getElement().setAttribute("role", "status");
            report.add(ok);
            report.scrollIntoView();
            return;
        }
        ImportProblems.addTo(report, result.problems().stream().map(SelfAssessmentImportReport.Problem::message)
                .toList());
        report.scrollIntoView();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        YearMonth chosen = month.getValue();
        long count = chosen == null ? 0 : selfAssessments.countCases(chosen);
        total.setText(chosen == null ? "Your organisation has no cases filed yet."
                : Plural.of(count, "case") + " filed under " + DateFormats.month(chosen));
        download.setEnabled(chosen != null);
    }
}
