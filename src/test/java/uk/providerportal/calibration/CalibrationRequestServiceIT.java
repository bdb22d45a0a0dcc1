package uk.providerportal.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.Scorecard;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.triage.TriageService;

/**
 * Calibration requests on the database (issue 11, item 9): a provider asks only on its own organisation's released
 * cases and months; the quality manager schedules (validated) or answers, then closes; every move audited.
 */
@PortalTest
class CalibrationRequestServiceIT {

    static final String QUALITY_MANAGER = "helen.carter";
    static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired TriageService triage;
    @Autowired AssessmentService assessments;
    @Autowired ModerationService moderation;
    @Autowired CalibrationRequestService calibration;

    CalibrationFixtures cases;
    YearMonth month;
    Fixtures.Partner partner;
    Fixtures.Partner other;
    String assessor;

    @BeforeEach
    void setUp() {
        cases = new CalibrationFixtures(fixtures, signInAs, jdbc, triage, assessments, moderation);
        month = YearMonth.of(2048, 1).plusMonths(NEXT.incrementAndGet());
        fixtures.today(month.atDay(10).toString());
        partner = fixtures.partner();
        other = fixtures.partner();
        assessor = fixtures.assessor();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static final Pageable PAGE = PageRequest.of(0, 50);

    long audited(String action, Object entityId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and entity_id = ?", Long.class,
                action, String.valueOf(entityId));
    }

    CalibrationRequestSummary asked(Scorecard card) throws Exception {
        return signInAs.call(partner.provider(), () -> calibration.askAboutCase(card.caseId(),
                "  Why was 1b not met when the call covered it?  "));
    }

    @Test
    void aProvider_asksOnItsOwnReleasedCase_andSeesItOnTheCase() throws Exception {
        Scorecard card = cases.released(partner, assessor, month);
        CalibrationRequestSummary request = asked(card);

        assertThat(request.status()).isEqualTo(CalibrationRequestStatus.REQUESTED);
        assertThat(request.topic()).isEqualTo("Why was 1b not met when the call covered it?");
        assertThat(request.about()).isEqualTo("Case " + card.reference() + ", " + DateFormats.month(month));
        assertThat(request.organisationName()).isEqualTo(partner.name());
        assertThat(audited("CALIBRATION_REQUESTED", card.caseId())).isOne();
        assertThat(signInAs.call(partner.provider(), () -> calibration.mine(card.caseId(), PAGE)))
                .extracting(CalibrationRequestSummary::id).containsExactly(request.id());
        assertThat(signInAs.call(partner.provider(), () -> calibration.countMine(null))).isOne();
        assertThat(signInAs.call(QUALITY_MANAGER, () -> calibration.requests(new CalibrationRequestQuery(null, null,
                card.caseId()), PAGE))).extracting(CalibrationRequestSummary::id).containsExactly(request.id());
    }

