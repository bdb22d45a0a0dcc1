package uk.providerportal.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.CaseCommentary;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.FourStandards;
import uk.providerportal.assessment.ModerationChange;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.OutcomeAmendment;
import uk.providerportal.assessment.OutcomeLockService;
import uk.providerportal.assessment.ReleasedUnmetStandards;
import uk.providerportal.assessment.Scorecard;
import uk.providerportal.assessment.ScorecardAnswer;
import uk.providerportal.assessment.ScorecardDraft;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.cases.CaseFixtures;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.policy.KpiPolicy;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.security.Role;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.standard.StandardsService;
import uk.providerportal.triage.TriageService;

/**
 * KPI computation and publication on the database (issue 12): counted cases by the cut-off with their standing
 * outcomes, exactly-once publication with two schedulers racing, revisions that keep the first version, and tenant
 * isolation. Each test has its own programme, partner and month (2061 on), so the months' publications are its own.
 */
@PortalTest
class KpiServiceIT {

    static final String QUALITY_MANAGER = "helen.carter";
    static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired KpiService kpis;
    @Autowired KpiReports reports;
    @Autowired KpiPublicationJob job;
    @Autowired AssessmentService assessments;
    @Autowired ModerationService moderation;
    @Autowired OutcomeLockService outcomeLocks;
    @Autowired TriageService triage;
    @Autowired OrganisationService organisations;
    @Autowired StandardsService standards;
    @Autowired PolicyService policies;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    YearMonth month;
    long programmeId;
    Fixtures.Partner partner;
    String assessor;
    String secondQualityManager;

    @BeforeEach
    void aProgrammeWithFourStandards() throws Exception {
        int n = NEXT.incrementAndGet();
        month = YearMonth.of(2061, 1).plusMonths(3L * n);
        fixtures.today(month.atDay(2).toString());
        String code = "KPI" + n;
        programmeId = FourStandards.programme(signInAs, organisations, standards, policies, code, "KPI test " + n,
                month);
        partner = fixtures.partner(code, Nation.ENGLAND_AND_WALES);
        assessor = fixtures.assessor();
        secondQualityManager = fixtures.funderStaff(Role.QUALITY_MANAGER, "qm");
        signInAs.call(QUALITY_MANAGER, () -> moderation.setRate(month, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A case assigned, assessed with these outcomes (unmet ones with actual detriment) and submitted. */
    Scorecard submitted(Outcome... outcomes) throws Exception {
        long id = CaseFixtures.insertCase(jdbc, partner.id(), "KPI-" + NEXT.incrementAndGet(), month);
        signInAs.call(QUALITY_MANAGER, () -> triage.assign(List.of(id), fixtures.userId(assessor)));
        Scorecard card = signInAs.call(assessor, () -> assessments.start(id));
        List<ScorecardAnswer> answers = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            boolean unmet = outcomes[i] == Outcome.NOT_MET;
            answers.add(new ScorecardAnswer(card.lines().get(i).standardVersionId(), outcomes[i],
                    unmet ? CustomerImpact.ACTUAL_DETRIMENT : null, unmet ? "The assessor's note" : null));
        }
        return signInAs.call(assessor, () -> assessments.submit(id, new ScorecardDraft(card.version(),
                "Overall, clear advice.", answers)));
    }

    KpiFigure publishedInMonth() throws Exception {
        return signInAs.call(partner.provider(), () -> kpis.published(partner.id(), month)).orElseThrow().inMonth();
    }

    /** One picked case (the assessor's first at 0%: not released, not counted) and three released ones. */
    List<Scorecard> aMonthOfCases() throws Exception {
        Scorecard picked = submitted(Outcome.MET, Outcome.MET, Outcome.MET, Outcome.MET);
        assertThat(picked.caseStatus()).isEqualTo(CaseStatus.SUBMITTED_FOR_MODERATION);
        Scorecard full = submitted(Outcome.MET, Outcome.MET, Outcome.MET, Outcome.NOT_APPLICABLE);
        Scorecard atPassMark = submitted(Outcome.MET, Outcome.MET, Outcome.MET, Outcome.NOT_MET);
        Scorecard fail = submitted(Outcome.MET, Outcome.NOT_MET, Outcome.MET, Outcome.NOT_MET);
        assertThat(List.of(full, atPassMark, fail)).allSatisfy(card ->
                assertThat(card.caseStatus()).isEqualTo(CaseStatus.RELEASED));
        return List.of(picked, full, atPassMark, fail);
    }

    @Test
    void publishing_countsTheCasesReleasedByTheCutOff_atOrAboveThePassMark() throws Exception {
        aMonthOfCases();
        var result = signInAs.call(QUALITY_MANAGER, () -> kpis.publish(month));
        assertThat(result.message()).contains("by hand");

        KpiFigure figure = publishedInMonth();
        // 100.0% and 75.0% pass (pass mark 75), 50.0% fails; the picked case is not released, so not counted
        assertThat(figure.casesCounted()).isEqualTo(3);
        assertThat(figure.casesPassing()).isEqualTo(2);
        assertThat(figure.kpiPercent()).isEqualByComparingTo("66.7");
        assertThat(figure.averageScore()).isEqualByComparingTo("75.0");
        assertThat(figure.actualDetriment()).isEqualTo(3);
        assertThat(figure.targetMet()).isFalse();
        assertThat(figure.tier()).isEqualTo(KpiPolicy.Tier.NEEDS_IMPROVEMENT);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'KPI_PUBLISHED'"
                + " and entity_id = ?", Long.class, month.toString())).isOne();

        assertThatThrownBy(() -> signInAs.call(secondQualityManager, () -> kpis.publish(month)))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("already published")
                .hasMessageContaining("publish a revision");
    }

