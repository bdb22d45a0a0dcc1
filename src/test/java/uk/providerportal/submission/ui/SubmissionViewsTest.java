package uk.providerportal.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.providerportal.PortalTest;
import uk.providerportal.signin.WithDemoUser;
import uk.providerportal.submission.AdviceChannel;
import uk.providerportal.submission.CaseStatus;
import uk.providerportal.submission.CaseSummary;

/** The submission views without a browser: what each role sees, and that the server's verdict lands by the field. */
@PortalTest
class SubmissionViewsTest extends SpringBrowserlessTest {

    @Test
    @WithDemoUser("priya.shah")
    void submittingAnEmptyForm_showsEachProblemBesideItsField_andSavesNothing() {
        var view = navigate(SubmitCaseView.class);
        test(view.submit).click();

        assertThat(view.reference.isInvalid()).isTrue();
        assertThat(view.reference.getErrorMessage()).isEqualTo("Enter your case reference.");
        assertThat(view.channel.getErrorMessage()).isEqualTo("Choose the advice channel.");
        assertThat(view.completedOn.getErrorMessage()).isEqualTo("Enter the date the case was completed.");
        assertThat(view.filesError.getText()).isEqualTo("Attach at least one case record file.");
        assertThat(find(ListItem.class).all()).hasSize(4);
    }

    @Test
    @WithDemoUser("priya.shah")
    void callDurations_areAskedForTelephoneCasesOnly() {
        var view = navigate(SubmitCaseView.class);
        assertThat(view.callMinutes.isVisible()).isFalse();
        view.channel.setValue(AdviceChannel.TELEPHONE);
        assertThat(view.callMinutes.isVisible()).isTrue();
        view.channel.setValue(AdviceChannel.WEB_CHAT);
        assertThat(view.callMinutes.isVisible()).isFalse();
    }

    @Test
    @WithDemoUser("priya.shah")
    void provider_seesOnlyTheirOwnFolders_withoutAnOrganisationChoice() {
        var view = navigate(MonthFoldersView.class);
        assertThat(view.organisation.isVisible()).isFalse();
        assertThat(view.month.getValue()).isEqualTo(YearMonth.now());
        assertThat(view.summary.getElement().getTextRecursively()).contains("Northgate Community Advice");
    }

    @Test
    @WithDemoUser("sam.patel")
    void funderStaff_chooseTheOrganisation() {
        var view = navigate(MonthFoldersView.class);
        assertThat(view.organisation.isVisible()).isTrue();
    }

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_canAssignFromTheQueue() {
        var view = navigate(TriageQueueView.class);
        assertThat(view.assign.isAttached()).isTrue();
        assertThat(view.round.getValue()).isEqualTo(YearMonth.now());
        assertThat(view.workload.getElement().getTextRecursively()).contains("Sam Patel", "Ruth Morgan");
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
