package uk.providerportal.calibration;

import static org.assertj.core.api.Assertions.assertThat;

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
import uk.providerportal.signin.SignInAs;
import uk.providerportal.triage.TriageService;

/** Cases of a test's own partner taken as far as a calibration request needs: submitted, or released. */
public class CalibrationFixtures {

    static final String QUALITY_MANAGER = "helen.carter";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Fixtures fixtures;
    private final SignInAs signInAs;
    private final JdbcTemplate jdbc;
    private final TriageService triage;
    private final AssessmentService assessments;
    private final ModerationService moderation;

    public CalibrationFixtures(Fixtures fixtures, SignInAs signInAs, JdbcTemplate jdbc, TriageService triage,
                               AssessmentService assessments, ModerationService moderation) {
        this.fixtures = fixtures;
        this.signInAs = signInAs;
        this.jdbc = jdbc;
        this.triage = triage;
        this.assessments = assessments;
        this.moderation = moderation;
    }

    /** A case of the partner's month, scored "all met" by the assessor and waiting for moderation (rate 100%). */
    public Scorecard submitted(Fixtures.Partner partner, String assessor, YearMonth month) throws Exception {
        signInAs.call(QUALITY_MANAGER, () -> moderation.setRate(month, 100));
        long id = CaseFixtures.insertCase(jdbc, partner.id(), "CAL-" + NEXT.incrementAndGet() + "-" + partner.code(),
                month);
        var result = signInAs.call(QUALITY_MANAGER, () -> triage.assign(List.of(id), fixtures.userId(assessor)));
        assertThat(result.done()).as(result.message()).isTrue();
        Scorecard card = signInAs.call(assessor, () -> assessments.start(id));
        return signInAs.call(assessor, () -> assessments.submit(id, new ScorecardDraft(card.version(), "Clear advice.",
                card.lines().stream().map(line -> new ScorecardAnswer(line.standardVersionId(), Outcome.MET, null,
                        null)).toList())));
    }

    /** A case of the partner's month, moderated (agreed) and so released to the partner. */
    public Scorecard released(Fixtures.Partner partner, String assessor, YearMonth month) throws Exception {
        Scorecard card = submitted(partner, assessor, month);
        signInAs.call(QUALITY_MANAGER, () -> moderation.complete(card.caseId(), List.of()));
        return card;
    }
}
