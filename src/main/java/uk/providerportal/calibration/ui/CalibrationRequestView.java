package uk.providerportal.calibration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.calibration.CalibrationRequestMeeting;
import uk.providerportal.calibration.CalibrationRequestService;
import uk.providerportal.calibration.CalibrationRequestSession;
import uk.providerportal.calibration.CalibrationRequestStatus;
import uk.providerportal.calibration.CalibrationRequestSummary;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/**
 * One calibration request (issue 11, item 9): what was asked and what became of it, for its provider and the quality
 * team; a quality manager schedules the session (or moves it), answers in writing, and closes it here. The page
 * links back to the case it is about.
 */
@Route("calibration-requests/:requestId")
@PageTitle("Calibration request")
@RolesAllowed({Role.Names.PROVIDER_USER, Role.Names.QUALITY_MANAGER, Role.Names.ADMIN})
class CalibrationRequestView extends Main implements BeforeEnterObserver {

    final H2 title = new H2();
    final Div links = new Div();
    final Div facts = new Div();

    final DatePicker date = DatePickers.ukDatePicker("Date of the session");
    final TimePicker time = new TimePicker("Start time (UK)");
    final RadioButtonGroup<CalibrationRequestMeeting> meeting = new RadioButtonGroup<>("How it is held");
    final TextField where = new TextField(CalibrationRequestMeeting.ONLINE.whereLabel());
    final Button schedule = new Button("Schedule session");
    final Section scheduling = new Section();

    final TextArea answer = new TextArea("Answer for the provider");
    final Button sendAnswer = new Button("Send answer");
    final Section answering = new Section();

    final TextArea closingNote = new TextArea("Closing note for the provider (optional)");
    final Button close = new Button("Close request");
    final Section closing = new Section();

    private final CalibrationRequestService calibration;
    private final boolean qualityManager;
    private final boolean provider;
    private @Nullable CalibrationRequestSummary shown;

    CalibrationRequestView(CalibrationRequestService calibration, CurrentUser currentUser, Clock clock) {
        this.calibration = calibration;
        var me = currentUser.require();
        this.qualityManager = me.hasRole(Role.QUALITY_MANAGER);
        this.provider = me.hasRole(Role.PROVIDER_USER);
        addClassName("portal-page");

        date.setMin(LocalDate.now(clock.withZone(DateFormats.ZONE)));
        time.setLocale(DateFormats.LOCALE);
        time.setStep(Duration.ofMinutes(15));
        time.setWidth("10rem");
        meeting.setItems(CalibrationRequestMeeting.values());
        meeting.setItemLabelGenerator(CalibrationRequestMeeting::label);
        meeting.setValue(CalibrationRequestMeeting.ONLINE);
        meeting.addValueChangeListener(change -> where.setLabel(change.getValue() == null
                ? "Meeting link or place" : change.getValue().whereLabel()));
        where.setWidthFull();
        where.setMaxLength(500);
        where.setHelperText("A meeting link starts https://; a place is an address or a room.");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(click -> schedule());
        var when = new HorizontalLayout(date, time);
        when.setAlignItems(FlexComponent.Alignment.BASELINE);
        when.setWrap(true);
        scheduling.add(new H2("Schedule a session"), when, meeting, where, schedule);
        scheduling.addClassName("portal-card");

        answer.setMaxLength(4000);
        answer.setWidthFull();
        answer.setMinHeight("6rem");
        sendAnswer.addClickListener(click -> answer());
        answering.add(new H2("Answer in writing"), new Paragraph("Instead of a session, or after it: the provider "
                + "reads this answer with the request."), answer, sendAnswer);
        answering.addClassName("portal-card");

        closingNote.setMaxLength(1000);
        closingNote.setWidthFull();
        close.addClickListener(click -> close());
        closing.add(new H2("Close the request"), closingNote, close);
        closing.addClassName("portal-card");

        add(links, title, facts, scheduling, answering, closing);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(calibration.request(Long.parseLong(event.getRouteParameters().get("requestId").orElse(""))));
        } catch (NumberFormatException | ItemNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void show(CalibrationRequestSummary request) {
        this.shown = request;
        title.setText("Calibration request: " + request.about());
        links.removeAll();
        if (provider) {
            links.add(new Anchor(CalibrationRequestsView.PATH, "Back to your calibration requests"));
            if (request.caseId() != null) {
                links.add(new Span(" · "), new Anchor("assessment/commentary/" + request.caseId(),
                        "Read the commentary of case " + request.caseReference()));
            }
        } else if (qualityManager) {
            // An admin may read a request by its address; the queue and the case page are the quality team's.
            links.add(new Anchor(CalibrationRequestQueueView.PATH, "Back to calibration requests"));
            if (request.caseId() != null) {
                links.add(new Span(" · "), new Anchor("quality/moderation/" + request.caseId(),
                        "Open case " + request.caseReference()));
            }
        }
        facts.removeAll();
        facts.add(new CalibrationRequestFacts(request));
        CalibrationRequestStatus status = request.status();
        scheduling.setVisible(qualityManager && status.canMoveTo(CalibrationRequestStatus.SCHEDULED));
        answering.setVisible(qualityManager && status.canMoveTo(CalibrationRequestStatus.ANSWERED));
        closing.setVisible(qualityManager && status.canMoveTo(CalibrationRequestStatus.CLOSED));
        schedule.setText(request.sessionAt() == null ? "Schedule session" : "Move session");
        if (request.sessionAt() != null) {
            var local = request.sessionAt().atZone(DateFormats.ZONE);
            date.setValue(local.toLocalDate());
            time.setValue(local.toLocalTime());
            meeting.setValue(request.meeting());
            where.setValue(Objects.requireNonNullElse(request.where(), ""));
        }
    }

    void schedule() {
        act(() -> calibration.schedule(current().id(), current().version(), new CalibrationRequestSession(
                date.getValue(), time.getValue(), meeting.getValue(), where.getValue())),
                done -> "Scheduled the session for " + done.sessionText() + ". The provider sees it with the request.");
    }

    void answer() {
        act(() -> calibration.answer(current().id(), current().version(), answer.getValue()),
                done -> "Sent the answer. The provider reads it with the request; close the request when done.");
    }

    void close() {
        act(() -> calibration.close(current().id(), current().version(), closingNote.getValue()),
                done -> "Closed the request on " + done.about() + ".");
    }

    private CalibrationRequestSummary current() {
        return Objects.requireNonNull(shown);
    }

    private void act(java.util.function.Supplier<CalibrationRequestSummary> action,
                     java.util.function.Function<CalibrationRequestSummary, String> message) {
        Map<String, com.vaadin.flow.component.shared.HasValidationProperties> fields = Map.of("date", date,
                "time", time, "meeting", meeting, "where", where, "answer", answer, "closingNote", closingNote);
        try {
            CalibrationRequestSummary done = action.get();
            FieldErrors.clear(fields);
            show(done);
            Notifications.success(message.apply(done));
        } catch (ChangeRefused refused) {
            FieldErrors.show(refused, fields);
        }
    }
}
