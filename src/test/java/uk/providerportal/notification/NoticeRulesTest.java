package uk.providerportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.providerportal.submission.AssessmentWeek;
import uk.providerportal.submission.WeekProgress;

/**
 * The dedupe rule (one mail per notice and recipient: the notice key names exactly what the mail is about), which
 * weeks count as missing their sample, and the words of the notices.
 */
class NoticeRulesTest {

    static final YearMonth OCTOBER = YearMonth.of(2027, 10);

    @Test
    void kpiPublished_oneNoticePerOrganisationAndMonth() {
        assertThat(NoticeKey.kpiPublished(12, OCTOBER)).isEqualTo("KPI_PUBLISHED:12:2027-10")
                .isEqualTo(NoticeKey.kpiPublished(12, YearMonth.of(2027, 10)))
                .isNotEqualTo(NoticeKey.kpiPublished(13, OCTOBER))
                .isNotEqualTo(NoticeKey.kpiPublished(12, OCTOBER.plusMonths(1)));
    }

    @Test
    void kpiRevised_eachVersionIsItsOwnNotice() {
        assertThat(NoticeKey.kpiRevised(12, OCTOBER, 2)).isEqualTo("KPI_REVISED:12:2027-10:v2")
                .isNotEqualTo(NoticeKey.kpiRevised(12, OCTOBER, 3));
    }

    @Test
    void outcomesDigest_isNamedByItsFirstAndLastOutcome_soADigestRunTwiceIsTheSameNotice() {
        assertThat(NoticeKey.outcomesReleased(12, 40, 47)).isEqualTo("OUTCOMES_RELEASED:12:40-47")
                .isNotEqualTo(NoticeKey.outcomesReleased(12, 48, 48));
    }

    @Test
    void sampleMissing_oneNoticePerOrganisationAndWeek() {
        assertThat(NoticeKey.sampleMissing(12, LocalDate.of(2027, 10, 4))).isEqualTo("SAMPLE_MISSING:12:2027-10-04")
                .isNotEqualTo(NoticeKey.sampleMissing(12, LocalDate.of(2027, 10, 11)));
    }

    static WeekProgress week(int expected, int received) {
        return new WeekProgress(new AssessmentWeek(2, LocalDate.of(2027, 10, 4), LocalDate.of(2027, 10, 8)),
                expected, received, 0, "");
    }

    @Test
    void aWeekShortOfItsSample_isMissingOnlyOnceItHasEnded() {
        assertThat(MissingSampleCheck.missing(week(3, 1), LocalDate.of(2027, 10, 8))).as("last day").isFalse();
        assertThat(MissingSampleCheck.missing(week(3, 1), LocalDate.of(2027, 10, 9))).as("the day after").isTrue();
    }

    @Test
    void aCompleteWeek_orOneWithNoSampleDue_isNeverMissing() {
        assertThat(MissingSampleCheck.missing(week(3, 3), LocalDate.of(2027, 10, 11))).isFalse();
        assertThat(MissingSampleCheck.missing(week(3, 4), LocalDate.of(2027, 10, 11))).isFalse();
        assertThat(MissingSampleCheck.missing(week(0, 0), LocalDate.of(2027, 10, 11))).isFalse();
    }

    @Test
    void aWeekThatEndedMoreThanSevenDaysAgo_isLeftAlone() {
        assertThat(MissingSampleCheck.missing(week(3, 1), LocalDate.of(2027, 10, 15))).as("7 days later").isTrue();
        assertThat(MissingSampleCheck.missing(week(3, 1), LocalDate.of(2027, 10, 16))).as("8 days later").isFalse();
    }

    final Notices notices = new Notices("https://portal.example/");

    @Test
    void sampleMissing_saysWhichWeekHowManyCameAndWhereToSubmit() {
        var text = notices.sampleMissing("Priya Shah", "Northgate Community Advice", OCTOBER,
                "Week 2 (4 October to 8 October)", 3, 1);
        assertThat(text.subject()).isEqualTo("Week 2 (4 October to 8 October) sample: 1 of 3 cases received");
        assertThat(text.body()).startsWith("Dear Priya Shah,")
                .contains("October 2027 month folder of Northgate Community Advice", "2 cases are missing",
                        "https://portal.example/cases/submit", "https://portal.example/notification-settings");
    }

    @Test
    void outcomesDigest_listsEachCaseWithItsRound() {
        var text = notices.outcomesReleased("Priya Shah", "Northgate Community Advice", List.of(
                new Notices.ReleasedCase("NCA-1", OCTOBER), new Notices.ReleasedCase("NCA-2", OCTOBER)));
        assertThat(text.subject()).isEqualTo("2 case outcomes released to Northgate Community Advice");
        assertThat(text.body()).contains("- NCA-1 (October 2027 round)\n- NCA-2 (October 2027 round)");
    }

    @Test
    void kpiRevised_givesTheVersionTheReasonAndWhatChanged() {
        var text = notices.kpiRevised("Priya Shah", "Northgate", OCTOBER, 2, "Appeal upheld on NCA-7",
                "In month 78.9% to 80.0%");
        assertThat(text.subject()).isEqualTo("Your KPI for October 2027 was revised (version 2)");
        assertThat(text.body()).contains("Why: Appeal upheld on NCA-7", "What changed: In month 78.9% to 80.0%");
    }

    @Test
    void kpiPublished_namesTheMonthAndWhenInUkTime() {
        var text = notices.kpiPublished("Priya Shah", "Northgate", OCTOBER, Instant.parse("2027-10-29T16:00:00Z"));
        assertThat(text.subject()).isEqualTo("Your KPI for October 2027 is published");
        assertThat(text.body()).contains("was published on 29 October 2027");
    }
}
