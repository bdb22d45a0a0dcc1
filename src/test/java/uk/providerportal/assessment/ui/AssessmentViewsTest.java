package uk.providerportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import uk.providerportal.PortalTest;
import uk.providerportal.ServerState;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.MyCase;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.ScorecardStatus;
import uk.providerportal.cases.AssignedQuery;
import uk.providerportal.cases.CaseFileSummary;
import uk.providerportal.signin.WithDemoUser;

/**
 * The assessment views without a browser, on the demo world (Sam Patel has a submitted scorecard, a draft and
 * queued cases): the list draws its rows in the browser, and a scorecard keeps impact and note fields only for
 * standards not met.
 */
@PortalTest
class AssessmentViewsTest extends SpringBrowserlessTest {

    @Autowired AssessmentService assessments;

    @Test
    @WithDemoUser("sam.patel")
    void myCases_listsTheAssessorsCases_withoutAComponentPerRow() {
        var view = navigate(MyCasesView.class);
        roundTrip();
        assertThat(view.grid.getDataCommunicator().getItemCount()).as("rows shown").isPositive();
        assertThat(view.total.getText()).endsWith("assigned to you");
        assertThat(ServerState.componentsUnder(view.grid)).as("components kept for the rows")
                .noneMatch(component -> component instanceof Span);
    }

    @Test
    @WithDemoUser("sam.patel")
    void draftScorecard_showsProgress_andAsksImpactAndNoteOnlyForAStandardNotMet() {
        MyCase draft = mine(ScorecardStatus.DRAFT);
        var view = navigate(ScorecardView.path(draft.summary().id()), ScorecardView.class);

        assertThat(view.progress.getText()).isEqualTo(draft.progress());
        assertThat(view.save.isVisible()).isTrue();
        assertThat(view.editors).allSatisfy(editor -> assertThat(editor.note == null)
                .isEqualTo(editor.outcome() != Outcome.NOT_MET));
        var editor = view.editors.stream().filter(e -> e.line.standard().customerImpact()).findFirst().orElseThrow();
        editor.outcome.setValue(Outcome.NOT_MET);
        assertThat(editor.impact).isNotNull();
        assertThat(editor.note).isNotNull();
        assertThat(editor.note.getMaxLength()).isEqualTo(500);
        editor.outcome.setValue(Outcome.MET);
        assertThat(editor.impact).isNull();
        assertThat(editor.note).isNull();
        assertThat(ServerState.componentsUnder(view.standards)).filteredOn(TextArea.class::isInstance)
                .hasSize((int) view.editors.stream().filter(e -> e.outcome() == Outcome.NOT_MET).count());
    }

    @Test
    @WithDemoUser("sam.patel")
    void submittedScorecard_isReadOnly_andShowsItsScore() {
        MyCase submitted = mine(ScorecardStatus.SUBMITTED);
        var view = navigate(ScorecardView.path(submitted.summary().id()), ScorecardView.class);
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.submit.isVisible()).isFalse();
        assertThat(view.editors).allSatisfy(editor -> assertThat(editor.outcome.isReadOnly()).isTrue());
        assertThat(view.score.getText()).startsWith("Score: ");
    }

    @Test
    void onlyTypesThatRunNothing_areShownInline() {
        assertThat(InlineFiles.inlineType("application/pdf")).isEqualTo("application/pdf");
        assertThat(InlineFiles.inlineType("text/plain")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(InlineFiles.inlineType("IMAGE/PNG")).isEqualTo("image/png");
        assertThat(InlineFiles.inlineType("text/html")).isNull();
        assertThat(InlineFiles.inlineType("image/svg+xml")).isNull();
        assertThat(InlineFiles.inlineType("application/xhtml+xml")).isNull();
        assertThat(InlineFiles.viewable(new CaseFileSummary(1, "x.docx", 1, "",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))).isFalse();
        assertThat(InlineFiles.SANDBOX_POLICY).startsWith("sandbox;").contains("default-src 'none'");
    }

    private MyCase mine(ScorecardStatus status) {
        return assessments.myCases(AssignedQuery.all(), PageRequest.of(0, 50)).stream()
                .filter(row -> row.scorecard() == status).findFirst().orElseThrow();
    }
}
