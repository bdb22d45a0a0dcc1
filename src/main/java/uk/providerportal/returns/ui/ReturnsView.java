package uk.providerportal.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.base.ui.DownloadLinks;
import uk.providerportal.base.ui.ImportProblems;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.base.ui.TempFileUpload;
import uk.providerportal.base.ui.UploadLimits;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.returns.ReturnFigure;
import uk.providerportal.returns.ReturnResult;
import uk.providerportal.returns.ReturnService;
import uk.providerportal.returns.ReturnSummary;
import uk.providerportal.returns.Timeliness;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/**
 * Returns (issue 15): a partner's returns of the last months with their due dates and timeliness, and the way to send
 * one, by Excel template or by form; for the performance manager, every partner's returns and timeliness.
 */
@Route("returns")
@PageTitle("Returns")
@Menu(order = 14.6, icon = "vaadin:file-table", title = "Returns")
@RolesAllowed({Role.Names.PROVIDER_USER, Role.Names.QUALITY_MANAGER})
class ReturnsView extends Main {

    static final UploadLimits UPLOAD_LIMITS = new UploadLimits("a return template", ReturnService.MAX_TEMPLATE_BYTES,
            1, List.of(".xlsx"), "Excel (.xlsx)");

    final Grid<ReturnSummary> grid = new Grid<>();
    final Paragraph totals = new Paragraph();
    final Select<ReturnSummary> chosen = new Select<>();
    final Select<OrganisationSummary> organisation = new Select<>();
    final Div sendArea = new Div();
    final Div report = new Div();
    final Upload upload = new Upload();
    final TextArea reason = new TextArea("Reason for the correction");
    final Map<String, IntegerField> fields = new LinkedHashMap<>();
    final Button send = new Button("Send return");

    private final ReturnService returns;
    private final boolean provider;
    private @Nullable Long organisationId;

    ReturnsView(ReturnService returns, OrganisationService organisations, CurrentUser currentUser) {
        this.returns = returns;
        this.provider = currentUser.require().hasRole(Role.PROVIDER_USER);
        addClassName("portal-page");
        if (provider) {
            organisationId = organisations.ownOrganisation().map(o -> o.id()).orElse(null);
            add(new Paragraph("Send your contract returns here: management information, customer service standards "
                    + "and customer insight each month, by the 15th working day of the next month, and social value "
                    + "each quarter, by the 15th of the month after the quarter (or the next working day). Download "
                    + "the Excel template and upload it back, or enter the figures in the form. A sent return is "
                    + "locked; to correct it, send it again with the reason."));
        } else {
            grid.addColumn(ReturnSummary::organisationName).setHeader("Organisation").setSortable(true)
                    .setFlexGrow(2);
            organisation.setLabel("Organisation");
            organisation.setItems(organisations.visibleOrganisations().stream().filter(OrganisationSummary::active)
                    .toList());
            organisation.setItemLabelGenerator(o -> o == null ? "Every organisation" : o.name());
            organisation.setEmptySelectionAllowed(true);
            organisation.setEmptySelectionCaption("Every organisation");
            organisation.setId("returns-organisation");
            organisation.addValueChangeListener(change -> {
                organisationId = change.getValue() == null ? null : change.getValue().id();
                refresh(null);
            });
            add(new Paragraph("Every delivery partner's returns of the last " + ReturnService.SHOWN_MONTHS
                    + " months, with when each was due and whether it came on time."), organisation);
        }
        grid.addColumn(s -> s.type().label()).setHeader("Return").setSortable(true).setFlexGrow(2);
        grid.addColumn(ReturnSummary::periodText).setHeader("Period").setFlexGrow(2)
                .setComparator(ReturnSummary::period);
        grid.addColumn(s -> DateFormats.date(s.dueOn())).setHeader("Due on").setComparator(ReturnSummary::dueOn)
                .setFlexGrow(1);
        grid.addColumn(s -> s.timeliness().text()).setHeader("Timeliness").setSortable(true).setFlexGrow(2);
        grid.addColumn(ReturnsView::versionText).setHeader("Sent").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(provider ? "Your organisation's returns" : "Delivery partners' returns");
        grid.setAllRowsVisible(provider);
        if (!provider) {
            grid.setHeight("32rem");
        }
        grid.setId("returns");
        totals.setId("return-totals");
        add(new Section(new H3(provider ? "Your returns" : "Returns and timeliness"), totals, grid));
        if (provider) {
            add(sendSection());
        }
        refresh(null);
    }

    private Section sendSection() {
        chosen.setLabel("Return to send");
        chosen.setId("return-choice");
        chosen.setItemLabelGenerator(s -> s.type().label() + ", " + s.periodText() + " (" + s.timeliness().text()
                + ")");
        chosen.setWidth("min(40rem, 100%)");
        chosen.addValueChangeListener(change -> showSendArea(change.getValue()));
        sendArea.setId("send-return");
        var section = new Section(new H3("Send a return"), chosen, sendArea);
        section.addClassName("portal-card");
        return section;
    }

    private void refresh(@Nullable ReturnSummary keep) {
        List<ReturnSummary> rows = returns.returns(organisationId);
        grid.setItems(rows);
        long missing = rows.stream().filter(r -> r.timeliness().status() == Timeliness.Status.MISSING).count();
        long late = rows.stream().filter(r -> r.timeliness().status() == Timeliness.Status.LATE).count();
        long onTime = rows.stream().filter(r -> r.timeliness().status() == Timeliness.Status.ON_TIME).count();
        totals.setText(Plural.of(onTime, "return") + " on time, " + late + " late, " + missing + " missing.");
        if (provider) {
            chosen.setItems(rows);
            if (keep != null) {
                rows.stream().filter(r -> r.key().equals(keep.key())).findFirst().ifPresent(chosen::setValue);
            }
        }
    }

