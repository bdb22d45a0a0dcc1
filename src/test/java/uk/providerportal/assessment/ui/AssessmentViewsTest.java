package uk.providerportal.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import uk.providerportal.PortalTest;
import uk.providerportal.ServerState;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.MyCase;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.Scorecard;
import uk.providerportal.assessment.ScorecardLine;
import uk.providerportal.assessment.ScorecardStatus;
import uk.providerportal.cases.AssignedQuery;
import uk.providerportal.cases.CaseFileSummary;
import uk.providerportal.signin.WithDemoUser;
import uk.providerportal.standard.Standard;

/**
 * The assessment views without a browser, on the demo world (Sam Patel has a submitted scorecard, a draft and
 * queued cases): the list draws its rows in the browser, and a scorecard keeps impact and note fields only for
 * standards not met.
 */
@PortalTest
class AssessmentViewsTest extends SpringBrowserlessTest {

    @Autowired AssessmentService assessments;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

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
    @WithDemoUser("sam.patel")
    void aFortyStandardScorecard_keepsAFewComponentsPerStandard() {
        MyCase draft = mine(ScorecardStatus.DRAFT);
        var view = navigate(ScorecardView.path(draft.summary().id()), ScorecardView.class);
        Scorecard real = assessments.scorecard(draft.summary().id());
        List<ScorecardLine> forty = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            forty.add(new ScorecardLine(1000 + i, new Standard((i / 10 + 1) + String.valueOf((char) ('a' + i % 10)),
                    LocalDate.of(2023, 2, 1), "Standard " + i, "What it asks.", "Category " + i / 10, true, false, ""),
                    i % 4 == 0 ? Outcome.NOT_MET : i % 4 == 1 ? Outcome.MET : null, null, null));
        }
        view.show(new Scorecard(real.caseId(), real.reference(), real.organisationId(), real.organisationName(),
                real.programmeName(), real.round(), real.dueOn(), real.caseStatus(), real.status(),
                real.assessedOn(), real.version(), "", forty, real.passMark(), null, null, null, List.of(), true));

        assertThat(view.progress.getText()).isEqualTo("20 of 40 answered");
        assertThat(view.editors).hasSize(40);
        // Per standard 12: its block, the (empty) unmet box, the radio group and its three buttons, each with its
        // label and text; per unmet standard 8 more: the impact select with its three items and their text, and
        // the note; and a section with its heading per category. Nothing is kept for fields not shown.
        var components = ServerState.componentsUnder(view.standards);
        assertThat(components).as("components for 40 standards, 10 not met").hasSizeLessThanOrEqualTo(
                40 * 12 + 10 * 8 + 4 * 2);
        assertThat(components).filteredOn(TextArea.class::isInstance).hasSize(10);
    }

    @Test
    @WithDemoUser("sam.patel")
    void anotherAssessorsCaseByItsAddress_isNotFound_andTheRefusalAudited() {
        long ruths = jdbc.queryForObject("select min(c.id) from case_sample c join portal_user_identity i"
                + " on i.user_id = c.assessor_id and i.issuer = 'demo' where i.subject = 'ruth.morgan'", Long.class);
        String denied = "select count(*) from audit_event where outcome = 'DENIED' and entity_id = ?";
        long before = jdbc.queryForObject(denied, Long.class, String.valueOf(ruths));

        navigate(ScorecardView.path(ruths), com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isInstanceOf(uk.providerportal.base.ui.NotFoundView.class);
        assertThat(jdbc.queryForObject(denied, Long.class, String.valueOf(ruths))).isEqualTo(before + 1);
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
