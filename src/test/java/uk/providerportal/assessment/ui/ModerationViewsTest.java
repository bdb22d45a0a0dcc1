package uk.providerportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.PortalTest;
import uk.providerportal.ServerState;
import uk.providerportal.base.DateFormats;
import uk.providerportal.signin.WithDemoUser;

/**
 * The moderation and commentary views without a browser, on the demo world: Helen Carter has cases waiting and one
 * she moderated (standard 1c changed to not met, with an internal reason); Midlands Debt Trust sees its released
 * cases, with the moderated outcome and never the reason.
 */
@PortalTest
class ModerationViewsTest extends SpringBrowserlessTest {

    static final String INTERNAL_REASON = "The assessor read the options letter";

    @Autowired JdbcTemplate jdbc;
    @Autowired uk.providerportal.assessment.ModerationService moderation;
    @Autowired uk.providerportal.security.CurrentUser currentUser;

    /** The Midlands Debt Trust case Helen Carter moderated in the demo (she moderates Northgate's too). */
    long moderatedCase() {
        return jdbc.queryForObject("select min(a.case_sample_id) from assessment a join organisation o on"
                + " o.id = a.organisation_id where a.moderated_at is not null and o.code = 'MDT'", Long.class);
    }

    long waitingCase() {
        return jdbc.queryForObject("select min(case_sample_id) from assessment where picked and moderated_at is null"
                + " and released_at is null and status = 'SUBMITTED'", Long.class);
    }

    @Test
    @WithDemoUser("helen.carter")
    void queue_listsTheWaitingCases_withoutAComponentPerRow_andTheMonthsRate() {
        var view = navigate(ModerationQueueView.class);
        roundTrip();
        assertThat(view.grid.getDataCommunicator().getItemCount()).as("cases waiting").isPositive();
        assertThat(view.total.getText()).endsWith("for moderation");
        assertThat(view.month.getValue()).isEqualTo(YearMonth.now(DateFormats.ZONE));
        assertThat(view.rate.getValue()).isBetween(0, 100);
        assertThat(ServerState.componentsUnder(view.grid)).noneMatch(component -> component instanceof Span);
    }

    @Test
    @WithDemoUser("helen.carter")
    void aWaitingCase_offersAChangePerStandard_withItsFieldsHiddenUntilAsked() {
        var view = navigate(ModerationView.path(waitingCase()), ModerationView.class);
        assertThat(view.complete.isVisible()).isTrue();
        assertThat(view.editors).isNotEmpty().allSatisfy(editor -> assertThat(editor.fields.isVisible()).isFalse());
        var editor = view.editors.getFirst();
        editor.change.setValue(true);
        assertThat(editor.fields.isVisible()).isTrue();
        assertThat(editor.reason.getLabel()).isEqualTo("Reason for the change (internal)");
    }

    @Test
    @WithDemoUser("helen.carter")
    void aModeratedCase_showsBothOutcomes_andTheReason_toTheQualityTeam() {
        var view = navigate(ModerationView.path(moderatedCase()), ModerationView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(view.complete.isVisible()).isFalse();
        assertThat(text).contains("Assessor: Met").contains("Moderated: Not met, potential detriment")
                .contains(INTERNAL_REASON).contains("Score after moderation");
    }

    @Test
    @WithDemoUser("gareth.evans")
    void theProvider_seesItsReleasedCases_andTheModeratedOutcome_neverTheReason() {
        var list = navigate(CommentaryView.class);
        roundTrip();
        assertThat(list.grid.getDataCommunicator().getItemCount()).as("released cases").isPositive();

        var view = navigate(CaseCommentaryView.path(moderatedCase()), CaseCommentaryView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(view.title.getText()).startsWith("Case MDT-");
        assertThat(text).contains("1c Options explained: Potential detriment")
                .contains("The risks of a debt relief order were not explained.")
                .doesNotContain(INTERNAL_REASON);
    }

    @Test
    @WithDemoUser("priya.shah")
    void northgatesProvider_seesItsReleasedCases_andDownloadsTheMonthsCommentaryWorkbook() throws Exception {
        var view = navigate(CommentaryView.class);
        roundTrip();
        YearMonth month = view.month.getValue();
        assertThat(month).as("Northgate has released cases in the demo").isNotNull();
        assertThat(view.grid.getDataCommunicator().getItemCount()).isGreaterThanOrEqualTo(2);
        assertThat(view.download.isVisible()).isTrue();
        assertThat(view.download.getElement().getTextRecursively())
                .isEqualTo("Download the " + DateFormats.month(month) + " commentary (Excel)");
        assertThat(view.download.getHref()).as("a download link served by its handler").contains("VAADIN/dynamic");

        var out = new java.io.ByteArrayOutputStream();
        int cases = moderation.exportCommentary(currentUser.require().organisationId(), month, out);
        assertThat(cases).isEqualTo(view.grid.getDataCommunicator().getItemCount());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheet("Cases").getRow(0).getCell(0).getStringCellValue())
                    .contains("Northgate Community Advice (NCA)", DateFormats.month(month));
        }
    }
}
