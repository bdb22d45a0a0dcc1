package uk.providerportal.calibration.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import uk.providerportal.base.DateFormats;
import uk.providerportal.calibration.CalibrationRequestMeeting;
import uk.providerportal.calibration.CalibrationRequestSummary;

/** What a calibration request asked and what became of it, as the provider and the quality team both read it. */
final class CalibrationRequestFacts extends Div {

    CalibrationRequestFacts(CalibrationRequestSummary request) {
        addClassName("portal-card");
        var list = new DescriptionList();
        term(list, "About", new Span(request.about()));
        term(list, "Delivery partner", new Span(request.organisationName()));
        term(list, "Status", new Span(request.status().label()));
        term(list, "Asked", new Span("By " + request.requestedBy() + " on " + DateFormats.dateTime(
                request.requestedAt())));
        term(list, "To discuss", new Span(request.topic()));
        if (request.sessionAt() != null && request.meeting() != null) {
            term(list, "Session", new Span(request.sessionText() + (request.scheduledBy() == null ? ""
                    : "; scheduled by " + request.scheduledBy())));
            if (request.meeting() == CalibrationRequestMeeting.ONLINE && request.where() != null) {
                // The service accepts only https links with a host, so this is never script or another scheme.
                var link = new Anchor(request.where(), request.where());
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                term(list, "Meeting link", link);
            }
        }
        if (request.answer() != null) {
            term(list, "Answer", new Span(request.answer() + " (" + request.answeredBy() + ", "
                    + DateFormats.dateTime(java.util.Objects.requireNonNull(request.answeredAt())) + ")"));
        }
        if (request.closedAt() != null) {
            term(list, "Closed", new Span("By " + request.closedBy() + " on " + DateFormats.dateTime(
                    request.closedAt()) + (request.closingNote() == null ? "" : ": " + request.closingNote())));
        }
        add(list);
    }

    private static void term(DescriptionList list, String term, com.vaadin.flow.component.Component description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }
}
