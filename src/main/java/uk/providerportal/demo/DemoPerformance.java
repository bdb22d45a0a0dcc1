package uk.providerportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.providerportal.base.DateFormats;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.performance.ActionPlanDraft;
import uk.providerportal.performance.ActionStatus;
import uk.providerportal.performance.AssuranceArea;
import uk.providerportal.performance.AssuranceRating;
import uk.providerportal.performance.Finding;
import uk.providerportal.performance.InterventionLevel;
import uk.providerportal.performance.LevelChange;
import uk.providerportal.performance.NewAssuranceReview;
import uk.providerportal.performance.PerformanceRecord;
import uk.providerportal.performance.PerformanceService;

/**
 * Performance management (issue 15, items 5 to 7): Midlands Debt Trust at level 2 (it was at level 1) with an
 * enhanced action plan, a flight path and Helen Carter's comments; Northgate at level 1 with a plan; Pathways South
 * East with three limited assurance reviews in a row, flagged for remedial action. Clyde Works has nothing yet.
 */
@Component
class DemoPerformance {

    private static final String MANAGER = "helen.carter";

    private final PerformanceService performance;
    private final Clock clock;

    DemoPerformance(PerformanceService performance, Clock clock) {
        this.performance = performance;
        this.clock = clock;
    }

    void seed(Map<String, OrganisationSummary> byCode, DemoCalibration.AsPerson as) {
        long northgate = byCode.get("NCA").id();
        if (as.call("priya.shah", () -> performance.workspace(northgate)).planNumber() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        PerformanceRecord ncaAtOne = as.call(MANAGER, () -> performance.setLevel(northgate, 0, new LevelChange(
                InterventionLevel.STANDARD, today.minusMonths(6), "Contract start: standard action, with the action "
                + "plan reviewed at each monthly contract performance review.", "", null, null, null)));
        as.call("priya.shah", () -> performance.saveActionPlan(northgate, ncaAtOne.version(), new ActionPlanDraft(
                List.of(new ActionPlanDraft.Action("Keep referrals acknowledged within one working day above 99%",
                        "Priya Shah, operations lead", "Referrals acknowledged within one working day, monthly",
                        today.plusMonths(3), ActionStatus.ON_TRACK, List.of(new ActionPlanDraft.Milestone(
                                today.plusMonths(1), "99% in the month"))),
                        new ActionPlanDraft.Action("Train two new advisers in the quality standards", "Training "
                                + "manager", "Both advisers' first five cases score 85% or more", today.plusMonths(2),
                                ActionStatus.NOT_STARTED, List.of())), "")));

        long midlands = byCode.get("MDT").id();
        PerformanceRecord mdtAtOne = as.call(MANAGER, () -> performance.setLevel(midlands, 0, new LevelChange(
                InterventionLevel.STANDARD, today.minusMonths(8), "Contract start: standard action.", "", null, null,
                null)));
        PerformanceRecord firstPlan = as.call("gareth.evans", () -> performance.saveActionPlan(midlands,
                mdtAtOne.version(), new ActionPlanDraft(List.of(new ActionPlanDraft.Action("Lift job outcomes to "
                        + "the contract's performance level", "Gareth Evans, contract operational lead",
                        "Job outcomes against the profile, in month and rolling three months", today.plusMonths(4),
                        ActionStatus.AT_RISK, List.of())), "")));
        PerformanceRecord atTwo = as.call(MANAGER, () -> performance.setLevel(midlands, firstPlan.version(),
                new LevelChange(InterventionLevel.ENHANCED, today.minusMonths(1), "Job outcomes below the "
                        + "performance level for three months running, and the rolling three months below target.",
                        "", "Letter notifying enhanced action", "MDT-PMIR-2", today.minusMonths(1))));
        PerformanceRecord enhanced = as.call("gareth.evans", () -> performance.saveActionPlan(midlands,
                atTwo.version(), new ActionPlanDraft(List.of(new ActionPlanDraft.Action("Lift job outcomes to the "
                        + "contract's performance level", "Gareth Evans, contract operational lead", "Job outcomes "
                        + "against the profile, in month and rolling three months", today.plusMonths(4),
                        ActionStatus.AT_RISK, List.of(new ActionPlanDraft.Milestone(today.plusMonths(1), "85% of "
                        + "profile in month"), new ActionPlanDraft.Milestone(today.plusMonths(2), "92% of profile "
                        + "in month"), new ActionPlanDraft.Milestone(today.plusMonths(3), "100% of profile in "
                        + "month"))), new ActionPlanDraft.Action("Weekly pipeline review of every participant "
                        + "within 30 days of an outcome", "Team leaders", "Pipeline reviewed every week; "
                        + "outcomes claimed within 5 working days", today.plusMonths(2), ActionStatus.ON_TRACK,
                        List.of())), "Month 1: 85% of profile (pipeline 42 participants within 30 days of an "
                        + "outcome); month 2: 92% (pipeline 48); month 3: 100% (pipeline 50); rolling three months "
                        + "at target by month 4.")));
        as.call(MANAGER, () -> performance.commentOnActionPlan(midlands, enhanced.version(), "Thank you for the "
                + "flight path. Please add the pipeline figures to your monthly management information so we can "
                + "track it against the flight path at each review."));

        long pathways = byCode.get("PSE").id();
        as.call(MANAGER, () -> performance.recordAssuranceReview(pathways, new NewAssuranceReview(
                today.minusMonths(14), AssuranceRating.LIMITED, List.of(new Finding(AssuranceArea.CLAIMS_AND_PAYMENTS,
                "Claims prepared and approved by the same person: no segregation of duties.")),
                today.minusMonths(13))));
        as.call(MANAGER, () -> performance.recordAssuranceReview(pathways, new NewAssuranceReview(
                today.minusMonths(8), AssuranceRating.LIMITED, List.of(new Finding(AssuranceArea.GOVERNANCE,
                "No fraud risk register for the supply chain.")), today.minusMonths(7))));
        PerformanceRecord third = as.call(MANAGER, () -> performance.recordAssuranceReview(pathways,
                new NewAssuranceReview(today.minusDays(20), AssuranceRating.LIMITED, List.of(new Finding(
                        AssuranceArea.SERVICE_DELIVERY, "Participant starts recorded up to three weeks late.")),
                        today.plusDays(10))));
        for (var review : third.reviews().reversed().subList(0, 2)) {
            as.call("ade.okafor", () -> performance.submitAssurancePlan(review.id(), review.version(), "Steps agreed "
                    + "with the Provider Assurance Team for each finding, with owners and dates."));
        }
    }
}
