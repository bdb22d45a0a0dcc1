package uk.providerportal.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.FourStandards;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.calendar.WorkingDayCalendar;
import uk.providerportal.kpi.KpiService;
import uk.providerportal.kpi.KpiVersion;
import uk.providerportal.notification.NotificationService;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.policy.AppealPolicy;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.policy.SubmissionRules;
import uk.providerportal.security.Role;
import uk.providerportal.selfassessment.SelfAssessmentService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.standard.StandardsService;
import uk.providerportal.storage.FileStore;
import uk.providerportal.triage.TriageService;

/**
 * Appeals on the database (issue 13): the rules in force for the month, the window in the organisation's nation's
 * working days from a delayed first publication, the server's refusal one second after the deadline whatever the
 * form showed, and the independent review whose upheld standards revise the KPI. Each test has its own programme
 * (four standards, pass mark 75%, target 80%, the standard appeal rule) and partner.
 */
@PortalTest
class AppealServiceIT {

    static final String QUALITY_MANAGER = "helen.carter";
    static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired AppealService appeals;
    @Autowired KpiService kpis;
    @Autowired ModerationService moderation;
    @Autowired AssessmentService assessments;
    @Autowired TriageService triage;
    @Autowired SelfAssessmentService selfAssessments;
    @Autowired OrganisationService organisations;
    @Autowired StandardsService standards;
    @Autowired PolicyService policies;
    @Autowired WorkingDayCalendar workingDays;
    @Autowired NotificationService notifications;
    @Autowired FileStore store;

    AppealFixtures appealFixtures;
    String code;

