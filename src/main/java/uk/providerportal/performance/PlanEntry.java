package uk.providerportal.performance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One line of the plan's history: a version saved (with the plan as it then was) or a comment, who and when. */
@Embeddable
class PlanEntry {

    /** Makes the entry once the plan's new number is known. */
    interface Maker {
        PlanEntry make(int planNumber);
    }

    static final int MAX_NOTE = 2000;
    static final int MAX_SNAPSHOT = 8000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanEntryKind kind = PlanEntryKind.SAVED;

    @Column(name = "plan_number", nullable = false)
    private int planNumber;

    @Size(max = 200)
    @Column(name = "by_name", nullable = false, length = 200)
    private String byName = "";

    @Column(name = "at_time", nullable = false)
    private Instant at = Instant.EPOCH;

    @Size(max = MAX_NOTE)
    @Column(nullable = false, length = MAX_NOTE)
    private String note = "";

    @Size(max = MAX_SNAPSHOT)
    @Column(nullable = false, length = MAX_SNAPSHOT)
    private String snapshot = "";

    protected PlanEntry() {
    }

    PlanEntry(PlanEntryKind kind, int planNumber, String byName, Instant at, String note, String snapshot) {
        this.kind = kind;
        this.planNumber = planNumber;
        this.byName = byName;
        this.at = at;
        this.note = note;
        this.snapshot = snapshot;
    }

    PlanEntryKind kind() {
        return kind;
    }

    int planNumber() {
        return planNumber;
    }

    String byName() {
        return byName;
    }

    Instant at() {
        return at;
    }

    String note() {
        return note;
    }

    String snapshot() {
        return snapshot;
    }
}
