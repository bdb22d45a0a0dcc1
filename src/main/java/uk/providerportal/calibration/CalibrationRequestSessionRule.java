package uk.providerportal.calibration;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;

/**
 * A session must name a date and a time in the UK that are still ahead (by the injected clock), how it is held, and
 * where: an https meeting link with a host for an online session (the provider opens it, so nothing else is
 * accepted), or a place for one in person.
 */
final class CalibrationRequestSessionRule {

    static final int MAX_WHERE = 500;

    private CalibrationRequestSessionRule() {
    }

    /** The session's start as an instant; refused naming the field at fault. */
    static Instant check(CalibrationRequestSession session, Clock clock) {
        if (session.date() == null) {
            throw new ChangeRefused("date", "Choose the date of the session.");
        }
        if (session.time() == null) {
            throw new ChangeRefused("time", "Choose the time the session starts (UK time).");
        }
        Instant at = LocalDateTime.of(session.date(), session.time()).atZone(DateFormats.ZONE).toInstant();
        if (!at.isAfter(clock.instant())) {
            throw new ChangeRefused("date", "The session on " + DateFormats.dateTime(at) + " would be in the past: "
                    + "choose a date and time still to come.");
        }
        if (session.meeting() == null) {
            throw new ChangeRefused("meeting", "Choose how the session is held: online or in person.");
        }
        String where = session.where() == null ? "" : session.where().strip();
        String label = session.meeting().whereLabel();
        if (where.isEmpty()) {
            throw new ChangeRefused("where", session.meeting() == CalibrationRequestMeeting.ONLINE
                    ? "Give the meeting link, starting https://." : "Give the place of the session.");
        }
        if (where.length() > MAX_WHERE) {
            throw new ChangeRefused("where", "Keep the " + label.toLowerCase(DateFormats.LOCALE) + " to " + MAX_WHERE
                    + " characters or fewer: it has " + where.length() + ".");
        }
        if (where.chars().anyMatch(Character::isISOControl)) {
            throw new ChangeRefused("where", "The " + label.toLowerCase(DateFormats.LOCALE) + " must be on one line.");
        }
        if (session.meeting() == CalibrationRequestMeeting.ONLINE && !isHttpsLink(where)) {
            throw new ChangeRefused("where", "The meeting link must be a web address starting https://, e.g. "
                    + "https://meet.example.org/calibration.");
        }
        return at;
    }

    static boolean isHttpsLink(String text) {
        try {
            URI uri = new URI(text);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank()
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException notALink) {
            return false;
        }
    }
}
