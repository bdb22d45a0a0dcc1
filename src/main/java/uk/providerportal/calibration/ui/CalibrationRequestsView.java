package uk.providerportal.calibration.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.calibration.CalibrationRequestService;
import uk.providerportal.calibration.CalibrationRequestSummary;
import uk.providerportal.security.Role;

/**
 * A provider's calibration requests (issue 11, item 9): its organisation's requests, newest first, each with its
 * status, session or answer; with {@code ?case=} only those on one released case, with the way back to its
 * commentary.
 */
@Route("calibration-requests")
@PageTitle("Calibration requests")
@Menu(order = 24.5, icon = "vaadin:calendar-user", title = "Calibration requests")
@RolesAllowed(Role.Names.PROVIDER_USER)
class CalibrationRequestsView extends Main implements BeforeEnterObserver {

    static final String PATH = "calibration-requests";

    static String path(long requestId) {
        return PATH + "/" + requestId;
    }

    final Paragraph scope = new Paragraph();
    final Div links = new Div();
    final Span total = new Span();
    final Grid<CalibrationRequestSummary> grid = new Grid<>();

    private final CalibrationRequestService calibration;
    private final ModerationService moderation;
    private @Nullable Long caseId;

    CalibrationRequestsView(CalibrationRequestService calibration, ModerationService moderation) {
        this.calibration = calibration;
        this.moderation = moderation;
        addClassName("portal-page");
        grid.addColumn(CalibrationRequestSummary::about).setHeader("About").setSortProperty("roundMonth")
                .setWidth("12rem").setFlexGrow(2);
        grid.addColumn(row -> DateFormats.dateTime(row.requestedAt())).setHeader("Asked")
                .setSortProperty("requestedAt").setWidth("11rem").setFlexGrow(1);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setSortProperty("status").setWidth("9rem")
                .setFlexGrow(1);
        grid.addColumn(row -> row.sessionText().isEmpty() ? row.answer() == null ? "" : "Answered in writing"
                : row.sessionText()).setHeader("Session or answer").setWidth("14rem").setFlexGrow(2);
        grid.addColumn(LitRenderer.<CalibrationRequestSummary>of("<a href=\"${item.href}\" "
                        + "aria-label=\"${item.label}\">Open</a>")
                .withProperty("href", row -> path(row.id()))
                .withProperty("label", row -> "Open the calibration request on " + row.about()))
                .setHeader("Request").setWidth("6rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Your calibration requests");
        grid.setHeight("24rem");
        grid.setItemsPageable(pageable -> calibration.mine(caseId, pageable), pageable -> calibration.countMine(caseId));
        add(new Paragraph("Ask the funder's quality team for a calibration session on one of your released cases, "
                + "or on a month's released outcomes as a whole. The quality team schedules a session or answers in "
                + "writing; both show here."), scope, links, total, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String text = event.getLocation().getQueryParameters().getSingleParameter("case").orElse(null);
        links.removeAll();
        if (text == null) {
            caseId = null;
            scope.setText("Every request of your organisation, newest first.");
            links.add(new Anchor(CalibrationRequestFormView.PATH, "Ask for a calibration session"));
        } else {
            try {
                long id = Long.parseLong(text);
                var commentary = moderation.commentary(id);
                caseId = id;
                scope.setText("Requests on case " + commentary.reference() + ", "
                        + DateFormats.month(commentary.round()) + ".");
                links.add(new Anchor("assessment/commentary/" + id, "Back to the commentary of case "
                        + commentary.reference()), new Span(" · "), new Anchor(CalibrationRequestFormView.PATH
                        + "?case=" + id, "Ask for a calibration session on this case"));
            } catch (NumberFormatException | ItemNotFoundException notFound) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        long count = calibration.countMine(caseId);
        total.setText(count == 0 ? "No calibration requests yet." : count + (count == 1 ? " request" : " requests"));
    }
}
