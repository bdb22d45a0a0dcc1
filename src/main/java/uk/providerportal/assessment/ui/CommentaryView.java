package uk.providerportal.assessment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.ReleasedCase;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.DownloadLinks;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/**
 * A provider's assessment commentary (issue 11, item 8): its organisation's released cases of a month, each with
 * its score and result, leading to the full commentary. Nothing shows before a case is released.
 */
@Route("assessment/commentary")
@PageTitle("Assessment commentary")
@Menu(order = 23, icon = "vaadin:comment-o", title = "Assessment commentary")
@RolesAllowed(Role.Names.PROVIDER_USER)
class CommentaryView extends Main {

    final ComboBox<YearMonth> month = new ComboBox<>("Assessment month");
    final Grid<ReleasedCase> grid = new Grid<>();
    final Span total = new Span();
    final Anchor download = DownloadLinks.primary(this::writeWorkbook, "");
    final Anchor askAboutMonth = new Anchor();

    private final ModerationService moderation;
    private final long organisationId;

    CommentaryView(ModerationService moderation, CurrentUser currentUser) {
        this.moderation = moderation;
        this.organisationId = java.util.Objects.requireNonNull(currentUser.require().organisationId());
        download.setId("download-commentary");
        addClassName("portal-page");
        List<YearMonth> months = moderation.releasedMonths();
        month.setItems(months);
        month.setItemLabelGenerator(DateFormats::month);
        month.setWidth("13rem");
        if (!months.isEmpty()) {
            month.setValue(months.getFirst());
        }
        month.addValueChangeListener(change -> refresh());

        grid.addColumn(ReleasedCase::reference).setHeader("Case reference").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(row -> DateFormats.month(row.round())).setHeader("Month").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(ReleasedCase::score).setHeader("Score").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(ReleasedCase::result).setHeader("Result").setWidth("6rem").setFlexGrow(1);
        grid.addColumn(row -> DateFormats.dateTime(row.releasedAt())).setHeader("Released").setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(LitRenderer.<ReleasedCase>of("<a href=\"${item.href}\" aria-label=\"${item.label}\">"
                        + "Read commentary</a>")
                .withProperty("href", row -> CaseCommentaryView.path(row.caseId()))
                .withProperty("label", row -> "Read commentary of case " + row.reference()))
                .setHeader("Commentary").setWidth("9rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Released cases");
        grid.setHeight("24rem");
        grid.setItemsPageable(pageable -> month.getValue() == null ? List.of()
                : moderation.released(month.getValue(), pageable),
                pageable -> month.getValue() == null ? 0 : moderation.countReleased(month.getValue()));

        add(new Paragraph("The outcome of each of your cases once the funder has released it: moderated where the "
                + "quality team changed it. Cases still being assessed or moderated do not show here. The workbook "
                + "holds the month's released cases as they are when you download it: until the month ends, more "
                + "may follow."), month, total, download, grid, calibrationLinks());
        refresh();
    }

    /** Calibration requests live in the calibration feature, which depends on this one: linked by route. */
    private Div calibrationLinks() {
        var links = new Div(askAboutMonth, new Span(" · "), new Anchor("calibration-requests",
                "Your calibration requests"));
        links.addClassName("portal-card");
        return links;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        download.setVisible(month.getValue() != null);
        download.getChildren().filter(Span.class::isInstance).map(Span.class::cast).findFirst()
                .ifPresent(text -> text.setText(month.getValue() == null ? ""
                        : "Download the " + DateFormats.month(month.getValue()) + " commentary (Excel)"));
        askAboutMonth.setVisible(month.getValue() != null);
        if (month.getValue() != null) {
            askAboutMonth.setHref("calibration-requests/new?month=" + month.getValue());
            askAboutMonth.setText("Ask for a calibration session on " + DateFormats.month(month.getValue())
                    + "'s outcomes");
        }
        long count = month.getValue() == null ? 0 : moderation.countReleased(month.getValue());
        total.setText(month.getValue() == null ? "No outcomes have been released to you yet."
                : count + (count == 1 ? " case" : " cases") + " released for " + DateFormats.month(month.getValue()));
    }

    /** Streams the chosen month's workbook straight into the response (the service checks the organisation). */
    private void writeWorkbook(DownloadEvent event) throws IOException {
        YearMonth chosen = month.getValue();
        if (chosen == null) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(moderation.commentaryFileName(organisationId, chosen));
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        moderation.exportCommentary(organisationId, chosen, event.getOutputStream());
    }
}
