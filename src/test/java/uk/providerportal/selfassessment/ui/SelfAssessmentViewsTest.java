package uk.providerportal.selfassessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.PortalTest;
import uk.providerportal.ServerState;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.base.DateFormats;
import uk.providerportal.selfassessment.SelfAssessmentCase;
import uk.providerportal.selfassessment.SelfAssessmentService;
import uk.providerportal.signin.WithDemoUser;

/**
 * The self-assessment views without a browser, on the demo world: Gareth Evans of Midlands Debt Trust has this
 * month's cases, one self-assessment complete, one part-way, and released cases that can no longer be changed.
 */
@PortalTest
class SelfAssessmentViewsTest extends SpringBrowserlessTest {

    @Autowired SelfAssessmentService selfAssessments;
    @Autowired JdbcTemplate jdbc;

    List<SelfAssessmentCase> garethsCases() {
        return selfAssessments.cases(YearMonth.now(DateFormats.ZONE), PageRequest.of(0, 50));
    }

    @Test
    @WithDemoUser("gareth.evans")
    void list_showsTheMonthsCasesWithTheirProgress_withoutAComponentPerRow() {
        var view = navigate(SelfAssessmentsView.class);
        roundTrip();

        assertThat(view.month.getValue()).isEqualTo(YearMonth.now(DateFormats.ZONE));
        int rows = view.grid.getDataCommunicator().getItemCount();
        assertThat(rows).as("this month's cases").isGreaterThanOrEqualTo(5);
        assertThat(view.total.getText()).endsWith("filed under " + DateFormats.month(view.month.getValue()));
        var grid = test(view.grid);
        List<String> progress = java.util.stream.IntStream.range(0, rows).mapToObj(row -> grid.getCellText(row, 3))
                .toList();
        assertThat(progress).contains("Complete", "Not started").anyMatch(text -> text.endsWith(" answered"));
        assertThat(ServerState.componentsUnder(view.grid)).as("components kept for the rows")
                .noneMatch(component -> component instanceof Span || component instanceof Anchor);
        assertThat(view.getElement().getTextRecursively()).contains("a row left empty changes nothing",
                "Cells holding a formula are refused", "One Excel (.xlsx) file, up to 5 MB.");
    }

    @Test
    @WithDemoUser("gareth.evans")
    void partWayCase_showsItsProgress_andSavesAChangedAnswer() {
        SelfAssessmentCase partway = garethsCases().stream().filter(row -> row.progress().endsWith(" answered")
                && !row.locked()).findFirst().orElseThrow();
        var view = navigate(SelfAssessmentView.path(partway.caseId()), SelfAssessmentView.class);

        assertThat(view.progress.getText()).isEqualTo(partway.answered() + " of " + partway.standards()
                + " answered");
        assertThat(view.save.isVisible()).isTrue();
        assertThat(view.choices).hasSize(partway.standards());
        String code = selfAssessments.selfAssessment(partway.caseId()).lines().getFirst().code();
        Outcome before = choiceOf(view, code).getValue();
        assertThat(before).as("the demo answered the first standards").isNotNull();
        Outcome other = before == Outcome.MET ? Outcome.NOT_APPLICABLE : Outcome.MET;

        choiceOf(view, code).setValue(other);
        test(view.save).click();
        assertThat(selfAssessments.selfAssessment(partway.caseId()).lines().getFirst().outcome()).isEqualTo(other);
        assertThat(view.progress.getText()).as("nothing else changed").isEqualTo(partway.answered() + " of "
                + partway.standards() + " answered");

        // Put the demo back as it was.
        choiceOf(view, code).setValue(before);
        test(view.save).click();
        assertThat(selfAssessments.selfAssessment(partway.caseId()).lines().getFirst().outcome()).isEqualTo(before);
    }

    static RadioButtonGroup<Outcome> choiceOf(SelfAssessmentView view, String code) {
        return view.choices.stream().filter(choice -> choice.line().code().equals(code)).findFirst().orElseThrow()
                .group();
    }

    @Test
    @WithDemoUser("gareth.evans")
    void releasedCase_isReadOnly_andSaysWhy() {
        SelfAssessmentCase released = garethsCases().stream().filter(SelfAssessmentCase::locked).findFirst()
                .orElseThrow();
        var view = navigate(SelfAssessmentView.path(released.caseId()), SelfAssessmentView.class);

        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.locked.isVisible()).isTrue();
        assertThat(view.locked.getText()).contains("has been released to you, so its self-assessment can no longer "
                + "be changed");
        assertThat(view.choices).isNotEmpty().allSatisfy(choice -> assertThat(choice.group().isReadOnly()).isTrue());
    }

    @Test
    @WithDemoUser("priya.shah")
    void anotherOrganisationsCaseByItsAddress_isNotFound_andTheRefusalAudited() {
        long gareths = jdbc.queryForObject("select min(c.id) from case_sample c join organisation o"
                + " on o.id = c.organisation_id where o.code = 'MDT'", Long.class);
        String denied = "select count(*) from audit_event where outcome = 'DENIED' and entity_id = ?";
        long before = jdbc.queryForObject(denied, Long.class, String.valueOf(gareths));

        navigate(SelfAssessmentView.path(gareths), com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isInstanceOf(uk.providerportal.base.ui.NotFoundView.class);
        assertThat(jdbc.queryForObject(denied, Long.class, String.valueOf(gareths))).isEqualTo(before + 1);
    }

    @Test
    @WithDemoUser("gareth.evans")
    void aBadUpload_listsEveryProblemWithItsRowAndColumn_andSavesNothing() throws Exception {
        var view = navigate(SelfAssessmentsView.class);
        Path file = Files.createTempFile("self-assessment-view-", ".xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            String[][] rows = {{"Case reference", "Standard code", "Standard", "Outcome"},
                    {"NO-SUCH-CASE", "1a", "", "Met"}, {garethsCases().getFirst().reference(), "1a", "", "Perhaps"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.createRow(r);
                }
                var row = sheet.getRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }

        view.importFile("bad.xlsx", file);

        String month = DateFormats.month(view.month.getValue());
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText).containsExactly(
                "Row 2, column A (Case reference): no case of your organisation with reference “NO-SUCH-CASE” is "
                        + "filed under " + month,
                "Row 3, column D (Outcome): “Perhaps” is not an outcome; choose Met, Not met or Not applicable");
        assertThat(view.report.getElement().getTextRecursively()).contains("2 problems found. Nothing has been "
                + "saved.");
    }
}
