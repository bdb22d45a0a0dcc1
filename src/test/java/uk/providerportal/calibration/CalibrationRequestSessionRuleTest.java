package uk.providerportal.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.providerportal.base.ChangeRefused;

/** A calibration session: a UK date and time still ahead, and an https meeting link or a place. */
class CalibrationRequestSessionRuleTest {

    // 9:00 UTC on 1 July 2030 is 10:00 in London (summer time).
    static final Clock CLOCK = Clock.fixed(Instant.parse("2030-07-01T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2030, 7, 1);

    static CalibrationRequestSession online(LocalDate date, LocalTime time, String link) {
        return new CalibrationRequestSession(date, time, CalibrationRequestMeeting.ONLINE, link);
    }

    static String refusedField(CalibrationRequestSession session) {
        try {
            CalibrationRequestSessionRule.check(session, CLOCK);
        } catch (ChangeRefused refused) {
            return refused.field() + ": " + refused.getMessage();
        }
        return "accepted";
    }

    @Test
    void aSessionLaterToday_inUkTime_isAccepted_andOneAMinuteAgoIsNot() {
        assertThat(CalibrationRequestSessionRule.check(online(TODAY, LocalTime.of(10, 1), "https://meet.example.org/a"),
                CLOCK)).isEqualTo(Instant.parse("2030-07-01T09:01:00Z"));
        assertThat(refusedField(online(TODAY, LocalTime.of(10, 0), "https://meet.example.org/a")))
                .isEqualTo("date: The session on 1 July 2030, 10:00 would be in the past: choose a date and time "
                        + "still to come.");
    }

    @Test
    void aMeetingLink_mustBeHttpsWithAHost_andNoUserInformation() {
        LocalDate later = TODAY.plusDays(1);
        assertThat(refusedField(online(later, LocalTime.NOON, "https://meet.example.org/x?id=1"))).isEqualTo("accepted");
        for (String link : new String[] {"http://meet.example.org", "javascript:alert(1)", "https:///nohost",
                "meet.example.org", "https://user:pw@meet.example.org", "https://meet.example.org/a b"}) {
            assertThat(refusedField(online(later, LocalTime.NOON, link))).as(link).startsWith("where: The meeting link");
        }
    }

    @Test
    void everyPartIsNamed_whenMissing() {
        LocalDate later = TODAY.plusDays(1);
        assertThat(refusedField(new CalibrationRequestSession(null, LocalTime.NOON, null, null))).startsWith("date:");
        assertThat(refusedField(new CalibrationRequestSession(later, null, null, null))).startsWith("time:");
        assertThat(refusedField(new CalibrationRequestSession(later, LocalTime.NOON, null, "x"))).startsWith("meeting:");
        assertThat(refusedField(new CalibrationRequestSession(later, LocalTime.NOON,
                CalibrationRequestMeeting.IN_PERSON, "  "))).isEqualTo("where: Give the place of the session.");
        assertThat(refusedField(new CalibrationRequestSession(later, LocalTime.NOON,
                CalibrationRequestMeeting.IN_PERSON, "x".repeat(501)))).startsWith("where: Keep the place to 500");
        assertThat(refusedField(new CalibrationRequestSession(later, LocalTime.NOON,
                CalibrationRequestMeeting.IN_PERSON, "Room 4\nFloor 2"))).isEqualTo("where: The place must be on one "
                + "line.");
    }

    @Test
    void statusMoves_scheduledOrAnswered_thenClosed_andClosedIsFinal() {
        assertThat(CalibrationRequestStatus.REQUESTED.canMoveTo(CalibrationRequestStatus.SCHEDULED)).isTrue();
        assertThat(CalibrationRequestStatus.REQUESTED.canMoveTo(CalibrationRequestStatus.ANSWERED)).isTrue();
        assertThat(CalibrationRequestStatus.REQUESTED.canMoveTo(CalibrationRequestStatus.CLOSED)).isFalse();
        assertThat(CalibrationRequestStatus.SCHEDULED.canMoveTo(CalibrationRequestStatus.SCHEDULED)).isTrue();
        assertThat(CalibrationRequestStatus.ANSWERED.canMoveTo(CalibrationRequestStatus.SCHEDULED)).isFalse();
        assertThat(CalibrationRequestStatus.ANSWERED.canMoveTo(CalibrationRequestStatus.CLOSED)).isTrue();
        for (CalibrationRequestStatus next : CalibrationRequestStatus.values()) {
            assertThat(CalibrationRequestStatus.CLOSED.canMoveTo(next)).isFalse();
        }
    }
}
