package uk.providerportal.appeal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.nio.file.Path;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.providerportal.appeal.AppealChoice;
import uk.providerportal.appeal.AppealEligibility;
import uk.providerportal.appeal.AppealEvidence;
import uk.providerportal.appeal.AppealImportReport;
import uk.providerportal.appeal.AppealRecord;
import uk.providerportal.appeal.AppealService;
import uk.providerportal.appeal.AppealWhatIf;
import uk.providerportal.appeal.AppealWindow;
import uk.providerportal.appeal.AppealableCase;
import uk.providerportal.appeal.AppealableStandard;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.base.ui.DownloadLinks;
import uk.providerportal.base.ui.MonthParameter;
import uk.providerportal.base.ui.ImportProblems;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.base.ui.TempFileUpload;
import uk.providerportal.base.ui.UploadLimits;
import uk.providerportal.kpi.KpiFigure;
import uk.providerportal.kpi.KpiService;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.submission.SubmissionLimits;
import uk.providerportal.submission.SubmissionService;
import uk.providerportal.security.Role;

/**
 * A delivery partner's appeal against a month's KPI (issue 13): whether appeals are in scope and why, the policy's
 * criteria, the window with its deadline and working days left, every counted case's unmet standards saying why each
 * may or may not be appealed, a live what-if of the scores and KPI if the chosen standards were upheld, and the form
 * to save a draft or lodge. A lodged appeal is shown with the reviewer's decision per standard.
 */
@Route("appeals")
@PageTitle("Appeals")
@Menu(order = 13, icon = "vaadin:scale", title = "Appeals")
@RolesAllowed(Role.Names.PROVIDER_USER)
class AppealView extends Main implements HasUrlParameter<String> {

    static String path(YearMonth month) {
        return "appeals/" + month;
    }

    final ComboBox<YearMonth> month = new ComboBox<>("KPI month");
    final Paragraph empty = new Paragraph();
    final H3 heading = new H3();
    final Paragraph kpiLine = new Paragraph();
    final Paragraph windowLine = new Paragraph();
    final Paragraph scope = new Paragraph();
    final UnorderedList criteria = new UnorderedList();
    final Paragraph query = new Paragraph(new com.vaadin.flow.component.html.Span("To question a case outcome "
            + "without an appeal, "), new Anchor("calibration-requests/new", "request a calibration session"),
            new com.vaadin.flow.component.html.Span(": the quality team answers it, and it changes the KPI only if "
            + "they reopen the assessment."));
    final Div lodged = new Div();
    final Div form = new Div();
    final Div cases = new Div();
    final Paragraph whatIfSummary = new Paragraph();
    final Grid<AppealWhatIf.CaseChange> whatIfCases = new Grid<>();
    final Button saveDraft = new Button("Save draft");
    final Button lodge = new Button("Lodge appeal…");
    final Div content = new Div();
    final Anchor template = DownloadLinks.of(this::writeTemplate, "Download the Appeals Submission Template");
    final Upload upload = new Upload();
    final Div report = new Div();
    /** One row per unmet standard shown, in page order. */
    final List<StandardRow> rows = new ArrayList<>();

    record StandardRow(AppealableCase appealableCase, AppealableStandard standard, Checkbox chosen,
                       TextArea rationale) {
    }

    private final AppealService appeals;
    private final KpiService kpis;
    private final SubmissionService submissions;
    private final long organisationId;
    private @Nullable AppealEligibility shown;
    private long version = -1;
    private final List<AppealEvidence> evidence = new ArrayList<>();

