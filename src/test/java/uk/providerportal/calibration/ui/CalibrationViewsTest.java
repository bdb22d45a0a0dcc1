package uk.providerportal.calibration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.PortalTest;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.base.DateFormats;
import uk.providerportal.calibration.CalibrationService;
import uk.providerportal.calibration.NewExercise;
import uk.providerportal.calibration.StandardShare;
import uk.providerportal.cases.CaseFixtures;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.signin.WithDemoUser;

/**
 * The calibration views without a browser, on the demo world: Helen Carter's finished exercise (Sam Patel and Ruth
 * Morgan disagreed on 1d and 2b) and the demo's submitted scorecards in the statistics.
 */
@PortalTest
class CalibrationViewsTest extends SpringBrowserlessTest {

    static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired JdbcTemplate jdbc;
    @Autowired SignInAs signInAs;
    @Autowired CalibrationService calibration;

    long finishedDemoExercise() {
        return jdbc.queryForObject("select min(id) from calibration_exercise where status = 'CLOSED'"
                + " and discussion_notes like '1d: council tax%'", Long.class);
    }

    /** A new exercise on a new Northgate case for Sam Patel and Ruth Morgan. */
    long newExercise() throws Exception {
        long northgate = jdbc.queryForObject("select id from organisation where code = 'NCA'", Long.class);
        String reference = "NCA-VIEW-" + NEXT.incrementAndGet() + "-" + System.nanoTime();
        CaseFixtures.insertCase(jdbc, northgate, reference, YearMonth.now(DateFormats.ZONE));
        List<Long> assessors = jdbc.queryForList("select user_id from portal_user_identity where issuer = 'demo'"
                + " and subject in ('sam.patel', 'ruth.morgan')", Long.class);
        return signInAs.call("helen.carter", () -> calibration.setUp(new NewExercise(northgate, reference, assessors,
                java.time.LocalDate.now(DateFormats.ZONE).plusDays(7)))).id();
    }

    @Test
    @WithDemoUser("helen.carter")
    void statistics_showTheLastThreeMonths_explainTheRule_andFilter() {
        var view = navigate(CalibrationStatisticsView.class);
        YearMonth now = YearMonth.now(DateFormats.ZONE);
        assertThat(view.to.getValue()).isEqualTo(now);
        assertThat(view.from.getValue()).isEqualTo(now.minusMonths(2));
        assertThat(view.getElement().getTextRecursively()).contains("own judgements as submitted, before any "
                + "moderation").contains("15 percentage points or more").contains("at least 10 times");
        List<StandardShare> rows = view.grid.getListDataView().getItems().toList();
        assertThat(rows).as("the demo's submitted scorecards").isNotEmpty();
        assertThat(view.total.getText()).contains("from " + DateFormats.month(now.minusMonths(2)));

        view.assessor.setValue("Sam Patel");
        assertThat(view.grid.getListDataView().getItems()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.assessorName()).isEqualTo("Sam Patel"));
        view.standard.setValue("1d");
        assertThat(view.grid.getListDataView().getItems()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.code()).isEqualTo("1d"));
    }

    @Test
    @WithDemoUser("helen.carter")
    void statistics_aPeriodEndingBeforeItStarts_isRefusedBesideTheField() {
        var view = navigate(CalibrationStatisticsView.class);
        YearMonth now = YearMonth.now(DateFormats.ZONE);
        view.from.setValue(now);
        view.to.setValue(now.minusMonths(1));
        view.load();
        assertThat(view.from.isInvalid()).isTrue();
        assertThat(view.from.getErrorMessage()).contains("The period starts after it ends");
    }

    @Test
    @WithDemoUser("helen.carter")
    void setUp_withNothingChosen_saysWhatIsMissingBesideTheField() {
        var view = navigate(SetUpExerciseView.class);
        test(view.setUp).click();
        assertThat(view.organisation.isInvalid()).isTrue();
        assertThat(view.organisation.getErrorMessage()).isEqualTo("Choose the delivery partner whose case is "
                + "calibrated.");
    }

    @Test
    @WithDemoUser("helen.carter")
    void theFinishedDemoExercise_showsAgreementPerStandard_theLowOnesInWords_andTheNotes() {
        var view = navigate(ExerciseView.path(finishedDemoExercise()), ExerciseView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Overall agreement: 88.9%").contains("2 of 9 standards below 75%")
                .contains("Recorded by Helen Carter");
        var rows = view.grid.getListDataView().getItems().toList();
        assertThat(rows).hasSize(9);
        var priority = rows.stream().filter(row -> row.code().equals("1d")).findFirst().orElseThrow();
        assertThat(priority.belowThreshold()).isTrue();
        assertThat(priority.mostCommon()).isEqualTo("1 of 2 met, 1 of 2 not met");
        assertThat(ExerciseView.answers(priority)).contains("Sam Patel: not met (potential detriment), Council tax")
                .contains("Ruth Morgan: met");
        assertThat(view.close.isVisible()).isFalse();
    }

    @Test
    @WithDemoUser("sam.patel")
    void theAssessor_listsTheirExercises_andSavesABlindDraft_whileTheResultsStayHidden() throws Exception {
        long exercise = newExercise();
        var list = navigate(MyExercisesView.class);
        roundTrip();
        assertThat(list.grid.getDataCommunicator().getItemCount()).isGreaterThanOrEqualTo(2);

        var view = navigate(BlindScorecardView.path(exercise), BlindScorecardView.class);
        assertThat(view.editors).isNotEmpty();
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Ruth Morgan");
        assertThat(view.progress.getText()).isEqualTo("0 of " + view.editors.size() + " answered");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Outcome> first = find(RadioButtonGroup.class).from(view).all().getFirst();
        first.setValue(Outcome.MET);
        assertThat(view.progress.getText()).isEqualTo("1 of " + view.editors.size() + " answered");
        test(view.save).click();
        assertThat(calibration.blindScorecard(exercise).progress()).isEqualTo("1 of " + view.editors.size()
                + " answered");
        test(view.submit).click();
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).startsWith("Every standard needs an outcome before you submit");

        var results = navigate(ExerciseView.path(exercise), ExerciseView.class);
        assertThat(results.grid.isVisible()).isFalse();
        assertThat(results.state.getText()).contains("Answers stay hidden from everyone");
        assertThat(results.openResults.isVisible()).isFalse();
    }
}
