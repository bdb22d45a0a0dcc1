package uk.providerportal.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.base.SpreadsheetRows.Line;
import uk.providerportal.cases.CaseStatus;

/**
 * The row rules of a self-assessment upload, without a database: each wrong row is named with its row and column
 * and the reason, in the provider's words; rows left empty change nothing; only a clean file gives entries.
 */
class SelfAssessmentImportTest {

    static final YearMonth MARCH = YearMonth.of(2030, 3);
    static final Map<String, Long> STANDARDS = versions("1a", "1b", "2a", "2b");

    static final SelfAssessmentImport.MonthCase OPEN = new SelfAssessmentImport.MonthCase(1, "NCA-001", STANDARDS,
            Map.of(), null);
    static final SelfAssessmentImport.MonthCase SECOND = new SelfAssessmentImport.MonthCase(2, "NCA-002", STANDARDS,
            Map.of(), null);
    static final SelfAssessmentImport.MonthCase RELEASED = new SelfAssessmentImport.MonthCase(3, "NCA-003",
            STANDARDS, Map.of("1a", Outcome.MET), SelfAssessmentLock.whyLocked(CaseStatus.RELEASED, "NCA-003"));

    static Map<String, Long> versions(String... codes) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            versions.put(codes[i], 100L + i);
        }
        return versions;
    }

    /** The month holds NCA-001 to NCA-003; NCA-009 is the organisation's, filed under April. */
    static final SelfAssessmentImport.Cases CASES = new SelfAssessmentImport.Cases() {
        @Override
        public SelfAssessmentImport.@Nullable MonthCase inMonth(String reference) {
            return List.of(OPEN, SECOND, RELEASED).stream().filter(c -> c.reference().equalsIgnoreCase(reference))
                    .findFirst().orElse(null);
        }

        @Override
        public @Nullable YearMonth filedElsewhere(String reference) {
            return reference.equals("NCA-009") ? YearMonth.of(2030, 4) : null;
        }
    };

    static final Line HEADINGS = new Line(1, List.of("Case reference", "Standard code", "Standard", "Outcome"));

    static Line row(int number, String... cells) {
        return new Line(number, Arrays.asList(cells));
    }

    static SelfAssessmentImport read(Line... lines) {
        var parsed = new SelfAssessmentImport(MARCH, CASES);
        parsed.accept(HEADINGS);
        for (Line line : lines) {
            parsed.accept(line);
        }
        parsed.finish();
        return parsed;
    }

    static List<String> messages(SelfAssessmentImport parsed) {
        List<String> messages = new ArrayList<>();
        parsed.problems().forEach(problem -> messages.add(problem.message()));
        return messages;
    }

    @Test
    void aCleanFile_givesOneEntryPerRow_withTheCodeAsTheCatalogueWritesIt() {
        var parsed = read(row(2, "NCA-001", "1a", "Advice tailored", "Met"),
                row(3, "nca-001", "1B", "Correct advice", "  not   MET "),
                row(4, "NCA-002", "2a", "Complete record", "Not applicable"));

        assertThat(parsed.ok()).as(messages(parsed).toString()).isTrue();
        assertThat(parsed.entries()).extracting(e -> e.monthCase().caseId() + " " + e.code() + " " + e.outcome())
                .containsExactly("1 1a MET", "1 1b NOT_MET", "2 2a NOT_APPLICABLE");
    }

    @Test
    void unknownReference_andAnotherOrganisationsCase_readTheSame_namingTheMonth() {
        var parsed = read(row(2, "ZZZ-1", "1a", "", "Met"));

        assertThat(messages(parsed)).containsExactly("Row 2, column A (Case reference): no case of your "
                + "organisation with reference “ZZZ-1” is filed under March 2030");
        assertThat(parsed.entries()).isEmpty();
    }

    @Test
    void caseOfAnotherMonth_isRefused_namingTheMonthItIsFiledUnder() {
        var parsed = read(row(2, "NCA-009", "1a", "", "Met"));

        assertThat(messages(parsed)).containsExactly("Row 2, column A (Case reference): case NCA-009 is filed "
                + "under April 2030, not March 2030: record it with the template of April 2030");
    }

    @Test
    void standardNotOnTheCasesList_isRefused() {
        var parsed = read(row(2, "NCA-001", "9z", "", "Met"), row(3, "NCA-001", "", "", "Met"));

        assertThat(messages(parsed)).containsExactly(
                "Row 2, column B (Standard code): standard “9z” is not one of the standards case NCA-001 is "
                        + "assessed against",
                "Row 3, column B (Standard code): the standard code is missing");
    }

    @Test
    void anOutcomeThatIsNotOneOfTheThreeWords_isRefused() {
        var parsed = read(row(2, "NCA-001", "1a", "", "Partly"), row(3, "NCA-001", "1b", "", "N/A"));

        assertThat(messages(parsed)).containsExactly(
                "Row 2, column D (Outcome): “Partly” is not an outcome; choose Met, Not met or Not applicable",
                "Row 3, column D (Outcome): “N/A” is not an outcome; choose Met, Not met or Not applicable");
    }

    @Test
    void theSameCaseAndStandardTwice_isADuplicateOfTheFirstRow() {
        var parsed = read(row(2, "NCA-001", "1a", "", "Met"), row(3, "NCA-001", "1A", "", "Not met"));

        assertThat(messages(parsed)).containsExactly("Row 3: duplicate of row 2 (case NCA-001, standard 1a); keep "
                + "one row per case and standard");
        assertThat(parsed.ok()).isFalse();
    }

    @Test
    void aChangeToALockedCase_isRefused_butRepeatingWhatIsRecordedChangesNothing() {
        var parsed = read(row(2, "NCA-003", "1a", "", "Met"), row(3, "NCA-003", "1b", "", "Met"));

        assertThat(messages(parsed)).containsExactly("Row 3, column D (Outcome): The assessment outcome of case "
                + "NCA-003 has been released to you, so its self-assessment can no longer be changed. Remove the "
                + "case's rows from the file");
        assertThat(parsed.entries()).isEmpty();
    }

    @Test
    void aFormulaCell_isRefusedWithoutReadingItsCachedValue() {
        var parsed = read(new Line(2, List.of("NCA-001", "1a", "", "Met"), Set.of(3)));

        assertThat(messages(parsed)).containsExactly("Row 2, column D (Outcome): the cell holds a formula; choose "
                + "or type the value, not a formula");
    }

    @Test
    void rowsLeftEmpty_changeNothing_andAreNotChecked() {
        var parsed = read(row(2, "ZZZ-1", "9z", "", ""), row(3, "NCA-001", "1a", "", "Met"));

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.report(1, 1, true).leftBlank()).isOne();
        assertThat(read(row(2, "NCA-001", "1a", "", "")).problems()).extracting(p -> p.message())
                .singleElement().asString().startsWith("Every row's outcome is empty, so there is nothing to save");
    }

    @Test
    void wrongHeadings_andAMissingReference_areNamed() {
        var parsed = new SelfAssessmentImport(MARCH, CASES);
        parsed.accept(new Line(1, List.of("Reference", "Code", "Standard", "Outcome")));
        parsed.accept(row(2, "", "1a", "", "Met"));
        parsed.finish();

        assertThat(messages(parsed)).containsExactly(
                "Row 1: the headings must be Case reference, Standard code, Standard, Outcome (download the "
                        + "template)",
                "Row 2, column A (Case reference): the case reference is missing");
    }

    @Test
    void everyProblemOfAFile_isListed_notJustTheFirst() {
        var parsed = read(row(2, "ZZZ-1", "1a", "", "Met"), row(3, "NCA-001", "1a", "", "Maybe"),
                row(4, "NCA-002", "1a", "", "Met"));

        assertThat(parsed.problems()).extracting(SelfAssessmentImportReport.Problem::row).containsExactly(2, 3);
        assertThat(parsed.ok()).isFalse();
    }

    @Test
    void lock_appliesFromReleaseAndToWithdrawnCases_only() {
        for (CaseStatus status : CaseStatus.values()) {
            boolean locked = status == CaseStatus.RELEASED || status == CaseStatus.WITHDRAWN;
            assertThat(SelfAssessmentLock.whyLocked(status, "X") != null).as(status.name()).isEqualTo(locked);
        }
    }

    @Test
    void progress_readsNotStartedPartWayOrComplete() {
        assertThat(SelfAssessmentProgress.describe(0, 34)).isEqualTo("Not started");
        assertThat(SelfAssessmentProgress.describe(12, 34)).isEqualTo("12 of 34 answered");
        assertThat(SelfAssessmentProgress.describe(34, 34)).isEqualTo("Complete");
    }
}