    @Test
    void aRevision_afterAnAmendment_keepsTheFirstVersion_theCutOff_andTheFirstPublicationDate() throws Exception {
        List<Scorecard> cases = aMonthOfCases();
        signInAs.call(QUALITY_MANAGER, () -> kpis.publish(month));
        var firstPublished = signInAs.call(partner.provider(), () -> kpis.firstPublicationDate(month));

        // released after the cut-off: rolls into no revision of this month
        clock.set(clock.instant().plusSeconds(3600));
        Scorecard picked = cases.getFirst();
        signInAs.call(secondQualityManager, () -> moderation.complete(picked.caseId(), List.of()));
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> kpis.revise(partner.id(), month,
                "Data cleansing"))).isInstanceOf(ChangeRefused.class).hasMessageContaining("Nothing to revise");
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> kpis.revise(partner.id(), month, " ")))
                .isInstanceOf(ChangeRefused.class).extracting(e -> ((ChangeRefused) e).field()).isEqualTo("reason");

        // the failing case's second standard amended to met: 75.0%, a pass
        Scorecard fail = cases.getLast();
        signInAs.call(QUALITY_MANAGER, () -> outcomeLocks.amend(fail.caseId(), new OutcomeAmendment(
                fail.lines().get(1).standardVersionId(), Outcome.MET, null, null, "Evidence found on file")));
        KpiVersion revision = signInAs.call(QUALITY_MANAGER, () -> kpis.revise(partner.id(), month,
                "Data cleansing: evidence found"));

        assertThat(revision.version()).isEqualTo(2);
        assertThat(revision.changes()).contains("KPI 66.7% → 100.0%").contains("cases passing 2 of 3 → 3 of 3")
                .contains("target now met");
        KpiFigure now = publishedInMonth();
        assertThat(now.casesPassing()).isEqualTo(3);
        assertThat(now.casesCounted()).as("the case released after the cut-off still does not count").isEqualTo(3);
        assertThat(now.actualDetriment()).isEqualTo(2);
        var log = signInAs.call(partner.provider(), () -> kpis.restatements(partner.id(), month));
        assertThat(log).extracting(KpiVersion::version).containsExactly(1, 2);
        assertThat(log.getFirst().inMonth().kpiPercent()).isEqualByComparingTo("66.7");
        assertThat(log.getFirst().reason()).isNull();
        assertThat(log.getLast().reason()).isEqualTo("Data cleansing: evidence found");
        PublishedKpi current = signInAs.call(partner.provider(), () -> kpis.published(partner.id(), month))
                .orElseThrow();
        assertThat(current.revised()).isTrue();
        assertThat(current.firstPublishedAt()).isBefore(current.publishedAt());
        assertThat(signInAs.call(partner.provider(), () -> kpis.firstPublicationDate(month))).isEqualTo(firstPublished);
    }

    @Test
    void twoSchedulersRacing_publishTheMonthExactlyOnce() throws Exception {
        aMonthOfCases();
        clock.set(due().plusSeconds(60));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                job.publishDueMonths();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        job.publishDueMonths();

        assertThat(jdbc.queryForObject("select count(*) from kpi_month_publication where round_month = ?"
                + " and how = 'SCHEDULED'", Long.class, month.atDay(1))).isOne();
        assertThat(jdbc.queryForObject("select count(*) from kpi_publication where round_month = ?"
                + " and organisation_id = ?", Long.class, month.atDay(1), partner.id())).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'KPI_PUBLISHED'"
                + " and entity_id = ?", Long.class, month.toString())).isOne();
        assertThat(publishedInMonth().casesCounted()).isEqualTo(3);
    }

    @Test
    void beforeThePublicationMoment_theJobPublishesNothing() throws Exception {
        aMonthOfCases();
        clock.set(due().minusSeconds(60));
        job.publishDueMonths();
        assertThat(jdbc.queryForObject("select count(*) from kpi_month_publication where round_month = ?",
                Long.class, month.atDay(1))).isZero();
    }

    @Test
    void aProvider_cannotReadAnotherOrganisationsKpi_andTheRefusalIsAudited() throws Exception {
        aMonthOfCases();
        Fixtures.Partner other = fixtures.partner();
        signInAs.call(QUALITY_MANAGER, () -> kpis.publish(month));
        assertThatThrownBy(() -> signInAs.call(other.provider(), () -> kpis.published(partner.id(), month)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'READ_KPI'"
                + " and entity_id = ?", Long.class, String.valueOf(partner.id()))).isPositive();
        assertThatThrownBy(() -> signInAs.call(other.provider(), () -> kpis.restatements(partner.id(), month)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(signInAs.call(other.provider(), () -> kpis.publishedMonths(other.id()))).contains(month);
    }

    @Test
    void theMonthsReport_listsEachCasesStandingUnmetStandards_asTheProvidersCommentaryShowsThem() throws Exception {
        List<Scorecard> cases = aMonthOfCases();
        // moderation makes the picked case's third standard unmet; an amendment meets the failing case's second
        // and changes the impact and note of its fourth
        Scorecard picked = cases.getFirst();
        clock.set(clock.instant().plusSeconds(60));
        signInAs.call(secondQualityManager, () -> moderation.complete(picked.caseId(), List.of(new ModerationChange(
                picked.lines().get(2).standardVersionId(), Outcome.NOT_MET, CustomerImpact.POTENTIAL_DETRIMENT,
                "The moderator's note", "Internal: moderation reason"))));
        Scorecard fail = cases.getLast();
        signInAs.call(QUALITY_MANAGER, () -> outcomeLocks.amend(fail.caseId(), new OutcomeAmendment(
                fail.lines().get(1).standardVersionId(), Outcome.MET, null, null, "Internal: evidence found")));
        signInAs.call(QUALITY_MANAGER, () -> outcomeLocks.amend(fail.caseId(), new OutcomeAmendment(
                fail.lines().get(3).standardVersionId(), Outcome.NOT_MET, CustomerImpact.NONE, "The amended note",
                "Internal: impact reviewed")));
        signInAs.call(QUALITY_MANAGER, () -> kpis.publish(month));

        List<ReleasedUnmetStandards> unmet = signInAs.call(partner.provider(),
                () -> moderation.releasedUnmet(partner.id(), month));
        assertThat(unmet).extracting(ReleasedUnmetStandards::caseId)
                .as("in release order; the case meeting every standard has none")
                .containsExactly(cases.get(2).caseId(), fail.caseId(), picked.caseId());
        for (ReleasedUnmetStandards each : unmet) {
            CaseCommentary commentary = signInAs.call(partner.provider(), () -> moderation.commentary(each.caseId()));
            assertThat(each.unmet()).isEqualTo(commentary.unmet());
        }
        assertThat(unmet.get(1).unmet()).singleElement().satisfies(standard -> {
            assertThat(standard.impact()).isEqualTo(CustomerImpact.NONE);
            assertThat(standard.note()).isEqualTo("The amended note");
        });
        assertThat(unmet.get(2).unmet()).singleElement().extracting(CaseCommentary.UnmetStandard::note)
                .isEqualTo("The moderator's note");
        assertThatThrownBy(() -> signInAs.call(fixtures.partner().provider(),
                () -> moderation.releasedUnmet(partner.id(), month))).isInstanceOf(ItemNotFoundException.class);

        var out = new ByteArrayOutputStream();
        signInAs.call(partner.provider(), () -> {
            reports.exportReport(partner.id(), month, out);
            return null;
        });
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("The amended note", "No detriment", "The moderator's note",
                    "Potential detriment", "Every standard that applied was met.").doesNotContain("Internal:");
        }
    }

    @Test
    void aMonthNotStarted_cannotBePublished() {
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> kpis.publish(month.plusMonths(1))))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("has not started");
    }

    Instant due() throws Exception {
        return signInAs.call(QUALITY_MANAGER, () -> kpis.publicationDue(month)).toInstant();
    }
}
