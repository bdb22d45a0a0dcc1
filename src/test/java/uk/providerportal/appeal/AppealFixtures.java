package uk.providerportal.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.Scorecard;
import uk.providerportal.assessment.ScorecardAnswer;
import uk.providerportal.assessment.ScorecardDraft;
import uk.providerportal.assessment.ScorecardLine;
import uk.providerportal.cases.CaseFixtures;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.kpi.KpiService;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.selfassessment.SelfAssessmentAnswer;
import uk.providerportal.selfassessment.SelfAssessmentDraft;
import uk.providerportal.selfassessment.SelfAssessmentService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.sla.SlaService;
import uk.providerportal.triage.TriageService;
import uk.providerportal.user.UserService;

/**
 * A published month an organisation can appeal, made for one test: a new assessor's first case (picked for
 * moderation, so not counted), then a failing case whose first two standards the assessor found not met and the
 * provider had self-assessed as met, and a passing case; both released, the month published. Its KPI is 50%: below
 * any target above that, whatever other tests did to the programme's rules, and upholding both standards reaches
 * 100%. Months come from 2095 on, one per call, so no other test publishes them.
 */
public final class AppealFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger();
    static final String QUALITY_MANAGER = "helen.carter";

    /** What was made: the failing case with the versions of its two unmet standards. */
    public record AppealMonth(long organisationId, String provider, YearMonth month, String assessor,
                              long failingCaseId, long passingCaseId, List<Long> unmetVersionIds) {

        public List<AppealChoice> bothUnmet(String rationale) {
            return unmetVersionIds.stream().map(v -> new AppealChoice(failingCaseId, v, rationale)).toList();
        }
    }

    private final SignInAs signInAs;
    private final Fixtures fixtures;
    private final JdbcTemplate jdbc;
    private final MutableClock clock;
    private final TriageService triage;
    private final AssessmentService assessments;
    private final ModerationService moderation;
    private final SelfAssessmentService selfAssessments;
    private final KpiService kpis;

    public AppealFixtures(SignInAs signInAs, Fixtures fixtures, JdbcTemplate jdbc, MutableClock clock,
                          TriageService triage, AssessmentService assessments, ModerationService moderation,
                          SelfAssessmentService selfAssessments, KpiService kpis) {
        this.signInAs = signInAs;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.clock = clock;
        this.triage = triage;
        this.assessments = assessments;
        this.moderation = moderation;
        this.selfAssessments = selfAssessments;
        this.kpis = kpis;
    }

    /** For tests whose context does not import the fixtures (the browser tests). */
    public static AppealFixtures from(ApplicationContext context) {
        SignInAs signInAs = SignInAs.from(context);
        var fixtures = new Fixtures(context.getBean(OrganisationService.class), context.getBean(UserService.class),
                context.getBean(SlaService.class), signInAs, context.getBean(JdbcTemplate.class),
                context.getBeanProvider(MutableClock.class));
        return new AppealFixtures(signInAs, fixtures, context.getBean(JdbcTemplate.class),
                context.getBean(MutableClock.class), context.getBean(TriageService.class),
                context.getBean(AssessmentService.class), context.getBean(ModerationService.class),
                context.getBean(SelfAssessmentService.class), context.getBean(KpiService.class));
    }

    public SignInAs signInAs() {
        return signInAs;
    }

    public Fixtures fixtures() {
        return fixtures;
    }

    /**
     * Pathways South East, Ade Okafor's organisation in the demo: the browser tests appeal its far-future months, so
     * Northgate's latest months (which other journeys read) stay the demo's own.
     */
    public long pathways() {
        return jdbc.queryForObject("select id from organisation where code = 'PSE'", Long.class);
    }

    /** The month's appeal of both unmet standards, lodged by its provider; returns the appeal's id. */
    public long lodged(AppealService appeals, AppealMonth made) throws Exception {
        return signInAs.call(made.provider(), () -> appeals.lodge(made.organisationId(), made.month(),
                made.bothUnmet("The call recording shows the adviser did this."), -1)).id();
    }

    /** A month of its own, from January 2095 on. */
    public static YearMonth nextMonth() {
        return YearMonth.of(2095, 1).plusMonths(NEXT.getAndIncrement());
    }

    /** Makes and publishes the month (on its second day); the clock is put back as it was. */
    public AppealMonth appealable(long organisationId, String provider, YearMonth month) throws Exception {
        Instant before = clock.instant();
        fixtures.today(month.atDay(2).toString());
        try {
            String assessor = fixtures.assessor();
            signInAs.call(QUALITY_MANAGER, () -> moderation.setRate(month, 0));
            submitted(organisationId, month, assessor, null, 0);
            Scorecard failed = submitted(organisationId, month, assessor, provider, 2);
            Scorecard passed = submitted(organisationId, month, assessor, null, 0);
            assertThat(List.of(failed, passed)).allSatisfy(card ->
                    assertThat(card.caseStatus()).isEqualTo(CaseStatus.RELEASED));
            signInAs.call(QUALITY_MANAGER, () -> kpis.publish(month));
            return new AppealMonth(organisationId, provider, month, assessor, failed.caseId(), passed.caseId(),
                    failed.lines().subList(0, 2).stream().map(ScorecardLine::standardVersionId).toList());
        } finally {
            clock.set(before);
        }
    }

    /**
     * A new case assigned to the assessor and submitted, its first {@code unmet} standards not met; when a provider is
     * given, they self-assess every standard as met once the assessor has started (the case's standards are then the
     * scorecard's).
     */
    private Scorecard submitted(long organisationId, YearMonth month, String assessor, String selfAssessedBy,
                                int unmet) throws Exception {
        long id = CaseFixtures.insertCase(jdbc, organisationId, "APPEAL-" + NEXT.incrementAndGet(), month);
        signInAs.call(QUALITY_MANAGER, () -> triage.assign(List.of(id), fixtures.userId(assessor)));
        Scorecard card = signInAs.call(assessor, () -> assessments.start(id));
        if (selfAssessedBy != null) {
            signInAs.call(selfAssessedBy, () -> {
                var form = selfAssessments.selfAssessment(id);
                return selfAssessments.save(id, new SelfAssessmentDraft(form.version(), form.lines().stream()
                        .map(line -> new SelfAssessmentAnswer(line.code(), Outcome.MET)).toList()));
            });
        }
        List<ScorecardAnswer> answers = new ArrayList<>();
        for (int i = 0; i < card.lines().size(); i++) {
            ScorecardLine line = card.lines().get(i);
            boolean notMet = i < unmet;
            answers.add(new ScorecardAnswer(line.standardVersionId(), notMet ? Outcome.NOT_MET : Outcome.MET,
                    notMet && line.standard().customerImpact() ? CustomerImpact.POTENTIAL_DETRIMENT : null,
                    notMet ? "The assessor's note on " + line.standard().code() : null));
        }
        return signInAs.call(assessor, () -> assessments.submit(id, new ScorecardDraft(card.version(),
                "Overall commentary.", answers)));
    }
}
