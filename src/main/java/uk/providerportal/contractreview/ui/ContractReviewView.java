package uk.providerportal.contractreview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.contractreview.AgendaItem;
import uk.providerportal.contractreview.AgreedAction;
import uk.providerportal.contractreview.ContractReviewRecord;
import uk.providerportal.contractreview.ContractReviewService;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/**
 * One contract performance review: the meeting, the agenda, the pack, and once held its notes and agreed actions. The
 * performance manager records the meeting here; agreed actions flow into the contract's action plan.
 */
@Route("performance/reviews/:reviewId")
@PageTitle("Contract performance review")
@RolesAllowed({Role.Names.PROVIDER_USER, Role.Names.QUALITY_MANAGER})
class ContractReviewView extends Main implements BeforeEnterObserver {

    static final int ACTION_ROWS = 4;

    static String path(long reviewId) {
        return "performance/reviews/" + reviewId;
    }

    record ActionRow(TextField what, TextField owner, DatePicker dueOn) {
    }

    final H2 title = new H2("Contract performance review");
    final Div details = new Div();
    final Section record = new Section();
    final TextField attendees = new TextField("Attendees");
    final TextArea notes = new TextArea("Notes of the meeting");
    final List<ActionRow> actionRows = new ArrayList<>();
    final Button save = new Button("Record the review");

    private final ContractReviewService reviews;
    private final boolean manager;
    private long reviewId;
    private ContractReviewRecord shown;

    ContractReviewView(ContractReviewService reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.manager = currentUser.require().hasRole(Role.QUALITY_MANAGER);
        addClassName("portal-page");
        attendees.setMaxLength(1000);
        attendees.setWidthFull();
        notes.setMaxLength(6000);
        notes.setWidthFull();
        notes.setMinHeight("8rem");
        record.add(new H3("Record the meeting"), attendees, notes, new H3("Agreed actions"),
                new Paragraph("Each agreed action goes into the contract's action plan. Leave a row empty if it is "
                        + "not needed."));
        for (int i = 1; i <= ACTION_ROWS; i++) {
            var what = new TextField("Action " + i);
            what.setMaxLength(500);
            what.setWidth("min(28rem, 100%)");
            var owner = new TextField("Owner of action " + i);
            owner.setMaxLength(200);
            var due = DatePickers.ukDatePicker("Action " + i + " due");
            actionRows.add(new ActionRow(what, owner, due));
            record.add(new HorizontalLayout(what, owner, due));
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("record-review");
        save.addClickListener(click -> save());
        record.add(save);
        add(title, details, record, new Anchor("performance/reviews", "Back to the reviews"));
        this.shown = null;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            reviewId = Long.parseLong(event.getRouteParameters().get("reviewId").orElse(""));
            show(reviews.review(reviewId));
        } catch (NumberFormatException | ItemNotFoundException notFound) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(ContractReviewRecord review) {
        shown = review;
        title.setText("Review of " + review.organisationName() + ", " + DateFormats.month(review.month()));
        details.removeAll();
        var list = new DescriptionList();
        list.add(new DescriptionList.Term("Meeting"), new DescriptionList.Description(DateFormats.date(
                review.meetingOn()) + (review.held() ? " (held)" : "")));
        list.add(new DescriptionList.Term("Management information due"), new DescriptionList.Description(
                DateFormats.date(review.informationDueOn())));
        list.add(new DescriptionList.Term("Attendees"), new DescriptionList.Description(review.attendees().isBlank()
                ? "Not recorded yet" : review.attendees()));
        list.add(new DescriptionList.Term("Review pack"), new DescriptionList.Description(PackLinks.of(reviews,
                review)));
        var card = new Div(list);
        card.addClassName("portal-card");
        var agenda = new UnorderedList();
        for (AgendaItem item : AgendaItem.values()) {
            agenda.add(new ListItem(item.label()));
        }
        details.add(card, new Section(new H3("Agenda"), agenda));
        if (review.held()) {
            var actions = new UnorderedList();
            review.actions().forEach(a -> actions.add(new ListItem(a.what() + " (" + a.owner() + ", due "
                    + DateFormats.date(a.dueOn()) + ")")));
            details.add(new Section(new H3("Notes"), new Paragraph(review.notes().isBlank() ? "No notes recorded."
                    : review.notes())), new Section(new H3("Agreed actions"), review.actions().isEmpty()
                    ? new Paragraph("No actions were agreed.") : actions));
        }
        attendees.setValue(review.attendees());
        record.setVisible(manager && !review.held());
    }

    private void save() {
        Map<String, com.vaadin.flow.component.shared.HasValidationProperties> fields = Map.of("attendees", attendees,
                "notes", notes);
        FieldErrors.clear(fields);
        List<AgreedAction> actions = new ArrayList<>();
        for (ActionRow row : actionRows) {
            boolean empty = row.what().isEmpty() && row.owner().isEmpty() && row.dueOn().getValue() == null;
            if (empty) {
                continue;
            }
            if (row.dueOn().getValue() == null) {
                row.dueOn().setInvalid(true);
                row.dueOn().setErrorMessage("Enter when it is due, for example 6 March 2026.");
                return;
            }
            actions.add(new AgreedAction(row.what().getValue(), row.owner().getValue(), row.dueOn().getValue()));
        }
        try {
            ContractReviewRecord saved = reviews.record(reviewId, shown.version(), attendees.getValue(),
                    notes.getValue(), actions);
            Notifications.success("Review recorded with " + uk.providerportal.base.Plural.of(saved.actions().size(),
                    "agreed action") + ", now in the contract's action plan.");
            show(saved);
        } catch (ChangeRefused refused) {
            FieldErrors.show(refused, fields);
        } catch (ObjectOptimisticLockingFailureException stale) {
            Notifications.error("Someone recorded this review while you had it open. It is shown as it is now.");
            show(reviews.review(reviewId));
        }
    }
}
