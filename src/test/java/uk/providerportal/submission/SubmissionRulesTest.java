package uk.providerportal.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.providerportal.cases.AdviceChannel;

/** The named submission rules on their own, at their accept and refuse edges. */
class SubmissionRulesTest {

    static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Test
    void linkedCalls_180MinutesAccepted_181RefusedNamingTheThreeHourLimit_countedAcrossCalls() {
        assertThat(LinkedCallLimit.check(AdviceChannel.TELEPHONE, List.of(90, 90), 180)).isNull();
        assertThat(LinkedCallLimit.check(AdviceChannel.TELEPHONE, List.of(90, 90, 1), 180).message())
                .contains("181 minutes in total").contains("at most 3 hours (180 minutes)");
        assertThat(LinkedCallLimit.check(AdviceChannel.TELEPHONE, List.of(), 180).message()).contains("every call");
        assertThat(LinkedCallLimit.check(AdviceChannel.WEB_CHAT, List.of(), 180)).isNull();
        assertThat(LinkedCallLimit.check(AdviceChannel.WEB_CHAT, List.of(10), 180).message())
                .contains("telephone cases only");
    }

    @Test
    void completion_previousMonthAccepted_twoMonthsBackRefused_futureRefused() {
        LocalDate today = LocalDate.of(2027, 3, 10);
        assertThat(CompletionWindow.check(LocalDate.of(2027, 2, 1), today, 1)).isNull();
        assertThat(CompletionWindow.check(today, today, 1)).isNull();
        assertThat(CompletionWindow.check(LocalDate.of(2027, 1, 31), today, 1).message())
                .isEqualTo("Cases submitted in March 2027 must have been completed between 1 February 2027 and "
                        + "today; this one was completed on 31 January 2027.");
        assertThat(CompletionWindow.check(today.plusDays(1), today, 1).message()).contains("in the future");
        assertThat(CompletionWindow.check(null, today, 1).message()).isEqualTo("Enter the date the case was completed.");
    }

    @Test
    void volumeCheck_twentyFirstCaseOfTwenty_goesToNextMonth_andSaysSo() throws Exception {
        YearMonth february = YearMonth.of(2023, 2);
        Map<YearMonth, Integer> filed = new HashMap<>(Map.of(february, 19));
        var volumes = (java.util.function.Function<YearMonth, Optional<VolumeCheck.Volume>>) m ->
                m.equals(february) ? Optional.of(new VolumeCheck.Volume(20, 6)) : Optional.empty();

        assertThat(VolumeCheck.folderFor(february, volumes, m -> filed.getOrDefault(m, 0)).month()).isEqualTo(february);
        filed.put(february, 20);
        VolumeCheck.Folder next = VolumeCheck.folderFor(february, volumes, m -> filed.getOrDefault(m, 0));
        assertThat(next.month()).isEqualTo(YearMonth.of(2023, 3));
        assertThat(next.explanation()).isEqualTo("20 of 20 for February 2023 reached: this case was filed under "
                + "March 2023.");
        assertThatThrownBy(() -> VolumeCheck.folderFor(february.plusMonths(5), volumes, m -> 0))
                .hasMessageContaining("No sample volume is agreed for July 2023");
    }

    @Test
    void weeklySampleRaisedMidMonth_nextCasesFillTheEarliestWeekShortOfTheNewSample() {
        List<AssessmentWeek> weeks = AssessmentWeeks.of(YearMonth.of(2023, 3), SubmissionRulesTest::weekday);
        LocalDate arrived = LocalDate.of(2023, 3, 1);
        // Filed under a sample of 3: weeks 1 and 2 hold 3 and 2. Now 12 a month, 6 a week.
        int[] held = {0, 3, 2, 0, 0, 0};
        for (int next = 0; next < 7; next++) {
            held[AssessmentWeeks.weekFor(week -> held[week], 12, 6, weeks, arrived).number()]++;
        }
        assertThat(held).containsExactly(0, 6, 6, 0, 0, 0);
    }