    @Test
    void anotherOrganisationsCase_orOneNotReleased_isRefusedAsNotFound_andAudited() throws Exception {
        Scorecard released = cases.released(partner, assessor, month);
        Scorecard waiting = cases.submitted(partner, assessor, month);

        assertThatThrownBy(() -> signInAs.call(other.provider(), () -> calibration.askAboutCase(released.caseId(),
                "Discuss"))).isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> calibration.askAboutCase(waiting.caseId(),
                "Discuss"))).isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> calibration.askAboutCase(Long.MAX_VALUE,
                "Discuss"))).isInstanceOf(ItemNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where outcome = 'DENIED' and entity_id in "
                + "(?, ?)", Long.class, String.valueOf(released.caseId()), String.valueOf(waiting.caseId())))
                .isEqualTo(2);

        CalibrationRequestSummary mine = asked(released);
        assertThatThrownBy(() -> signInAs.call(other.provider(), () -> calibration.request(mine.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(signInAs.call(other.provider(), () -> calibration.countMine(null))).isZero();
        assertThat(audited("CALIBRATION_REQUESTED", waiting.caseId())).isZero();
    }

    @Test
    void whatToDiscuss_isRequired_andLimited() throws Exception {
        Scorecard card = cases.released(partner, assessor, month);
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> calibration.askAboutCase(card.caseId(),
                "   "))).isInstanceOf(ChangeRefused.class)
                .hasMessage("Say what you would like to discuss in the calibration session.");
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> calibration.askAboutCase(card.caseId(),
                "x".repeat(1001)))).isInstanceOf(ChangeRefused.class)
                .hasMessage("Keep what you would like to discuss to 1000 characters or fewer: it has 1001.");
        assertThat(signInAs.call(partner.provider(), () -> calibration.countMine(card.caseId()))).isZero();
    }

    @Test
    void aMonthsOutcomes_canBeDiscussed_onceSomeAreReleased() throws Exception {
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> calibration.askAboutMonth(month,
                "The month's pass rate"))).isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("None of your outcomes of " + DateFormats.month(month));
        cases.released(partner, assessor, month);
        CalibrationRequestSummary request = signInAs.call(partner.provider(), () -> calibration.askAboutMonth(month,
                "The month's pass rate"));
        assertThat(request.caseId()).isNull();
        assertThat(request.about()).isEqualTo(DateFormats.month(month) + "'s outcomes");
        assertThat(audited("CALIBRATION_REQUESTED", request.id())).isOne();
        assertThatThrownBy(() -> signInAs.call(other.provider(), () -> calibration.askAboutMonth(month, "Mine?")))
                .isInstanceOf(ChangeRefused.class);
    }

    @Test
    void theQualityManager_schedulesASessionStillAhead_withAnHttpsLinkOrAPlace() throws Exception {
        CalibrationRequestSummary request = asked(cases.released(partner, assessor, month));
        LocalDate today = month.atDay(10);
        var past = new CalibrationRequestSession(today, LocalTime.of(9, 0), CalibrationRequestMeeting.ONLINE,
                "https://meet.example.org/cal");
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.schedule(request.id(),
                request.version(), past))).isInstanceOf(ChangeRefused.class).extracting("field").isEqualTo("date");
        var plainHttp = new CalibrationRequestSession(today.plusDays(3), LocalTime.of(10, 30),
                CalibrationRequestMeeting.ONLINE, "http://meet.example.org/cal");
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.schedule(request.id(),
                request.version(), plainHttp))).isInstanceOf(ChangeRefused.class)
                .hasMessageStartingWith("The meeting link must be a web address starting https://");
        var nowhere = new CalibrationRequestSession(today.plusDays(3), LocalTime.of(10, 30),
                CalibrationRequestMeeting.IN_PERSON, " ");
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.schedule(request.id(),
                request.version(), nowhere))).isInstanceOf(ChangeRefused.class)
                .hasMessage("Give the place of the session.");
        var noTime = new CalibrationRequestSession(today.plusDays(3), null, CalibrationRequestMeeting.IN_PERSON,
                "Room 4");
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.schedule(request.id(),
                request.version(), noTime))).isInstanceOf(ChangeRefused.class).extracting("field").isEqualTo("time");
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> calibration.schedule(request.id(),
                request.version(), plainHttp))).isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);

        var session = new CalibrationRequestSession(today.plusDays(3), LocalTime.of(10, 30),
                CalibrationRequestMeeting.ONLINE, "https://meet.example.org/calibration-42");
        CalibrationRequestSummary scheduled = signInAs.call(QUALITY_MANAGER, () -> calibration.schedule(request.id(),
                request.version(), session));
        assertThat(scheduled.status()).isEqualTo(CalibrationRequestStatus.SCHEDULED);
        // Entered and shown in UK time, whatever the season.
        assertThat(scheduled.sessionText()).isEqualTo("13 " + DateFormats.month(month) + ", 10:30 (UK time), online");
        assertThat(scheduled.where()).isEqualTo("https://meet.example.org/calibration-42");
        assertThat(scheduled.scheduledBy()).isEqualTo("Helen Carter");
        assertThat(signInAs.call(partner.provider(), () -> calibration.request(request.id())).sessionText())
                .isEqualTo(scheduled.sessionText());

        // A stale version is refused; then it is answered after the session, and closed.
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.answer(request.id(),
                request.version(), "Late"))).isInstanceOf(ChangeRefused.class).extracting("field")
                .isEqualTo("version");
        CalibrationRequestSummary answered = signInAs.call(QUALITY_MANAGER, () -> calibration.answer(request.id(),
                scheduled.version(), "We agreed 1b stands; the note is reworded."));
        CalibrationRequestSummary closed = signInAs.call(QUALITY_MANAGER, () -> calibration.close(request.id(),
                answered.version(), "Agreed at the session."));
        assertThat(closed.status()).isEqualTo(CalibrationRequestStatus.CLOSED);
        assertThat(closed.answer()).isEqualTo("We agreed 1b stands; the note is reworded.");
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.close(request.id(),
                closed.version(), null))).isInstanceOf(ChangeRefused.class).extracting("field").isEqualTo("status");
        long caseId = request.caseId();
        for (String action : new String[] {"CALIBRATION_SCHEDULED", "CALIBRATION_ANSWERED", "CALIBRATION_CLOSED"}) {
            assertThat(audited(action, caseId)).as(action).isOne();
        }
    }

    @Test
    void aRequest_isClosedOnlyOnceScheduledOrAnswered() throws Exception {
        CalibrationRequestSummary request = asked(cases.released(partner, assessor, month));
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.close(request.id(),
                request.version(), null))).isInstanceOf(ChangeRefused.class)
                .hasMessage("This request is requested: it cannot be closed before a session is scheduled or an "
                        + "answer written.");
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> calibration.answer(request.id(),
                request.version(), " "))).isInstanceOf(ChangeRefused.class).extracting("field").isEqualTo("answer");
    }

    @Test
    void theQualityTeamsList_isOldestFirst_openOnly_andFiltersByOrganisationAndStatus() throws Exception {
        CalibrationRequestSummary first = asked(cases.released(partner, assessor, month));
        clock.set(clock.instant().plusSeconds(60));
        CalibrationRequestSummary second = asked(cases.released(partner, assessor, month));
        signInAs.call(QUALITY_MANAGER, () -> calibration.answer(second.id(), second.version(), "Answered"));

        var byOrganisation = new CalibrationRequestQuery(null, partner.id(), null);
        assertThat(signInAs.call(QUALITY_MANAGER, () -> calibration.requests(byOrganisation, PAGE)))
                .extracting(CalibrationRequestSummary::id).containsExactly(first.id(), second.id());
        var requestedOnly = new CalibrationRequestQuery(CalibrationRequestStatus.REQUESTED, partner.id(), null);
        assertThat(signInAs.call(QUALITY_MANAGER, () -> calibration.requests(requestedOnly, PAGE)))
                .extracting(CalibrationRequestSummary::id).containsExactly(first.id());
        assertThat(signInAs.call(QUALITY_MANAGER, () -> calibration.countRequests(byOrganisation))).isEqualTo(2);
        assertThat(signInAs.call(partner.provider(), () -> calibration.mine(null, PAGE)))
                .extracting(CalibrationRequestSummary::id).containsExactly(second.id(), first.id());
    }
}
