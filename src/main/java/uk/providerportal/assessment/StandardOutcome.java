package uk.providerportal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
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

    /** The outcome that stands: the moderator's where moderation changed it, else the assessor's. */
    @Nullable Outcome finalOutcome() {
        return moderated() ? moderatedOutcome : outcome;
    }

    @Nullable CustomerImpact finalImpact() {
        return moderated() ? moderatedImpact : impact;
    }

    @Nullable String finalNote() {
        return moderated() ? moderatedNote : note;
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
