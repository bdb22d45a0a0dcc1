package uk.providerportal.performance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A SMART milestone target of a longer-term action (11.07), by the action's number in the plan. */
@Embeddable
class PlanMilestone {

    static final int MAX_TARGET = 500;

    @Column(name = "action_number", nullable = false)
    private int actionNumber;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn = LocalDate.EPOCH;

    @Size(max = MAX_TARGET)
    @Column(nullable = false, length = MAX_TARGET)
    private String target = "";

    protected PlanMilestone() {
    }

    PlanMilestone(int actionNumber, LocalDate dueOn, String target) {
        this.actionNumber = actionNumber;
        this.dueOn = dueOn;
        this.target = target;
    }

    int actionNumber() {
        return actionNumber;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    String target() {
        return target;
    }
}
