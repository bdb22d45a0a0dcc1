package uk.providerportal.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.Scorecard;
import uk.providerportal.assessment.ScorecardAnswer;
import uk.providerportal.assessment.ScorecardDraft;
import uk.providerportal.cases.CaseFixtures;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.standard.Standard;
import uk.providerportal.standard.StandardsService;
import uk.providerportal.triage.TriageService;

/**
 * A world of its own for a self-assessment test: a programme with standards 1a, 1b (Advice), 2a and 2b (Records)
 * from the first of a month no other test uses, two delivery partners on it, and an assessor. Cases go straight in
 * the database, filed on the second of their month.
 */
final class SelfAssessmentWorld {

    static final String QUALITY_MANAGER = "helen.carter";
    static final String ADMIN = "alex.reid";
    private static final AtomicInteger NEXT = new AtomicInteger();

    final YearMonth month;
    final long programmeId;
    final Fixtures.Partner partner;
    final Fixtures.Partner other;
    final String assessor;
    private final int n;
    private final Fixtures fixtures;
    private final SignInAs signInAs;
    private final JdbcTemplate jdbc;

    SelfAssessmentWorld(int firstYear, Fixtures fixtures, SignInAs signInAs, JdbcTemplate jdbc,
                        OrganisationService organisations, StandardsService standards) throws Exception {
        this.n = NEXT.incrementAndGet();
        this.fixtures = fixtures;
        this.signInAs = signInAs;
        this.jdbc = jdbc;
        this.month = YearMonth.of(firstYear, 1).plusMonths(n);
        fixtures.today(month.atDay(2).toString());
        String code = "SELF" + firstYear % 100 + n;
        this.programmeId = signInAs.call(ADMIN, () -> organisations.ensureProgramme(code, "Self-assessment " + n));
        LocalDate from = month.atDay(1);
        signInAs.call(ADMIN, () -> {
            standards.save(programmeId, new Standard("1a", from, "Advice tailored", "Fits the customer.", "Advice",
                    false, false, ""), null);
            standards.save(programmeId, new Standard("1b", from, "Correct advice", "No incorrect advice.", "Advice",
                    true, false, ""), null);
            standards.save(programmeId, new Standard("2a", from, "Complete record", "Shows what and why.",
                    "Records", false, false, ""), null);
            return standards.save(programmeId, new Standard("2b", from, "Consent recorded", "Consent is recorded.",
                    "Records", false, false, ""), null);
        });
        this.partner = fixtures.partner(code, Nation.ENGLAND_AND_WALES);
        this.other = fixtures.partner(code, Nation.ENGLAND_AND_WALES);
        this.assessor = fixtures.assessor();
    }

    String reference(String prefix) {
        return prefix + "-" + n + "-" + NEXT.incrementAndGet();
    }

    /** A received case of the partner filed under the month, on its second day. */
    long caseOf(Fixtures.Partner owner, String reference, YearMonth folder) {
        long id = CaseFixtures.insertCase(jdbc, owner.id(), reference, folder);
        // Written as UTC wall-clock text, as the portal stores instants, whatever the JVM's zone.
        jdbc.update("update case_sample set submitted_at = ? where id = ?", folder.atDay(2) + " 09:00:00", id);
        return id;
    }

    /** Assigns, starts and submits the case with every standard met, then moderates it if picked: released. */
    void release(long caseId, AssessmentService assessments, TriageService triage, ModerationService moderation)
            throws Exception {
        start(caseId, assessments, triage);
        Scorecard card = signInAs.call(assessor, () -> assessments.scorecard(caseId));
        Scorecard submitted = signInAs.call(assessor, () -> assessments.submit(caseId, new ScorecardDraft(
                card.version(), "", card.lines().stream().map(line -> new ScorecardAnswer(line.standardVersionId(),
                Outcome.MET, null, null)).toList())));
        if (submitted.caseStatus() == CaseStatus.SUBMITTED_FOR_MODERATION) {
            signInAs.call(QUALITY_MANAGER, () -> moderation.complete(caseId, List.of()));
        }
        assertThat(jdbc.queryForObject("select status from case_sample where id = ?", String.class, caseId))
                .isEqualTo("RELEASED");
    }

    void start(long caseId, AssessmentService assessments, TriageService triage) throws Exception {
        var assigned = signInAs.call(QUALITY_MANAGER, () -> triage.assign(List.of(caseId),
                fixtures.userId(assessor)));
        assertThat(assigned.problems()).as(assigned.message()).isEmpty();
        signInAs.call(assessor, () -> assessments.start(caseId));
    }
}
