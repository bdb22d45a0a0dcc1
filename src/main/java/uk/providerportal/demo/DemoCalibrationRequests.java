package uk.providerportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.ReleasedCase;
import uk.providerportal.base.DateFormats;
import uk.providerportal.calendar.WorkingDayCalendar;
import uk.providerportal.calibration.CalibrationRequestMeeting;
import uk.providerportal.calibration.CalibrationRequestService;
import uk.providerportal.calibration.CalibrationRequestSession;
import uk.providerportal.calibration.CalibrationRequestSummary;
import uk.providerportal.organisation.Nation;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.SystemTasks;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserService;

/**
 * Demo calibration requests (issue 11, item 9), where Midlands Debt Trust has none yet: Gareth Evans asks about one
 * of its released cases (left open for Helen Carter), and about the month's outcomes as a whole, which Helen has
 * scheduled as an online session five working days ahead.
 */
@Component
class DemoCalibrationRequests {

    static final String MEETING_LINK = "https://meet.example.org/calibration-midlands";

    private final UserService users;
    private final SystemTasks systemTasks;
    private final ModerationService moderation;
    private final CalibrationRequestService calibration;
    private final WorkingDayCalendar workingDays;
    private final Clock clock;

    DemoCalibrationRequests(UserService users, SystemTasks systemTasks, ModerationService moderation,
                            CalibrationRequestService calibration, WorkingDayCalendar workingDays, Clock clock) {
        this.users = users;
        this.systemTasks = systemTasks;
        this.moderation = moderation;
        this.calibration = calibration;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Called by {@link DemoData} inside its transaction, after the demo assessments are seeded. */
    void seed() {
        if (as("gareth.evans", () -> calibration.countMine(null)) > 0) {
            return;
        }
        List<YearMonth> months = as("gareth.evans", moderation::releasedMonths);
        if (months.isEmpty()) {
            return;
        }
        YearMonth month = months.getFirst();
        List<ReleasedCase> released = as("gareth.evans", () -> moderation.released(month, PageRequest.of(0, 1)));
        if (released.isEmpty()) {
            return;
        }
        as("gareth.evans", () -> calibration.askAboutCase(released.getFirst().caseId(), "Standard 1c: the "
                + "adviser explained the risks of a debt relief order on the follow-up call. Could we go through the "
                + "call recording together?"));
        CalibrationRequestSummary onMonth = as("gareth.evans", () -> calibration.askAboutMonth(month, "We would like "
                + "to understand how 'options explained' is judged across the month's cases."));
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        LocalDate day = workingDays.addWorkingDays(Nation.ENGLAND_AND_WALES, today, 5);
        as("helen.carter", () -> calibration.schedule(onMonth.id(), onMonth.version(), new CalibrationRequestSession(
                day, LocalTime.of(10, 0), CalibrationRequestMeeting.ONLINE, MEETING_LINK)));
    }

    private <T> T as(String subject, Supplier<T> work) {
        UserAccount account = users.findDemoUser(subject).orElseThrow();
        var identity = new PortalIdentity(account.id(), account.name(), account.email(), account.organisationId(),
                null, account.roles(), false);
        List<T> result = new ArrayList<>(1);
        systemTasks.runAsUser(identity, () -> result.add(work.get()));
        return result.getFirst();
    }
}
