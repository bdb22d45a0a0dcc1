package uk.providerportal.triage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.providerportal.PortalTest;
import uk.providerportal.ServerState;
import uk.providerportal.cases.AdviceChannel;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.signin.WithDemoUser;

/** The triage views without a browser: who may assign, and how the queue names a case's priority. */
@PortalTest
class TriageViewsTest extends SpringBrowserlessTest {

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_canAssignFromTheQueue() {
        var view = navigate(TriageQueueView.class);
        assertThat(view.assign.isAttached()).isTrue();
        assertThat(view.round.getValue()).isEqualTo(YearMonth.now());
        assertThat(view.workload.getElement().getTextRecursively()).contains("Sam Patel", "Ruth Morgan");
    }

    @Test
    @WithDemoUser("helen.carter")
    void queueRows_areDrawnInTheBrowser_withoutAComponentPerRow() {
        var view = navigate(TriageQueueView.class);
        roundTrip();
        assertThat(view.grid.getDataCommunicator().getItemCount()).as("rows shown").isPositive();
        assertThat(ServerState.componentsUnder(view.grid)).as("components kept for the queue's rows")
                .noneMatch(component -> component instanceof Span);
    }

    @Test
    @WithDemoUser("alex.reid")
    void admin_readsTheQueueWithoutAssigning() {
        var view = navigate(TriageQueueView.class);
        assertThat(view.assign.isAttached()).isFalse();
    }

    @Test
    void priority_namesTheWeekAndShowsLateness() {
        assertThat(TriageQueueView.priority(sample(2, false))).isEqualTo("On time: week 2");
        assertThat(TriageQueueView.priority(sample(1, true))).isEqualTo("Late: week 1, ended 3 March");
    }

    static CaseSummary sample(int week, boolean late) {
        return new CaseSummary(1, 1, "Northgate Community Advice", "R-1", AdviceChannel.EMAIL,
                LocalDate.of(2023, 3, 1), List.of(), 0, Instant.parse("2023-03-08T10:00:00Z"), "Priya Shah",
                YearMonth.of(2023, 3), YearMonth.of(2023, 3), week, LocalDate.of(2023, 3, 3), late,
                CaseStatus.RECEIVED, YearMonth.of(2023, 3), null, null, null, null, null, List.of());
    }
}
