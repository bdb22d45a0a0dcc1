package uk.providerportal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One standard of a scorecard: the exact version scored against, and what the assessor found. */
@Embeddable
class StandardOutcome {

    static final int MAX_NOTE = 500;

    @Column(name = "standard_version_id", nullable = false)
    private long standardVersionId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable CustomerImpact impact;

    @Size(max = MAX_NOTE)
    @Column(length = MAX_NOTE)
    private @Nullable String note;

    // The moderator's outcome, set only where moderation changed this standard; the assessor's columns stay as they
    // were. The reason is internal to the quality team: providers never see it.

    @Enumerated(EnumType.STRING)
    @Column(name = "moderated_outcome", length = 20)
    private @Nullable Outcome moderatedOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "moderated_impact", length = 30)
    private @Nullable CustomerImpact moderatedImpact;

    @Size(max = MAX_NOTE)
    @Column(name = "moderated_note", length = MAX_NOTE)
    private @Nullable String moderatedNote;

    @Size(max = MAX_NOTE)
    @Column(name = "moderation_reason", length = MAX_NOTE)
    private @Nullable String moderationReason;

    // A quality manager's amendment of the released outcome (issue 11, item 10), kept beside the assessor's and the
    // moderator's: the latest amendment is the outcome that stands. The reason is internal to the quality team.

    @Enumerated(EnumType.STRING)
    @Column(name = "amended_outcome", length = 20)
    private @Nullable Outcome amendedOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "amended_impact", length = 30)
    private @Nullable CustomerImpact amendedImpact;

    @Size(max = MAX_NOTE)
    @Column(name = "amended_note", length = MAX_NOTE)
    private @Nullable String amendedNote;

    @Size(max = MAX_NOTE)
    @Column(name = "amendment_reason", length = MAX_NOTE)
    private @Nullable String amendmentReason;

    @Size(max = 200)
    @Column(name = "amended_by_name", length = 200)
    private @Nullable String amendedByName;

    @Column(name = "amended_at")
    private @Nullable Instant amendedAt;

    protected StandardOutcome() {
    }

    StandardOutcome(long standardVersionId) {
        this.standardVersionId = standardVersionId;
    }

    long standardVersionId() {
        return standardVersionId;
    }

    @Nullable Outcome outcome() {
        return outcome;
    }

    @Nullable CustomerImpact impact() {
        return impact;
    }

    @Nullable String note() {
        return note;
    }

    /** Impact and note belong to an unmet standard only: any other outcome clears them. */
    void record(@Nullable Outcome outcome, @Nullable CustomerImpact impact, @Nullable String note) {
        this.outcome = outcome;
        boolean unmet = outcome == Outcome.NOT_MET;
        this.impact = unmet ? impact : null;
        this.note = unmet && note != null && !note.isBlank() ? note.strip() : null;
    }

    /** True when moderation changed this standard. */
    boolean moderated() {
        return moderatedOutcome != null;
    }

    @Nullable Outcome moderatedOutcome() {
        return moderatedOutcome;
    }

    @Nullable CustomerImpact moderatedImpact() {
        return moderatedImpact;
    }

    @Nullable String moderatedNote() {
        return moderatedNote;
    }

    @Nullable String moderationReason() {
        return moderationReason;
    }

    /**
     * The outcome that stands: a quality manager's amendment where there is one, else the moderator's where
     * moderation changed it, else the assessor's.
     */
    @Nullable Outcome finalOutcome() {
        return amended() ? amendedOutcome : moderated() ? moderatedOutcome : outcome;
    }

    @Nullable CustomerImpact finalImpact() {
        return amended() ? amendedImpact : moderated() ? moderatedImpact : impact;
    }

    @Nullable String finalNote() {
        return amended() ? amendedNote : moderated() ? moderatedNote : note;
    }

    /** True when a quality manager amended the released outcome. */
    boolean amended() {
        return amendedOutcome != null;
    }

    @Nullable String amendmentReason() {
        return amendmentReason;
    }

    @Nullable String amendedByName() {
        return amendedByName;
    }

    @Nullable Instant amendedAt() {
        return amendedAt;
    }

    /** A quality manager's amendment, kept beside the assessor's and the moderator's outcomes (never over them). */
    void amend(Outcome outcome, @Nullable CustomerImpact impact, @Nullable String note, String reason, String by,
               Instant at) {
        boolean unmet = outcome == Outcome.NOT_MET;
        this.amendedOutcome = outcome;
        this.amendedImpact = unmet ? impact : null;
        this.amendedNote = unmet && note != null && !note.isBlank() ? note.strip() : null;
        this.amendmentReason = reason.strip();
        this.amendedByName = by;
        this.amendedAt = at;
    }

    /** The moderator's change, kept beside the assessor's outcome (never over it). */
    void moderate(Outcome outcome, @Nullable CustomerImpact impact, @Nullable String note, String reason) {
        boolean unmet = outcome == Outcome.NOT_MET;
        this.moderatedOutcome = outcome;
        this.moderatedImpact = unmet ? impact : null;
        this.moderatedNote = unmet && note != null && !note.isBlank() ? note.strip() : null;
        this.moderationReason = reason.strip();
    }
}
