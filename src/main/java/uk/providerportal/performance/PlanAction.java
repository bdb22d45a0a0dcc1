package uk.providerportal.performance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One SMART action of the provider action plan (guidance 002, 11.07). */
@Embeddable
class PlanAction {

    static final int MAX_WHAT = 1000;
    static final int MAX_OWNER = 200;
    static final int MAX_MEASURE = 1000;

    @Size(max = MAX_WHAT)
    @Column(nullable = false, length = MAX_WHAT)
    private String what = "";

    @Size(max = MAX_OWNER)
    @Column(nullable = false, length = MAX_OWNER)
    private String owner = "";

    @Size(max = MAX_MEASURE)
    @Column(nullable = false, length = MAX_MEASURE)
    private String measure = "";

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.NOT_STARTED;

    protected PlanAction() {
    }

    PlanAction(String what, String owner, String measure, LocalDate dueOn, ActionStatus status) {
        this.what = what;
        this.owner = owner;
        this.measure = measure;
        this.dueOn = dueOn;
        this.status = status;
    }

    String what() {
        return what;
    }

    String owner() {
        return owner;
    }

    String measure() {
        return measure;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    ActionStatus status() {
        return status;
    }
}
