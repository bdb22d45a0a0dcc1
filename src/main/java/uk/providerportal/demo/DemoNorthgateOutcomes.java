package uk.providerportal.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.ModerationChange;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.Scorecard;
import uk.providerportal.assessment.ScorecardAnswer;
import uk.providerportal.assessment.ScorecardDraft;
import uk.providerportal.assessment.ScorecardLine;
import uk.providerportal.cases.AssignedQuery;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.triage.TriageService;

/**
 * Released commentary for Priya Shah's Northgate Community Advice (issue 11, item 8), where it has none: Ruth Morgan
 * scores two of this month's Northgate cases and Helen Carter moderates whichever is picked. One is a fail with a
 * vulnerable customer left worse off (standard 1e, which Helen moves from potential to actual detriment with an
 * internal reason) and next steps not written down (2b); the other a pass with every standard met. Priya had
 * self-assessed the failing case as fully met, so once the month's KPI is published (50%, below target) Northgate can
 * appeal 1e and 2b (issue 13).
 */
final class DemoNorthgateOutcomes {

    /** Runs work as a demo person ({@code DemoData#asDemoPerson}). */
    interface AsDemoPerson {
        <T> T call(String subject, Supplier<T> work);
    }

    static final String VULNERABILITY_NOTE = "The customer said she cares for her disabled son and has not been "
            + "sleeping; this was not recorded, and the payment offered to creditors leaves too little for food and "
            + "heating.";

    private final AsDemoPerson as;
    private final TriageService triage;
    private final AssessmentService assessments;
    private final ModerationService moderation;
    private final DemoSelfAssessments selfAssessments;

    DemoNorthgateOutcomes(AsDemoPerson as, TriageService triage, AssessmentService assessments,
                          ModerationService moderation, DemoSelfAssessments selfAssessments) {
        this.selfAssessments = selfAssessments;
        this.as = as;
        this.triage = triage;
        this.assessments = assessments;
        this.moderation = moderation;
    }

    /** Given Northgate's received cases of the round, oldest first; nothing when Ruth has had a Northgate case. */
    void seed(long northgateId, List<Long> received, long ruthId) {
        var everyStatus = new AssignedQuery(null, EnumSet.allOf(CaseStatus.class), null);
        boolean done = as.call("ruth.morgan", () -> assessments.myCases(everyStatus, PageRequest.of(0, 200)))
                .stream().anyMatch(mine -> mine.summary().organisationId() == northgateId);
        if (done || received.size() < 4) {
            return;
        }
        long failing = received.get(0);
        long passing = received.get(1);
        // Priya saw the failing case as fully met: the standards Ruth finds not met are disputed, so appealable.
        as.call("priya.shah", () -> {
            selfAssessments.everyStandardMet(failing);
            return null;
        });
        as.call("helen.carter", () -> triage.assign(List.of(failing, passing), ruthId));
        Scorecard failed = as.call("ruth.morgan", () -> submit(failing, Map.of(
                "1e", VULNERABILITY_NOTE,
                "2b", "The letter after the call does not say who will contact the creditors, or by when."),
                "The income, spending and debts were checked carefully against the bank statements, and the "
                        + "options were explained in plain words. The adviser missed clear signs of vulnerability: the "
                        + "customer's caring responsibilities and distress were not recorded or acted on, and the "
                        + "repayment plan leaves her short of money for essentials. The next steps were agreed on the "
                        + "call but not set out in writing."));
        Scorecard passed = as.call("ruth.morgan", () -> submit(passing, Map.of(),
                "A thorough fact find and clear, well-tailored advice. The rent arrears and council tax were dealt "
                        + "with before the credit cards, the customer's consent was recorded and the letter after the "
                        + "call sets out who does what next. A model case record."));
        as.call("helen.carter", () -> {
            if (failed.caseStatus() == CaseStatus.SUBMITTED_FOR_MODERATION) {
                ScorecardLine vulnerability = failed.lines().stream()
                        .filter(line -> line.standard().code().equals("1e")).findFirst().orElseThrow();
                moderation.complete(failing, List.of(new ModerationChange(vulnerability.standardVersionId(),
                        Outcome.NOT_MET, CustomerImpact.ACTUAL_DETRIMENT, VULNERABILITY_NOTE, "The call recording "
                        + "shows the customer has already missed meals to keep up the payments: actual, not "
                        + "potential, detriment.")));
            }
            if (passed.caseStatus() == CaseStatus.SUBMITTED_FOR_MODERATION) {
                moderation.complete(passing, List.of());
            }
            return null;
        });
    }

    /** Starts the case and submits it: the standards named not met with these notes, every other one met. */
    private Scorecard submit(long caseId, Map<String, String> unmet, String commentary) {
        Scorecard card = assessments.start(caseId);
        List<ScorecardAnswer> answers = new ArrayList<>();
        for (ScorecardLine line : card.lines()) {
            String note = unmet.get(line.standard().code());
            answers.add(new ScorecardAnswer(line.standardVersionId(), note == null ? Outcome.MET : Outcome.NOT_MET,
                    note != null && line.standard().customerImpact() ? CustomerImpact.POTENTIAL_DETRIMENT : null,
                    note));
        }
        return assessments.submit(caseId, new ScorecardDraft(card.version(), commentary, answers));
    }
}