    AppealView(AppealService appeals, KpiService kpis, SubmissionService submissions, CurrentUser currentUser) {
        this.appeals = appeals;
        this.submissions = submissions;
        this.kpis = kpis;
        this.organisationId = Objects.requireNonNull(currentUser.require().organisationId());
        addClassName("portal-page");
        month.setItemLabelGenerator(DateFormats::month);
        month.setWidth("13rem");
        month.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(path(change.getValue())));
            }
        });
        windowLine.setId("appeal-window");
        scope.setId("appeal-scope");
        kpiLine.setId("appeal-kpi");
        whatIfSummary.setId("appeal-what-if");
        whatIfSummary.getElement().setAttribute("aria-live", "polite");
        whatIfCases.addColumn(AppealWhatIf.CaseChange::reference).setHeader("Case").setFlexGrow(1);
        whatIfCases.addColumn(c -> Plural.of(c.standardsChosen(), "standard")).setHeader("Chosen").setFlexGrow(1);
        whatIfCases.addColumn(c -> c.scoreBefore() + " " + c.resultBefore()).setHeader("Score now").setFlexGrow(1);
        whatIfCases.addColumn(c -> c.scoreAfter() + " " + c.resultAfter()).setHeader("If upheld").setFlexGrow(1);
        whatIfCases.setAllRowsVisible(true);
        whatIfCases.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        whatIfCases.setAriaLabel("Case scores if the chosen standards were upheld");

        saveDraft.addClickListener(click -> save());
        lodge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        lodge.addClickListener(click -> confirmLodge());
        lodge.setId("lodge-appeal");
        var whatIf = new Section(new H4("What if the chosen standards were upheld"), whatIfSummary, whatIfCases);
        whatIf.addClassName("portal-card");
        var buttons = new Div(saveDraft, lodge);
        buttons.addClassName("portal-actions");
        form.add(templateSection(), new H4("Choose the standards to appeal"), new Paragraph("Tick each standard you appeal and say "
                + "why it was met. You can save a draft and come back before the window closes; once lodged, the "
                + "appeal goes to an independent reviewer and cannot be changed."), cases, whatIf, buttons);
        var summary = new Div(heading, kpiLine, windowLine, scope, query);
        summary.addClassName("portal-card");
        content.add(summary, new Section(new H4("Eligibility criteria"), criteria), lodged, form);
        add(new Paragraph("Appeal the assessment of unmet standards when your organisation's KPI for a month did not "
                + "meet its target. The appeal policy in force for the month decides what can be appealed."), month,
                empty, content);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        List<YearMonth> months = kpis.publishedMonths(organisationId);
        month.setItems(months);
        YearMonth chosen = MonthParameter.chosen(parameter, months);
        show(chosen);
    }

    void show(@Nullable YearMonth chosen) {
        content.setVisible(chosen != null);
        empty.setVisible(chosen == null);
        month.setVisible(chosen != null);
        if (chosen == null) {
            empty.setText("Nothing to appeal yet: no KPI has been published for your organisation.");
            return;
        }
        month.setValue(chosen);
        AppealEligibility eligibility = appeals.eligibility(organisationId, chosen);
        shown = eligibility;
        AppealRecord appeal = appeals.appeal(organisationId, chosen).orElse(null);
        version = appeal == null ? -1 : appeal.version();
        evidence.clear();
        evidence.addAll(appeals.evidence(organisationId, chosen));
        heading.setText("Appeal against the " + DateFormats.month(chosen) + " KPI");
        kpiLine.setText("KPI " + percent(eligibility) + " (" + eligibility.passing() + " of "
                + Plural.of(eligibility.counted(), "case") + " passed) against a target of "
                + KpiFigure.percent(eligibility.target()) + ". Tier " + eligibility.tier() + ". Policy: "
                + eligibility.policyName() + ".");
        windowLine.setText(windowText(eligibility.window()));
        boolean isLodged = appeal != null && appeal.lodged();
        // once lodged, the appeal's own progress is what matters (a revised KPI may since have met the target)
        scope.setText(isLodged ? AppealItemsGrid.statusText(appeal) : eligibility.why());
        query.setVisible(!isLodged && !eligibility.inScope());
        criteria.removeAll();
        eligibility.criteria().forEach(line -> criteria.add(new ListItem(line)));

        lodged.removeAll();
        lodged.setVisible(isLodged);
        if (isLodged) {
            lodged.add(AppealItemsGrid.decisions(appeal), EvidenceLinks.list(appeals, appeal, evidence));
        }
        boolean editable = !isLodged && eligibility.inScope() && eligibility.window().open();
        form.setVisible(eligibility.inScope() && !isLodged);
        cases.removeAll();
        rows.clear();
        for (AppealableCase c : eligibility.cases()) {
            cases.add(caseBlock(c, appeal, editable));
        }
        saveDraft.setEnabled(editable);
        lodge.setEnabled(editable);
        refreshWhatIf();
    }

    private Section caseBlock(AppealableCase c, @Nullable AppealRecord draft, boolean editable) {
        var block = new Section(new H4("Case " + c.reference() + ": " + c.scoreText() + ", "
                + (c.passes() ? "pass" : "fail")), new Paragraph(c.why()));
        block.addClassName("portal-card");
        for (AppealableStandard standard : c.unmet()) {
            var chosen = new Checkbox("Appeal " + standard.code() + " " + standard.title());
            var rationale = new TextArea("Why standard " + standard.code() + " was met");
            rationale.setMaxLength(4000);
            rationale.setWidthFull();
            rationale.setHelperText("At most 4,000 characters. The independent reviewer reads it.");
            AppealRecord.Item saved = draft == null ? null : draft.items().stream()
                    .filter(i -> i.caseId() == c.caseId() && i.standardVersionId() == standard.standardVersionId())
                    .findFirst().orElse(null);
            chosen.setValue(saved != null);
            rationale.setValue(saved == null ? "" : saved.rationale());
            rationale.setVisible(saved != null);
            chosen.setEnabled(editable && standard.eligible());
            rationale.setReadOnly(!editable);
            chosen.addValueChangeListener(change -> {
                rationale.setVisible(change.getValue());
                refreshWhatIf();
            });
            var facts = new Paragraph("Assessor: not met"
                    + (standard.impact() == null ? "" : ", " + standard.impact().label().toLowerCase(DateFormats.LOCALE))
                    + (standard.assessorNote() == null || standard.assessorNote().isBlank() ? ""
                    : ". Note: " + standard.assessorNote()) + ". Your self-assessment: "
                    + (standard.selfAssessment() == null ? "none recorded"
                    : standard.selfAssessment().label().toLowerCase(DateFormats.LOCALE)) + ".");
            var why = new Paragraph((standard.eligible() ? "Can be appealed: " : "Cannot be appealed: ")
                    + standard.why());
            why.addClassName(standard.eligible() ? "appeal-eligible" : "appeal-not-eligible");
            var line = new Div(chosen, facts, why, rationale);
            if (saved != null) {
                line.add(evidenceBlock(c, standard, editable));
            }
            line.addClassName("appeal-standard");
            block.add(line);
            rows.add(new StandardRow(c, standard, chosen, rationale));
        }
        return block;
    }

    static final UploadLimits UPLOAD_LIMITS = new UploadLimits("an appeals template",
            AppealService.MAX_TEMPLATE_BYTES, 1, List.of(".xlsx"), "Excel (.xlsx)");

    private Section templateSection() {
        template.setId("download-appeal-template");
        upload.setUploadHandler(new TempFileUpload(AppealService.MAX_TEMPLATE_BYTES, new TempFileUpload.Callback() {
            @Override
            public void stored(String fileName, Path file) {
                try {
                    importTemplate(fileName, file);
                } finally {
                    TempFileUpload.deleteQuietly(file);
                }
            }

            @Override
            public void refused(String fileName, String reason) {
                upload.clearFileList();
                showReport(new AppealImportReport(false, 0, List.of("“" + fileName + "”: " + reason)));
            }
        }));
        var limits = UPLOAD_LIMITS.applyTo(upload, (fileName, message) ->
                showReport(new AppealImportReport(false, 0, List.of(message))));
        upload.setDropLabel(new Span("Drop the filled-in template here"));
        var help = new Paragraph("Or work offline: the template lists every standard you can appeal, with the "
                + "assessor's outcome and your self-assessment, and the eligibility criteria on a sheet of their own. "
                + "Write a rationale beside each standard you appeal; a row left empty is not appealed. Uploading it "
                + "saves it as your draft, only if every row is right; otherwise nothing is saved and every problem "
                + "is listed with its row and column.");
        help.addClassName("upload-help");
        report.addClassName("import-report");
        var section = new Section(new H4("Excel template"), help, template, limits, upload, report);
        section.addClassName("portal-card");
        return section;
    }

    void importTemplate(String fileName, Path file) {
        upload.clearFileList();
        AppealEligibility eligibility = shown;
        if (eligibility == null) {
            return;
        }
        AppealImportReport result = appeals.importTemplate(organisationId, eligibility.month(), file, fileName,
                version);
        showReport(result);
        if (result.saved()) {
            Notifications.success("Saved " + fileName + " as your draft: " + Plural.of(result.standards(),
                    "standard") + " appealed. Check it below, then lodge it.");
            show(eligibility.month());
        }
    }

    void showReport(AppealImportReport result) {
        report.removeAll();
        if (result.saved()) {
            var ok = new Paragraph("Saved as your draft: " + Plural.of(result.standards(), "standard")
                    + " appealed.");
            ok.addClassName("import-ok");
            ok.getElement().setAttribute("role", "status");
            report.add(ok);
            return;
        }
        ImportProblems.addTo(report, result.problems());
        report.scrollIntoView();
    }

    private void writeTemplate(DownloadEvent event) throws IOException {
        AppealEligibility eligibility = shown;
        if (eligibility == null) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName("appeals-" + eligibility.month() + ".xlsx");
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        appeals.writeTemplate(organisationId, eligibility.month(), event.getOutputStream());
    }

    /** The saved standard's evidence files, with an upload while the draft can change. */
    private Div evidenceBlock(AppealableCase c, AppealableStandard standard, boolean editable) {
        var block = new Div();
        block.addClassName("appeal-evidence");
        var files = new Div();
        Runnable refresh = () -> {
            files.removeAll();
            List<AppealEvidence> mine = evidence.stream().filter(e -> e.caseId() == c.caseId()
                    && e.standardVersionId() == standard.standardVersionId()).toList();
            if (mine.isEmpty()) {
                files.add(new Paragraph("No evidence attached to " + standard.code() + " yet."));
            }
            for (AppealEvidence file : mine) {
                var row = new Div(EvidenceLinks.of(appeals, file));
                if (editable) {
                    var remove = new Button("Remove", click -> {
                        try {
                            appeals.removeEvidence(file.id());
                            Notifications.success("Removed " + file.fileName() + " from standard " + standard.code()
                                    + ".");
                        } catch (ChangeRefused refused) {
                            Notifications.error(refused.getMessage());
                        }
                        show(Objects.requireNonNull(shown).month());
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    remove.setAriaLabel("Remove evidence " + file.fileName());
                    row.add(remove);
                }
                files.add(row);
            }
        };
        refresh.run();
        block.add(new H5("Evidence for " + standard.code()), files);
        if (editable) {
            var upload = new Upload();
            upload.setMaxFiles(1);
            SubmissionLimits limits = submissions.limits();
            upload.setUploadHandler(new TempFileUpload(limits.maxFileBytes(), new TempFileUpload.Callback() {
                @Override
                public void stored(String fileName, Path file) {
                    try {
                        upload.clearFileList();
                        AppealEvidence attached = appeals.attachEvidence(organisationId,
                                Objects.requireNonNull(shown).month(), c.caseId(), standard.standardVersionId(),
                                fileName, file);
                        evidence.add(attached);
                        refresh.run();
                        Notifications.success("Attached " + fileName + " to standard " + standard.code() + ".");
                    } catch (ChangeRefused refused) {
                        Notifications.error(refused.getMessage());
                    } finally {
                        TempFileUpload.deleteQuietly(file);
                    }
                }

                @Override
                public void refused(String fileName, String reason) {
                    upload.clearFileList();
                    Notifications.error("“" + fileName + "”: " + reason);
                }
            }));
            // The content is checked on the server, as for case records, so the browser does not filter by type.
            var limitsText = new UploadLimits("an evidence file", limits.maxFileBytes(), 1, List.of(),
                    limits.allowedFileTypeNames()).applyTo(upload, (fileName, message) -> Notifications.error(message));
            upload.setDropLabel(new Span("Drop an evidence file for " + standard.code() + " here"));
            upload.getElement().setAttribute("aria-label", "Upload evidence for standard " + standard.code()
                    + " of case " + c.reference());
            block.add(new Paragraph("Evidence is checked like a case record file; up to "
                    + AppealService.MAX_EVIDENCE_FILES + " files per standard."), limitsText, upload);
        }
        return block;
    }

    List<AppealChoice> choices() {
        return rows.stream().filter(r -> r.chosen().getValue()).map(r -> new AppealChoice(
                r.appealableCase().caseId(), r.standard().standardVersionId(), r.rationale().getValue())).toList();
    }

    private void refreshWhatIf() {
        AppealEligibility eligibility = shown;
        if (eligibility == null || !eligibility.inScope()) {
            whatIfSummary.setText("");
            whatIfCases.setItems(List.of());
            return;
        }
        AppealWhatIf whatIf = appeals.whatIf(organisationId, eligibility.month(), choices());
        whatIfSummary.setText(whatIf.summary());
        whatIfCases.setItems(whatIf.cases());
        whatIfCases.setVisible(!whatIf.cases().isEmpty());
    }

    private void save() {
        AppealEligibility eligibility = Objects.requireNonNull(shown);
        try {
            AppealRecord saved = appeals.saveDraft(organisationId, eligibility.month(), choices(), version);
            show(eligibility.month());
            Notifications.success("Draft saved with " + Plural.of(saved.items().size(), "standard") + ". Lodge it "
                    + "before the window closes at the end of " + DateFormats.date(eligibility.window().closesOn())
                    + ". Attach evidence to each saved standard below.");
        } catch (ChangeRefused refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private void confirmLodge() {
        AppealEligibility eligibility = Objects.requireNonNull(shown);
        int chosen = choices().size();
        var dialog = new Dialog("Lodge the appeal?");
        dialog.add(new Paragraph(chosen == 0 ? "No standard is chosen yet: tick each standard you appeal and "
                + "write why it was met, then lodge the appeal."
                : "You are appealing " + Plural.of(chosen, "standard") + " against the "
                + DateFormats.month(eligibility.month()) + " KPI. Once lodged, the appeal cannot be changed; an "
                + "independent reviewer decides it and the decision is final."));
        var cancel = new Button("Go back", click -> dialog.close());
        var confirm = new Button("Lodge appeal", click -> {
            try {
                appeals.lodge(organisationId, eligibility.month(), choices(), version);
                dialog.close();
                Notifications.success("Appeal lodged: " + Plural.of(chosen, "standard") + ". The quality team "
                        + "assigns an independent reviewer; you will get an email when it is decided.");
                show(eligibility.month());
            } catch (ChangeRefused refused) {
                dialog.close();
                Notifications.error(refused.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-lodge");
        confirm.setEnabled(chosen > 0);
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
        cancel.focus();
    }

    private static String percent(AppealEligibility eligibility) {
        return eligibility.counted() == 0 ? "not computed (no cases counted)"
                : KpiFigure.percent(eligibility.kpi());
    }

    static String windowText(AppealWindow window) {
        String counted = " (" + window.workingDays() + " working days from the first publication on "
                + DateFormats.date(window.firstPublished()) + ", counted in " + window.nation().label() + ")";
        if (!window.open()) {
            return "The appeal window closed at the end of " + DateFormats.date(window.closesOn()) + counted + ".";
        }
        return "Appeals close at the end of " + DateFormats.date(window.closesOn()) + ": "
                + (window.daysLeft() == 0 ? "today is the last day" : Plural.of(window.daysLeft(), "working day")
                + " left after today") + counted + ".";
    }
}
