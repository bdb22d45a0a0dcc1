package uk.providerportal.performance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One intervention level decision, kept for good: from, to, when, who, why, what it requires, the letter. */
@Embeddable
class LevelDecision {

    static final int MAX_REASON = 2000;
    static final int MAX_REQUIRED = 2000;
    static final int MAX_LETTER_TYPE = 200;
    static final int MAX_LETTER_REFERENCE = 100;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_from", nullable = false, length = 20)
    private InterventionLevel from = InterventionLevel.STANDARD;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_to", nullable = false, length = 20)
    private InterventionLevel to = InterventionLevel.STANDARD;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn = LocalDate.EPOCH;

    @Size(max = 200)
    @Column(name = "by_name", nullable = false, length = 200)
    private String byName = "";

    @Column(name = "at_time", nullable = false)
    private Instant at = Instant.EPOCH;

    @Size(max = MAX_REASON)
    @Column(nullable = false, length = MAX_REASON)
    private String reason = "";

    @Size(max = MAX_REQUIRED)
    @Column(name = "required_actions", nullable = false, length = MAX_REQUIRED)
    private String requiredActions = "";

    @Size(max = MAX_LETTER_TYPE)
    @Column(name = "letter_type", length = MAX_LETTER_TYPE)
    private @Nullable String letterType;

    @Size(max = MAX_LETTER_REFERENCE)
    @Column(name = "letter_reference", length = MAX_LETTER_REFERENCE)
    private @Nullable String letterReference;

    @Column(name = "letter_dated")
    private @Nullable LocalDate letterDated;

    protected LevelDecision() {
    }

    LevelDecision(InterventionLevel from, InterventionLevel to, LocalDate decidedOn, String byName, Instant at,
                  String reason, String requiredActions, @Nullable String letterType,
                  @Nullable String letterReference, @Nullable LocalDate letterDated) {
        this.from = from;
        this.to = to;
        this.decidedOn = decidedOn;
        this.byName = byName;
        this.at = at;
        this.reason = reason;
        this.requiredActions = requiredActions;
        this.letterType = letterType;
        this.letterReference = letterReference;
        this.letterDated = letterDated;
    }

    LevelRecord toRecord() {
        return new LevelRecord(from, to, decidedOn, byName, at, reason, requiredActions,
                letterType == null || letterReference == null || letterDated == null ? null
                        : new LevelRecord.Letter(letterType, letterReference, letterDated));
    }
}
