package uk.providerportal.performance;

import java.time.LocalDate;
import java.util.List;

/** The provider action plan as written: SMART actions with their milestones, and the flight path (level 2 up). */
public record ActionPlanDraft(List<Action> actions, String flightPath) {

    /** One SMART action: what, who owns it, how it is measured, when it is due, its milestones and where it stands. */
    public record Action(String what, String owner, String measure, LocalDate dueOn, ActionStatus status,
                         List<Milestone> milestones) {
    }

    /** A milestone target on the way to an action. */
    public record Milestone(LocalDate dueOn, String target) {
    }

    public static ActionPlanDraft empty() {
        return new ActionPlanDraft(List.of(), "");
    }
}
