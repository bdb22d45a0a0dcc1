package uk.providerportal.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
    void monthFolderRows_drawStatusFilesAndWithdrawInTheBrowser_withoutAComponentPerRow() {
        var view = navigate(MonthFoldersView.class);
        roundTrip();
        assertThat(view.grid.getDataCommunicator().getItemCount()).as("rows shown").isPositive();
        assertThat(ServerState.componentsUnder(view.grid)).as("components kept for the folder's rows")
                .noneMatch(component -> component instanceof Span || component instanceof Button
                        || component instanceof Anchor || component instanceof Div);
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

    @Test
    @WithDemoUser("priya.shah")
    void bulkUploads_nameEveryLimitBeforeUpload_andATooBigFileIsRefusedByNameWithTheLimit() {
        var view = navigate(BulkSubmissionView.class);
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains("One Excel (.xlsx) file, up to 5 MB. It lists at most 500 cases.")
                .containsPattern("Up to 2,000 files \\(.+\\), each up to \\d+ MB\\.");
        var i18n = view.filesUpload.getI18n();
        assertThat(i18n.getAddFiles().getMany()).isEqualTo("Choose files…");
        assertThat(i18n.getError().getFileIsTooBig()).matches("is larger than \\d+ MB, the most a case record file "
                + "may be\\.");
        assertThat(view.manifestUpload.getI18n().getError().getFileIsTooBig())
                .isEqualTo("is larger than 5 MB, the most a manifest may be.");
        assertThat(view.filesUpload.getMaxFiles()).isEqualTo(2000);
        assertThat(view.manifestUpload.getMaxFileSize()).isEqualTo(5 * 1024 * 1024);

        com.vaadin.flow.component.ComponentUtil.fireEvent(view.filesUpload,
                new com.vaadin.flow.component.upload.FileRejectedEvent(view.filesUpload,
                        i18n.getError().getFileIsTooBig(), "case-26mb.pdf"));

        assertThat(view.filesError.isVisible()).isTrue();
        assertThat(view.filesError.getText()).startsWith("“case-26mb.pdf” is larger than ")
                .endsWith(" MB, the most a case record file may be.");
    }

    @Test
    @WithDemoUser("priya.shah")
    void singleCaseUpload_namesItsLimits_andSpeaksEnGb() {
        var view = navigate(SubmitCaseView.class);
        assertThat(view.getElement().getTextRecursively()).containsPattern("Up to 20 files \\(.+\\), each up to "
                + "\\d+ MB\\.");
        assertThat(view.upload.getI18n().getUploading().getError().getForbidden())
                .isEqualTo("Refused: see the message on the page.");
        assertThat(view.upload.getMaxFiles()).isEqualTo(20);
    }
}
