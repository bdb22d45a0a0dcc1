package uk.providerportal.calibration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.MonthLock;
import uk.providerportal.assessment.OutcomeLockService;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.calibration.CalibrationRequestQuery;
import uk.providerportal.calibration.CalibrationRequestService;
import uk.providerportal.calibration.CalibrationRequestStatus;
import uk.providerportal.calibration.CalibrationRequestSummary;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Role;

/**
 * The quality team's calibration requests (issue 11, items 9 and 10): the open requests, oldest first, filtered by
 * status and delivery partner (or, with {@code ?case=}, those on one case); and locking a month's outcomes once it
 * is calibrated.
 */
@Route("quality/calibration-requests")
@PageTitle("Calibration requests")
@Menu(order = 35, icon = "vaadin:calendar-user", title = "Calibration requests")
@RolesAllowed(Role.Names.QUALITY_MANAGER)
class CalibrationRequestQueueView extends Main implements BeforeEnterObserver {

    static final String PATH = "quality/calibration-requests";

    final Select<@Nullable CalibrationRequestStatus> status = new Select<>();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>("Delivery partner");
    final Div caseScope = new Div();
    final Span total = new Span();
    final Grid<CalibrationRequestSummary> grid = new Grid<>();

    final ComboBox<YearMonth> lockMonth = new ComboBox<>("Assessment month");
    final Paragraph lockState = new Paragraph();
    final TextArea lockNote = new TextArea("Note: the calibration that agreed the outcomes");
    final Button lock = new Button("Lock the outcomes");

    private final CalibrationRequestService calibration;
    private final OutcomeLockService locks;
    private @Nullable Long caseId;

    CalibrationRequestQueueView(CalibrationRequestService calibration, OutcomeLockService locks,
                                OrganisationService organisations, Clock clock) {
        this.calibration = calibration;
        this.locks = locks;
        addClassName("portal-page");

        status.setLabel("Status");
        status.setItems(CalibrationRequestStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Open (not closed)");
        status.setItemLabelGenerator(s -> s == null ? "Open (not closed)" : s.label());
        status.setWidth("14rem");
        status.addValueChangeListener(change -> refresh());
        organisation.setItems(organisations.visibleOrganisations());
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setClearButtonVisible(true);
        organisation.setWidth("18rem");
        organisation.addValueChangeListener(change -> refresh());
        var filters = new HorizontalLayout(status, organisation);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(row -> DateFormats.dateTime(row.requestedAt())).setHeader("Asked")
                .setSortProperty("requestedAt").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(CalibrationRequestSummary::organisationName).setHeader("Delivery partner")
                .setSortProperty("organisationId").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(CalibrationRequestSummary::about).setHeader("About").setSortProperty("roundMonth")
                .setWidth("12rem").setFlexGrow(2);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setSortProperty("status").setWidth("9rem")
                .setFlexGrow(1);
        grid.addColumn(CalibrationRequestSummary::sessionText).setHeader("Session").setWidth("12rem").setFlexGrow(2);
        grid.addColumn(LitRenderer.<CalibrationRequestSummary>of("<a href=\"${item.href}\" "
                        + "aria-label=\"${item.label}\">Open</a>")
                .withProperty("href", row -> CalibrationRequestsView.path(row.id()))
                .withProperty("label", row -> "Open the request of " + row.organisationName() + " on "
                        + row.about()))
                .setHeader("Request").setWidth("6rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Calibration requests");
        grid.setHeight("24rem");
        grid.setItemsPageable(pageable -> calibration.requests(query(), pageable),
                pageable -> calibration.countRequests(query()));
        var requests = new Section(new H2("Requests from delivery partners"), new Paragraph("Oldest first. Open one "
                + "to schedule a session or answer in writing, then close it."), filters, caseScope, total, grid);

        YearMonth now = YearMonth.now(clock.withZone(DateFormats.ZONE));
        lockMonth.setItems(IntStream.rangeClosed(0, 11).mapToObj(now::minusMonths).toList());
        lockMonth.setItemLabelGenerator(DateFormats::month);
        lockMonth.setWidth("16rem");
        lockMonth.setValue(now.minusMonths(1));
        lockMonth.addValueChangeListener(change -> showLock());
        lockNote.setMaxLength(1000);
        lockNote.setWidthFull();
        lockNote.setHelperText("Required; the quality team sees it with the lock.");
        lock.addClickListener(click -> lock());
        var locking = new Section(new H2("Lock a month after calibration"), new Paragraph("Once locked, assessors "
                + "can no longer save or submit the month's scorecards, and moderating or amending its outcomes "
                + "needs a quality manager's reason, which is recorded. A lock cannot be undone."), lockMonth,
                lockState, lockNote, lock);
        locking.addClassName("portal-card");
        lockState.getElement().setAttribute("role", "status");

        add(requests, locking);
        showLock();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseScope.removeAll();
        caseId = event.getLocation().getQueryParameters().getSingleParameter("case").map(text -> {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }).orElse(null);
        if (caseId != null) {
            caseScope.add(new Paragraph("Every request on one case, whatever its status."),
                    new Anchor("quality/moderation/" + caseId, "Back to the case"), new Span(" · "),
                    new Anchor(PATH, "Every open request"));
        }
        refresh();
    }

    CalibrationRequestQuery query() {
        return new CalibrationRequestQuery(status.getValue(), organisation.getValue() == null ? null
                : organisation.getValue().id(), caseId);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        long count = calibration.countRequests(query());
        total.setText(count + (count == 1 ? " request" : " requests"));
    }

    void showLock() {
        YearMonth month = lockMonth.getValue();
        MonthLock current = month == null ? null : locks.lock(month).orElse(null);
        lockState.setText(month == null ? "" : current == null ? DateFormats.month(month) + "'s outcomes are not "
                + "locked." : current.lockedSince() + ": " + current.note());
        lock.setEnabled(month != null && current == null);
        lockNote.setEnabled(month != null && current == null);
    }

    void lock() {
        YearMonth month = lockMonth.getValue();
        if (month == null) {
            lockMonth.setErrorMessage("Choose the month to lock.");
            lockMonth.setInvalid(true);
            return;
        }
        try {
            MonthLock locked = locks.lockMonth(month, lockNote.getValue());
            FieldErrors.clear(Map.of("note", lockNote, "month", lockMonth));
            lockNote.clear();
            showLock();
            Notifications.success(locked.lockedSince() + ". Changes now need a quality manager and a reason.");
        } catch (ChangeRefused refused) {
            FieldErrors.show(refused, Map.of("note", lockNote, "month", lockMonth));
        }
    }
}