    private void showSendArea(@Nullable ReturnSummary summary) {
        sendArea.removeAll();
        report.removeAll();
        fields.clear();
        if (summary == null || organisationId == null) {
            return;
        }
        long organisation = organisationId;
        var due = new Paragraph(summary.type().label() + " return of " + summary.periodText() + ": due on "
                + DateFormats.date(summary.dueOn()) + ". " + summary.timeliness().text() + "."
                + (summary.submitted() ? " Version " + summary.currentVersion() + " was sent; sending it again "
                + "corrects it and needs a reason." : ""));
        due.setId("return-status");
        Anchor template = DownloadLinks.of(event -> writeTemplate(event, organisation, summary),
                "Download the " + summary.type().label().toLowerCase(DateFormats.LOCALE) + " template");
        template.setId("download-return-template");
        upload.setUploadHandler(new TempFileUpload(ReturnService.MAX_TEMPLATE_BYTES, new TempFileUpload.Callback() {
            @Override
            public void stored(String fileName, Path file) {
                try (InputStream in = Files.newInputStream(file)) {
                    upload.clearFileList();
                    show(returns.upload(organisation, summary.type(), summary.period(), in, reasonText()), fileName);
                } catch (ChangeRefused refused) {
                    showProblems(List.of(refused.getMessage()));
                } catch (IOException e) {
                    showProblems(List.of("“" + fileName + "” could not be read; upload it again."));
                } finally {
                    TempFileUpload.deleteQuietly(file);
                }
            }

            @Override
            public void refused(String fileName, String why) {
                upload.clearFileList();
                showProblems(List.of("“" + fileName + "”: " + why));
            }
        }));
        var limits = UPLOAD_LIMITS.applyTo(upload, (fileName, message) -> showProblems(List.of(message)));
        upload.setDropLabel(new Span("Drop the filled-in template here"));
        upload.setId("return-upload");
        upload.getElement().setAttribute("aria-label", "Upload the filled-in " + summary.type().label()
                .toLowerCase(DateFormats.LOCALE) + " template");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setVisible(summary.submitted());
        reason.setValue("");
        reason.setId("return-reason");
        var form = new Div();
        form.addClassName("return-form");
        for (ReturnFigure figure : summary.type().figures()) {
            var field = new IntegerField(figure.label());
            field.setMin(0);
            field.setStepButtonsVisible(false);
            field.setId("figure-" + figure.key());
            Long value = summary.figures().get(figure.key());
            if (value != null) {
                field.setValue(value.intValue());
            }
            fields.put(figure.key(), field);
            form.add(field);
        }
        send.setId("send-return-form");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> sendForm(organisation, summary));
        report.addClassName("import-report");
        report.setId("return-report");
        sendArea.add(due, reason, new H4("Excel template"), template, limits, upload, new H4("Or enter the figures"),
                form, send, report);
    }

    private @Nullable String reasonText() {
        return reason.getValue() == null || reason.getValue().isBlank() ? null : reason.getValue();
    }

    private void sendForm(long organisation, ReturnSummary summary) {
        Map<String, @Nullable Long> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> values.put(key, field.getValue() == null ? null
                : field.getValue().longValue()));
        try {
            show(returns.submitFigures(organisation, summary.type(), summary.period(), values, reasonText()),
                    null);
        } catch (ChangeRefused refused) {
            reason.setInvalid(true);
            reason.setErrorMessage(refused.getMessage());
            showProblems(List.of(refused.getMessage()));
        }
    }

    private void show(ReturnResult result, @Nullable String fileName) {
        ReturnSummary saved = result.saved();
        if (saved == null) {
            showProblems(result.problems());
            return;
        }
        Notifications.success("Sent the " + saved.type().label().toLowerCase(DateFormats.LOCALE) + " return of "
                + saved.periodText() + (fileName == null ? "" : " from " + fileName) + ": "
                + saved.timeliness().text().toLowerCase(DateFormats.LOCALE) + ".");
        refresh(saved);
        var ok = new Paragraph("Sent as version " + saved.currentVersion() + ": "
                + saved.timeliness().text().toLowerCase(DateFormats.LOCALE) + ".");
        ok.addClassName("import-ok");
        ok.getElement().setAttribute("role", "status");
        report.removeAll();
        report.add(ok);
    }

    private void showProblems(List<String> problems) {
        report.removeAll();
        var intro = new Paragraph("Nothing was sent. Put right what is listed below and send the return again.");
        report.add(intro);
        ImportProblems.addTo(report, new ArrayList<>(problems));
    }

    private void writeTemplate(DownloadEvent event, long organisation, ReturnSummary summary) throws IOException {
        event.setFileName(summary.type().name().toLowerCase(DateFormats.LOCALE).replace('_', '-') + "-"
                + summary.period() + ".xlsx");
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        returns.writeTemplate(organisation, summary.type(), summary.period(), event.getOutputStream());
    }

    private static String versionText(ReturnSummary summary) {
        if (!summary.submitted() || summary.submittedAt() == null) {
            return "Not sent";
        }
        String reason = summary.versions().getLast().reason();
        return "Version " + summary.currentVersion() + ", " + DateFormats.dateTime(summary.submittedAt()) + " by "
                + summary.submittedBy() + (reason == null ? "" : ". Corrected: " + reason);
    }
}