    @Test
    void assessmentWeeks_areTheMonthsWorkingWeeks_andACaseCountsTowardsTheFirstWeekShortOfItsSample() {
        // March 2023 (seed 001): Wednesday 1st to Friday 31st.
        List<AssessmentWeek> weeks = AssessmentWeeks.of(YearMonth.of(2023, 3), SubmissionRulesTest::weekday);
        assertThat(weeks).hasSize(5);
        assertThat(weeks.getFirst()).isEqualTo(new AssessmentWeek(1, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 3)));
        assertThat(weeks.getLast().endsOn()).isEqualTo(LocalDate.of(2023, 3, 31));

        LocalDate arrived = LocalDate.of(2023, 3, 8);
        assertThat(AssessmentWeeks.weekFor(week -> week == 1 ? 5 : 0, 30, 6, weeks, arrived).number()).isEqualTo(1);
        assertThat(AssessmentWeeks.weekFor(week -> week == 1 ? 6 : 0, 30, 6, weeks, arrived).number()).isEqualTo(2);
        assertThat(AssessmentWeeks.weekFor(week -> 6, 30, 6, weeks, arrived).number()).isEqualTo(5);
        assertThat(AssessmentWeeks.weekFor(week -> 0, 0, 0, weeks, arrived).number()).isEqualTo(2);
        assertThat(AssessmentWeeks.expectedIn(4, 20, 6, 5)).isEqualTo(2);
        assertThat(AssessmentWeeks.expectedIn(5, 20, 6, 5)).isZero();
    }

    @Test
    void fileNames_withPathsOrControlCharacters_areRefused_plainNamesPass() {
        assertThat(CaseRecordCheck.checkName("case record (final).pdf")).isNull();
        assertThat(CaseRecordCheck.checkName("../x.pdf").message()).contains("folder path");
        assertThat(CaseRecordCheck.checkName("a\\b.pdf").message()).contains("folder path");
        assertThat(CaseRecordCheck.checkName("a\tb.pdf").message()).contains("control characters");
        assertThat(CaseRecordCheck.checkName("x".repeat(201)).message()).contains("201 characters");
    }

    @Test
    void caseReferencesAndFileNames_startingLikeAFormula_areRefused_namingTheCharacter() {
        for (String text : List.of("=1+1", "+441234", "-12", "@SUM(A1)")) {
            assertThat(CaseReferenceRule.check(text)).as(text).isNotNull();
            assertThat(CaseRecordCheck.checkName(text + ".pdf")).as(text).isNotNull();
        }
        assertThat(CaseReferenceRule.check("=HYPERLINK(\"x\")").message()).isEqualTo("The case reference starts "
                + "with ‘=’, which spreadsheet programs read as the start of a formula; start it with a letter or a "
                + "digit.");
        assertThat(CaseRecordCheck.checkName("@notes.pdf").message()).isEqualTo("“@notes.pdf” starts with ‘@’, "
                + "which spreadsheet programs read as the start of a formula; rename the file so it starts with a "
                + "letter or a digit and attach it again.");
        assertThat(CaseReferenceRule.check("NCA-2026-001")).isNull();
        assertThat(CaseRecordCheck.checkName("notes-1.pdf")).isNull();
    }

    @Test
    void manifestFormulaCells_areRefusedWithRowAndColumn_andTheirCachedValueIsNotUsed() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("manifest-formulas-", ".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Cases");
            var header = sheet.createRow(0);
            for (int i = 0; i < CaseManifest.HEADINGS.size(); i++) {
                header.createCell(i).setCellValue(CaseManifest.HEADINGS.get(i));
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("NCA-1");
            row.createCell(1).setCellValue("Telephone");
            row.createCell(2).setCellFormula("TODAY()");
            row.createCell(3).setCellFormula("10+10");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(3));
            row.createCell(4).setCellValue("a.pdf");
            workbook.write(out);
        }

        CaseManifest.Read read = CaseManifest.read(file, 10);

        CaseManifest.Row row = read.rows().getFirst();
        assertThat(row.problems()).extracting(Problem::field, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CompletionWindow.FIELD,
                        "Column C (Completed on) holds a formula; type the value, not a formula."),
                org.assertj.core.groups.Tuple.tuple(LinkedCallLimit.FIELD,
                        "Column D (Linked call minutes) holds a formula; type the value, not a formula."));
        assertThat(row.callMinutes()).isEmpty();
        assertThat(row.channel()).isEqualTo(AdviceChannel.TELEPHONE);
        assertThat(row.fileNames()).containsExactly("a.pdf");
    }
}
