package uk.providerportal.story;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One step in a story's history: the status it reached, who moved it, when, and what they said. */
@Embeddable
class StoryStep {

    static final int MAX_NOTE = 2000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StoryStatus status = StoryStatus.DRAFT;

    @Size(max = 200)
    @Column(name = "by_name", nullable = false, length = 200)
    private String byName = "";

    @Column(name = "at_time", nullable = false)
    private Instant at = Instant.EPOCH;

    @Size(max = MAX_NOTE)
    @Column(nullable = false, length = MAX_NOTE)
    private String note = "";

    protected StoryStep() {
    }

    StoryStep(StoryStatus status, String byName, Instant at, String note) {
        this.status = status;
        this.byName = byName;
        this.at = at;
        this.note = note;
    }

    StoryStatus status() {
        return status;
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

    void eraseNote() {
        note = "";
    }
}
