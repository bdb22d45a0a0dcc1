package uk.providerportal.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import uk.providerportal.PortalTest;
import uk.providerportal.ServerState;
import uk.providerportal.cases.AdviceChannel;
import uk.providerportal.signin.WithDemoUser;

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
    @WithDemoUser("priya.shah")
    void monthFolderRows_drawStatusAndWithdrawInTheBrowser_withoutAComponentPerRow() {
        var view = navigate(MonthFoldersView.class);
        roundTrip();
        assertThat(view.grid.getDataCommunicator().getItemCount()).as("rows shown").isPositive();
        assertThat(ServerState.componentsUnder(view.grid)).as("components kept for the folder's rows")
                .noneMatch(component -> component instanceof Span || component instanceof Button);
    }

    @Test
    @WithDemoUser("helen.carter")
    void funderStaff_chooseTheOrganisation() {
        var view = navigate(MonthFoldersView.class);
        assertThat(view.organisation.isVisible()).isTrue();
        assertThat(view.getElement().getTextRecursively()).doesNotContain("assigned to you");
    }

    @Test
    @WithDemoUser("sam.patel")
    void assessor_isToldTheySeeOnlyTheCasesAssignedToThem() {
        var view = navigate(MonthFoldersView.class);
        assertThat(view.organisation.isVisible()).isTrue();
        assertThat(view.getElement().getTextRecursively()).contains("Cases assigned to you",
                "you see only the cases assigned to you");
    }
}