    @BeforeEach
    void fixtures() {
        appealFixtures = new AppealFixtures(signInAs, fixtures, jdbc, clock, triage, assessments, moderation,
                selfAssessments, kpis);
        code = "APL" + NEXT.incrementAndGet();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A partner of a programme of its own whose rules start with the month. */
    Fixtures.Partner partner(YearMonth from, Nation nation) throws Exception {
        long programmeId = FourStandards.programme(signInAs, organisations, standards, policies, code,
                "Appeal test " + code, from);
        signInAs.call("alex.reid", () -> policies.changeAppealPolicy(programmeId,
                AppealPolicy.standard(from.atDay(1), "test"), null));
        signInAs.call("alex.reid", () -> policies.changeSubmissionRules(programmeId, new SubmissionRules(
                from.atDay(1), 180, 1, List.of("application/pdf"), 1, "test"), null));
        return fixtures.partner(code, nation);
    }

    @Test
    void eligibility_followsTheStandardRule_andTheWhatIfShowsTheTargetMet() throws Exception {
        YearMonth month = AppealFixtures.nextMonth();
        var partner = partner(month, Nation.ENGLAND_AND_WALES);
        var made = appealFixtures.appealable(partner.id(), partner.provider(), month);

        AppealEligibility eligibility = signInAs.call(partner.provider(),
                () -> appeals.eligibility(partner.id(), month));
        assertThat(eligibility.inScope()).as(eligibility.why() + " " + eligibility.cases()).isTrue();
        assertThat(eligibility.policyName()).isEqualTo("Standard rule");
        assertThat(eligibility.kpi()).isEqualByComparingTo("50.0");
        AppealableCase failing = eligibility.cases().stream().filter(c -> c.caseId() == made.failingCaseId())
                .findFirst().orElseThrow();
        assertThat(failing.eligibleStandards()).extracting(AppealableStandard::standardVersionId)
                .containsExactlyElementsOf(made.unmetVersionIds());
        assertThat(failing.eligibleStandards()).allSatisfy(s ->
                assertThat(s.why()).contains("your self-assessment found it met"));
        assertThat(eligibility.cases().stream().filter(c -> c.caseId() == made.passingCaseId()).findFirst()
                .orElseThrow().eligible()).isFalse();

        AppealWhatIf one = signInAs.call(partner.provider(), () -> appeals.whatIf(partner.id(), month,
                made.bothUnmet("").subList(0, 1)));
        // 3 of 4 met is 75.0%, exactly the pass mark: the case passes and the KPI is 2 of 2
        assertThat(one.cases()).singleElement().satisfies(change -> {
            assertThat(change.scoreAfter()).isEqualTo("75.0%");
            assertThat(change.resultAfter()).isEqualTo("Pass");
        });
        assertThat(one.after().kpiText()).isEqualTo("100.0%");
        assertThat(one.summary()).contains("target met");
    }

    @Test
    void window_countsTheNationsWorkingDays_fromADelayedFirstPublication() throws Exception {
        YearMonth month = YearMonth.of(2091, 11);
        var england = partner(month, Nation.ENGLAND_AND_WALES);
        var scotland = fixtures.partner(code, Nation.SCOTLAND);
        // published three weeks after its due date (Friday 30 November), on Thursday 20 December 2091
        fixtures.today("2091-12-20");
        signInAs.call(QUALITY_MANAGER, () -> kpis.publish(month));

        AppealWindow inEngland = signInAs.call(QUALITY_MANAGER, () -> appeals.window(england.id(), month))
                .orElseThrow();
        AppealWindow inScotland = signInAs.call(QUALITY_MANAGER, () -> appeals.window(scotland.id(), month))
                .orElseThrow();
        assertThat(inEngland.firstPublished()).isEqualTo(LocalDate.of(2091, 12, 20));
        // 10 working days: 25 and 26 December and 1 January are bank holidays in both; 2 January only in Scotland
        assertThat(inEngland.closesOn()).isEqualTo(LocalDate.of(2092, 1, 8));
        assertThat(inScotland.closesOn()).isEqualTo(LocalDate.of(2092, 1, 9));
        assertThat(inEngland.open()).isTrue();
        assertThat(inEngland.closesAt()).isEqualTo(Instant.parse("2092-01-09T00:00:00Z"));
    }

    @Test
    void aSaveOneSecondBeforeTheDeadline_isKept_aLodgeOneSecondAfter_isRefusedAndAudited() throws Exception {
        YearMonth month = AppealFixtures.nextMonth();
        var partner = partner(month, Nation.ENGLAND_AND_WALES);
        var made = appealFixtures.appealable(partner.id(), partner.provider(), month);
        AppealWindow window = signInAs.call(partner.provider(), () -> appeals.eligibility(partner.id(), month))
                .window();

        clock.set(window.closesAt().minusSeconds(1));
        AppealRecord draft = signInAs.call(partner.provider(), () -> appeals.saveDraft(partner.id(), month,
                made.bothUnmet("The call recording shows the standard was met."), -1));
        assertThat(draft.status()).isEqualTo(AppealStatus.DRAFT);
        assertThat(draft.items()).hasSize(2);

        clock.set(window.closesAt().plusSeconds(1));
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> appeals.lodge(partner.id(), month,
                made.bothUnmet("The call recording shows the standard was met."), draft.version())))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("appeal window")
                .hasMessageContaining("closed");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'APPEAL_REFUSED'"
                + " and entity_id = ?", Integer.class, partner.id() + "/" + month)).isEqualTo(1);
        assertThat(signInAs.call(partner.provider(), () -> appeals.appeal(partner.id(), month)).orElseThrow()
                .status()).isEqualTo(AppealStatus.DRAFT);
    }

    @Test
    void twoWorkingDaysBeforeTheWindowCloses_theProviderIsRemindedOnce_andALodgedAppealIsMailed() throws Exception {
        YearMonth month = AppealFixtures.nextMonth();
        var partner = partner(month, Nation.ENGLAND_AND_WALES);
        var made = appealFixtures.appealable(partner.id(), partner.provider(), month);
        AppealWindow window = signInAs.call(partner.provider(), () -> appeals.window(partner.id(), month))
                .orElseThrow();
        LocalDate day = window.closesOn();
        while (workingDays.workingDaysAfter(Nation.ENGLAND_AND_WALES, day, window.closesOn()) < 2) {
            day = day.minusDays(1);
        }
        fixtures.today(day.toString());
        String deadlineKey = "APPEAL_DEADLINE:" + partner.id() + ":" + month;
        signInAs.call("alex.reid", () -> notifications.checkAppealDeadlines());
        signInAs.call("alex.reid", () -> notifications.checkAppealDeadlines());
        assertThat(mails(deadlineKey)).isEqualTo(1);

        AppealRecord lodged = signInAs.call(partner.provider(), () -> appeals.lodge(partner.id(), month,
                made.bothUnmet("Met: the record shows it."), -1));
        assertThat(mails("APPEAL_LODGED:" + lodged.id())).isEqualTo(1);
        assertThat(signInAs.call(QUALITY_MANAGER, () -> appeals.closingWindows(2)))
                .noneMatch(w -> w.organisationId() == partner.id());
    }

    @Test
    void evidence_isCheckedLikeACaseRecord_andReadOnlyByItsOrganisation_andLeavesWithItsStandard() throws Exception {
        YearMonth month = AppealFixtures.nextMonth();
        var partner = partner(month, Nation.ENGLAND_AND_WALES);
        var made = appealFixtures.appealable(partner.id(), partner.provider(), month);
        var stranger = fixtures.partner();
        fixtures.today(month.atDay(5).toString());
        signInAs.call(partner.provider(), () -> appeals.saveDraft(partner.id(), month, made.bothUnmet("Draft"), -1));
        long first = made.unmetVersionIds().get(0);

        Path pdf = Files.createTempFile("evidence", ".pdf");
        Path notPdf = Files.createTempFile("evidence", ".pdf");
        try {
            Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
            Files.writeString(notPdf, "Just some words, whatever the name says.");
            AppealEvidence attached = signInAs.call(partner.provider(), () -> appeals.attachEvidence(partner.id(),
                    month, made.failingCaseId(), first, "call-notes.pdf", pdf));
            assertThat(attached.mediaType()).isEqualTo("application/pdf");
            assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> appeals.attachEvidence(partner.id(),
                    month, made.failingCaseId(), first, "letter.pdf", notPdf)))
                    .isInstanceOf(ChangeRefused.class).hasMessageContaining("“letter.pdf” is not one of the file types");
            assertThat(signInAs.call(partner.provider(), () -> appeals.evidence(partner.id(), month)))
                    .extracting(AppealEvidence::fileName).containsExactly("call-notes.pdf");

            var out = new java.io.ByteArrayOutputStream();
            signInAs.call(QUALITY_MANAGER, () -> appeals.writeEvidence(attached.id(), out));
            assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("%PDF-1.4");
            assertThatThrownBy(() -> signInAs.call(stranger.provider(), () -> appeals.writeEvidence(attached.id(),
                    new java.io.ByteArrayOutputStream()))).isInstanceOf(ItemNotFoundException.class);
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'READ_APPEAL_EVIDENCE'"
                    + " and entity_id = ?", Integer.class, String.valueOf(attached.id()))).isEqualTo(1);

            // the draft keeps only the second standard: the first one's evidence goes with it
            String key = jdbc.queryForObject("select storage_key from appeal_evidence where id = ?", String.class,
                    attached.id());
            long version = signInAs.call(partner.provider(), () -> appeals.appeal(partner.id(), month)).orElseThrow()
                    .version();
            signInAs.call(partner.provider(), () -> appeals.saveDraft(partner.id(), month,
                    made.bothUnmet("Draft").subList(1, 2), version));
            assertThat(signInAs.call(partner.provider(), () -> appeals.evidence(partner.id(), month))).isEmpty();
            assertThat(store.exists(key)).isFalse();
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(notPdf);
        }
    }

    static String workbookText(byte[] xlsx) throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    text.append(formatter.formatCellValue(cell)).append('\n'))));
        }
        return text.toString();
    }

    int mails(String noticeKey) {
        return jdbc.queryForObject("select count(*) from notification_outbox where notice_key = ?", Integer.class,
                noticeKey);
    }

    @Test
    void lodging_isAllOrNothing_andAnotherOrganisationsAppealIsNotFound() throws Exception {
        YearMonth month = AppealFixtures.nextMonth();
        var partner = partner(month, Nation.ENGLAND_AND_WALES);
        var made = appealFixtures.appealable(partner.id(), partner.provider(), month);
        var stranger = fixtures.partner();

        var choices = List.of(new AppealChoice(made.failingCaseId(), made.unmetVersionIds().get(0), "Met: see p. 3"),
                new AppealChoice(made.failingCaseId(), made.unmetVersionIds().get(1), " "));
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> appeals.lodge(partner.id(), month, choices,
                -1))).isInstanceOf(ChangeRefused.class).hasMessageContaining("Write the rationale");
        assertThat(signInAs.call(partner.provider(), () -> appeals.appeal(partner.id(), month))).isEmpty();

        assertThatThrownBy(() -> signInAs.call(stranger.provider(), () -> appeals.eligibility(partner.id(), month)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(stranger.provider(), () -> appeals.saveDraft(partner.id(), month,
                made.bothUnmet("x"), -1))).isInstanceOf(ItemNotFoundException.class);
    }

    @Test
    void theIndependentReviewersDecision_amendsUpheldStandards_andRevisesTheKpi() throws Exception {
        YearMonth month = AppealFixtures.nextMonth();
        var partner = partner(month, Nation.ENGLAND_AND_WALES);
        var made = appealFixtures.appealable(partner.id(), partner.provider(), month);
        AppealRecord lodged = signInAs.call(partner.provider(), () -> appeals.lodge(partner.id(), month,
                made.bothUnmet("The record shows it was met."), -1));
        assertThat(lodged.status()).isEqualTo(AppealStatus.LODGED);
        assertThat(lodged.decisionDue()).isNotNull();
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> appeals.saveDraft(partner.id(), month,
                made.bothUnmet("again"), lodged.version()))).isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("can no longer be changed");

        String reviewer = fixtures.funderStaff(Role.QUALITY_MANAGER, "reviewer");
        long reviewerId = fixtures.userId(reviewer);
        List<ReviewerChoice> choices = signInAs.call(QUALITY_MANAGER, () -> appeals.reviewerChoices(lodged.id()));
        assertThat(choices).filteredOn(c -> c.userId() == reviewerId).singleElement()
                .satisfies(c -> assertThat(c.independent()).isTrue());
        signInAs.call(QUALITY_MANAGER, () -> appeals.assign(lodged.id(), reviewerId));
        assertThat(signInAs.call(QUALITY_MANAGER, () -> appeals.board())).filteredOn(r -> r.id() == lodged.id())
                .singleElement().satisfies(r -> assertThat(r.reviewerName()).isNotNull());

        var decisions = List.of(
                new AppealService.Decision(made.failingCaseId(), made.unmetVersionIds().get(0), ItemDecision.UPHELD,
                        "The recording shows the adviser did it."),
                new AppealService.Decision(made.failingCaseId(), made.unmetVersionIds().get(1),
                        ItemDecision.NOT_UPHELD, "Nothing in the record shows it."));
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> appeals.decide(lodged.id(), decisions)))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("Only the assigned independent reviewer");

        AppealRecord decided = signInAs.call(reviewer, () -> appeals.decide(lodged.id(), decisions));
        assertThat(decided.status()).isEqualTo(AppealStatus.DECIDED);
        assertThat(decided.decisionSummary()).contains("1 of 2 standards upheld").contains("revised (version 2)");
        assertThat(signInAs.call(partner.provider(), () -> kpis.published(partner.id(), month)).orElseThrow()
                .inMonth().kpiText()).isEqualTo("100.0%");
        List<KpiVersion> log = signInAs.call(partner.provider(), () -> kpis.restatements(partner.id(), month));
        assertThat(log).hasSize(2);
        assertThat(log.getLast().reason()).contains("Appeal " + lodged.id());
        // the month's commentary workbook gives the upheld standard as met, the other still not met
        var workbook = new java.io.ByteArrayOutputStream();
        signInAs.call(partner.provider(), () -> moderation.exportCommentary(partner.id(), month, workbook));
        String cells = workbookText(workbook.toByteArray());
        assertThat(cells).contains("The assessor's note on 1b").doesNotContain("The assessor's note on 1a");
        assertThatThrownBy(() -> signInAs.call(reviewer, () -> appeals.decide(lodged.id(), decisions)))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("final");
        assertThat(decided.decidedAt()).isAfterOrEqualTo(decided.lodgedAt());
    }
}
