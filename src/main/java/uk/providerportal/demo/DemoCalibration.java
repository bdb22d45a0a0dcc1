package uk.providerportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.ScorecardAnswer;
import uk.providerportal.base.DateFormats;
import uk.providerportal.calibration.BlindAnswers;
import uk.providerportal.calibration.BlindScorecard;
import uk.providerportal.calibration.CalibrationService;
import uk.providerportal.calibration.NewExercise;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.triage.QueueFilter;
import uk.providerportal.triage.TriageService;
import uk.providerportal.user.UserService;

/**
 * Calibration in the demo (issue 11, item 10), where there is none yet: Helen Carter's two exercises with Sam Patel
 * and Ruth Morgan on Northgate cases still in the triage queue. One is finished: both scored it, they disagreed on
 * 1d and 2b, and Helen recorded the discussion and closed it. The other waits for both to score it.
 */
@Component
class DemoCalibration {

    /** Acts as a demo person (DemoData's way of doing so). */
    interface AsPerson {
        <T> T call(String subject, Supplier<T> work);
    }

    static final String NOTES = "1d: council tax arrears are a priority debt even when the customer asks about the "
            + "credit cards first, so 1d is not met when they wait. 2b: next steps need who does what and by when, "
            + "not only a list of actions.";

    private final CalibrationService calibration;
    private final TriageService triage;
    private final UserService users;
    private final Clock clock;

    DemoCalibration(CalibrationService calibration, TriageService triage, UserService users, Clock clock) {
        this.calibration = calibration;
        this.triage = triage;
        this.users = users;
        this.clock = clock;
    }

    void seed(Map<String, OrganisationSummary> byCode, AsPerson as) {
        if (as.call("helen.carter", () -> calibration.countExercises("")) > 0) {
            return;
        }
        YearMonth round = YearMonth.now(clock);
        OrganisationSummary northgate = byCode.get("NCA");
        List<CaseSummary> queued = as.call("helen.carter", () -> triage.queue(new QueueFilter(round, northgate.id(),
                null, CaseStatus.RECEIVED, null), PageRequest.of(0, 50))).stream()
                .sorted(java.util.Comparator.comparingLong(CaseSummary::id).reversed()).toList();
        if (queued.size() < 2) {
            return;
        }
        List<Long> assessors = List.of(users.findDemoUser("sam.patel").orElseThrow().id(),
                users.findDemoUser("ruth.morgan").orElseThrow().id());
        LocalDate due = LocalDate.now(clock.withZone(DateFormats.ZONE)).plusDays(10);

        long finished = as.call("helen.carter", () -> calibration.setUp(new NewExercise(northgate.id(),
                queued.get(1).reference(), assessors, due))).id();
        as.call("sam.patel", () -> score(finished, "1d", "2c"));
        as.call("ruth.morgan", () -> score(finished, "2b", "2c"));
        as.call("helen.carter", () -> calibration.close(finished, NOTES));

        as.call("helen.carter", () -> calibration.setUp(new NewExercise(northgate.id(), queued.get(0).reference(),
                assessors, due)));
    }

    /** Every standard met, except the unmet one (with an impact and a note) and the not applicable one. */
    private BlindScorecard score(long exerciseId, String unmet, String notApplicable) {
        BlindScorecard card = calibration.blindScorecard(exerciseId);
        List<ScorecardAnswer> answers = card.lines().stream().map(line -> {
            String code = line.standard().code();
            if (code.equals(unmet)) {
                return new ScorecardAnswer(line.standardVersionId(), Outcome.NOT_MET,
                        line.standard().customerImpact() ? CustomerImpact.POTENTIAL_DETRIMENT : null,
                        code.equals("1d") ? "Council tax arrears waited behind the credit cards."
                                : "The next steps do not say who takes them.");
            }
            return new ScorecardAnswer(line.standardVersionId(), code.equals(notApplicable) ? Outcome.NOT_APPLICABLE
                    : Outcome.MET, null, null);
        }).toList();
        return calibration.submitAnswers(exerciseId, new BlindAnswers(card.version(), answers));
    }
}
