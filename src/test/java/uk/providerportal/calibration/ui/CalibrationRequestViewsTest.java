package uk.providerportal.calibration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.PortalTest;
import uk.providerportal.ServerState;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.NotFoundView;
import uk.providerportal.calibration.CalibrationRequestMeeting;
import uk.providerportal.calibration.CalibrationRequestService;
import uk.providerportal.calibration.CalibrationRequestStatus;
import uk.providerportal.calibration.CalibrationRequestSummary;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.signin.WithDemoUser;

/**
 * The calibration request pages without a browser, on the demo world: Midlands Debt Trust (Gareth Evans) has
 * released cases and its demo requests; each test that changes a request makes its own.
 */
@PortalTest
class CalibrationRequestViewsTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired SignInAs signInAs;
    @Autowired CalibrationRequestService calibration;

    long releasedMidlandsCase() {
        return jdbc.queryForObject("select min(a.case_sample_id) from assessment a join case_sample c on c.id = "
                + "a.case_sample_id where a.released_at is not null and c.reference like 'MDT-%'", Long.class);
    }

    CalibrationRequestSummary newRequest() throws Exception {
        long caseId = releasedMidlandsCase();
        return signInAs.call("gareth.evans", () -> calibration.askAboutCase(caseId, "View test: standard 1c"));
    }

    @Test
    @WithDemoUser("gareth.evans")
    void theProvidersList_isLazy_withoutAComponentPerRow_andLeadsToAsking() {
        var view = navigate(CalibrationRequestsView.class);
        roundTrip();
        assertThat(view.grid.getDataCommunicator().getItemCount()).as("the demo requests").isGreaterThanOrEqualTo(2);
        assertThat(ServerState.componentsUnder(view.grid)).noneMatch(component -> component instanceof Span);
        assertThat(view.links.getChildren().map(c -> ((Anchor) c).getHref()))
                .containsExactly("calibration-requests/new");
    }

    @Test
    @WithDemoUser("gareth.evans")
    void askingOnACase_needsWhatToDiscuss_thenShowsTheRequest() {
        long caseId = releasedMidlandsCase();
        com.vaadin.flow.component.UI.getCurrent().navigate(CalibrationRequestFormView.class,
                com.vaadin.flow.router.QueryParameters.of("case", String.valueOf(caseId)));
        var form = (CalibrationRequestFormView) getCurrentView();
        assertThat(form.about.getText()).startsWith("About case MDT-");
        assertThat(form.month.isVisible()).isFalse();

        test(form.ask).click();
        assertThat(form.topic.isInvalid()).isTrue();
        assertThat(form.topic.getErrorMessage()).isEqualTo("Say what you would like to discuss in the calibration "
                + "session.");

        form.topic.setValue("Standard 1c: the risks were explained on the follow-up call.");
        test(form.ask).click();
        var shown = (CalibrationRequestView) getCurrentView();
        assertThat(shown.title.getText()).startsWith("Calibration request: Case MDT-");
        assertThat(shown.getElement().getTextRecursively()).contains("Requested")
                .contains("Standard 1c: the risks were explained on the follow-up call.");
        assertThat(shown.scheduling.isVisible()).as("the provider cannot schedule").isFalse();
    }

    @Test
    @WithDemoUser("priya.shah")
    void anotherOrganisationsRequest_isNotFound() throws Exception {
        long id = newRequest().id();
        navigate("calibration-requests/" + id, Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithDemoUser("helen.carter")
    void theQualityManager_schedulesASession_refusedInThePastBesideTheDate() throws Exception {
        long id = newRequest().id();
        var view = navigate("calibration-requests/" + id, CalibrationRequestView.class);
        assertThat(view.scheduling.isVisible()).isTrue();
        assertThat(view.closing.isVisible()).as("nothing to close before a session or an answer").isFalse();

        LocalDate today = LocalDate.now(DateFormats.ZONE);
        view.date.setMin(null);
        view.date.setValue(today.minusDays(1));
        view.time.setValue(LocalTime.of(10, 0));
        view.meeting.setValue(CalibrationRequestMeeting.IN_PERSON);
        view.where.setValue("Room 4, Funder House");
        test(view.schedule).click();
        assertThat(view.date.isInvalid()).isTrue();
        assertThat(view.date.getErrorMessage()).contains("would be in the past");

        view.date.setValue(today.plusDays(7));
        test(view.schedule).click();
        assertThat(view.date.isInvalid()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("Session scheduled")
                .contains(DateFormats.date(today.plusDays(7)) + ", 10:00 (UK time), in person at Room 4, Funder House");
        assertThat(view.closing.isVisible()).isTrue();
        assertThat(view.schedule.getText()).isEqualTo("Move session");
        assertThat(signInAs.call("gareth.evans", () -> calibration.request(id)).status())
                .isEqualTo(CalibrationRequestStatus.SCHEDULED);
    }

    @Test
    @WithDemoUser("helen.carter")
    void theQualityTeamsList_andTheMonthLock_show() {
        var view = navigate(CalibrationRequestQueueView.class);
        roundTrip();
        assertThat(view.grid.getDataCommunicator().getItemCount()).as("open requests").isPositive();
        assertThat(ServerState.componentsUnder(view.grid)).noneMatch(component -> component instanceof Span);
        assertThat(view.lockState.getText()).endsWith("locked.");
        view.lockNote.setValue(" ");
        test(view.lock).click();
        assertThat(view.lockNote.isInvalid()).isTrue();
        assertThat(view.lockNote.getErrorMessage()).startsWith("Say why the outcomes of");
    }
}
