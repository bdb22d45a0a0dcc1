package uk.providerportal.contractreview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.contractreview.ContractReviewRecord;
import uk.providerportal.contractreview.ContractReviewService;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/**
 * A contract's performance reviews: each month's meeting, when the management information is due, whether it was
 * held, and the review pack to download before the meeting. A quality manager chooses the organisation and schedules
 * the next review.
 */
@Route("performance/reviews")
@PageTitle("Contract performance reviews")
@Menu(order = 15, icon = "vaadin:calendar-user", title = "Contract reviews")
@RolesAllowed({Role.Names.PROVIDER_USER, Role.Names.QUALITY_MANAGER})
class ContractReviewsView extends Main {

    final ComboBox<OrganisationSummary> organisation = new ComboBox<>("Contract (delivery partner)");
    final Grid<ContractReviewRecord> grid = new Grid<>();
    final ComboBox<YearMonth> month = new ComboBox<>("Month reviewed");
    final DatePicker meetingOn = DatePickers.ukDatePicker("Meeting date");
    final TextField attendees = new TextField("Invited");
    final Button schedule = new Button("Schedule review");
    final Paragraph empty = new Paragraph();

    private final ContractReviewService reviews;
    private @Nullable Long organisationId;

    ContractReviewsView(ContractReviewService reviews, OrganisationService organisations, CurrentUser currentUser,
                        Clock clock) {
        this.reviews = reviews;
        addClassName("portal-page");
        boolean provider = currentUser.require().hasRole(Role.PROVIDER_USER);
        grid.addColumn(r -> DateFormats.month(r.month())).setHeader("Month reviewed")
                .setComparator(ContractReviewRecord::month).setFlexGrow(1);
        grid.addColumn(r -> DateFormats.date(r.meetingOn())).setHeader("Meeting")
                .setComparator(ContractReviewRecord::meetingOn).setFlexGrow(1);
        grid.addColumn(r -> DateFormats.date(r.informationDueOn())).setHeader("Management information due")
                .setComparator(ContractReviewRecord::informationDueOn).setFlexGrow(1);
        grid.addColumn(r -> r.held() ? "Held, " + uk.providerportal.base.Plural.of(r.actions().size(), "agreed action")
                        : "Scheduled")
                .setHeader("Status").setSortable(true).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(r -> PackLinks.of(reviews, r))).setHeader("Review pack")
                .setFlexGrow(2);
        grid.addColumn(LitRenderer.<ContractReviewRecord>of("<a href=\"${item.href}\" aria-label=\"${item.label}\">"
                        + "Open</a>")
                .withProperty("href", r -> ContractReviewView.path(r.id()))
                .withProperty("label", r -> "Open the review of " + DateFormats.month(r.month())))
                .setHeader("Review").setFlexGrow(0).setWidth("7rem");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Contract performance reviews");
        grid.setId("contract-reviews");
        empty.setId("contract-reviews-empty");
        add(new Paragraph("Each month the performance manager and the partner review the contract: performance in "
                + "month, rolling and cumulative, the action plan, good news stories, compliance findings and "
                + "customer insight. The review pack is built from the portal's data; download it before the "
                + "meeting. The partner's management information is due a set number of working days before it "
                + "(shown for each review)."));
        if (provider) {
            organisations.ownOrganisation().ifPresent(own -> organisationId = own.id());
        } else {
            organisation.setItems(organisations.visibleOrganisations().stream().filter(OrganisationSummary::active)
                    .toList());
            organisation.setItemLabelGenerator(OrganisationSummary::name);
            organisation.setWidth("min(24rem, 100%)");
            organisation.addValueChangeListener(change -> {
                organisationId = change.getValue() == null ? null : change.getValue().id();
                show();
            });
            YearMonth now = YearMonth.now(clock.withZone(DateFormats.ZONE));
            List<YearMonth> months = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                months.add(now.minusMonths(i));
            }
            month.setItems(months);
            month.setItemLabelGenerator(DateFormats::month);
            month.setValue(now.minusMonths(1));
            attendees.setMaxLength(1000);
            attendees.setWidth("min(30rem, 100%)");
            attendees.setHelperText("For example: Helen Carter (performance manager), the partner's contract lead.");
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            schedule.setId("schedule-review");
            schedule.addClickListener(click -> schedule());
            add(organisation);
        }
        add(new Section(new H3("Reviews"), empty, grid));
        if (!provider) {
            add(new Section(new H3("Schedule a review"), new HorizontalLayout(month, meetingOn), attendees,
                    schedule));
        }
        show();
    }

    private void schedule() {
        Map<String, DatePicker> fields = Map.of("meetingOn", meetingOn);
        FieldErrors.clear(fields);
        if (organisationId == null) {
            organisation.setInvalid(true);
            organisation.setErrorMessage("Choose the contract first.");
            return;
        }
        if (meetingOn.getValue() == null || month.getValue() == null) {
            meetingOn.setInvalid(true);
            meetingOn.setErrorMessage("Enter the meeting date, for example 6 March 2026.");
            return;
        }
        try {
            ContractReviewRecord saved = reviews.schedule(organisationId, month.getValue(), meetingOn.getValue(),
                    attendees.getValue());
            Notifications.success("Review of " + DateFormats.month(saved.month()) + " scheduled for "
                    + DateFormats.date(saved.meetingOn()) + "; management information due by "
                    + DateFormats.date(saved.informationDueOn()) + ". The partner is told by email.");
            show();
        } catch (ChangeRefused refused) {
            FieldErrors.show(refused, fields);
        }
    }

    private void show() {
        schedule.setEnabled(organisationId != null);
        List<ContractReviewRecord> rows = organisationId == null ? List.of() : reviews.reviews(organisationId);
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setText(organisationId == null ? "Choose a contract to see its reviews."
                : rows.isEmpty() ? "No review is scheduled yet." : "");
        empty.setVisible(organisationId == null || rows.isEmpty());
    }
}
