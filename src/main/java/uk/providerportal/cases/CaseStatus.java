package uk.providerportal.cases;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a case sample is in the cycle, as a provider sees it in their month folder. The one place that says which
 * moves are legal: every feature asks {@link #canMoveTo(CaseStatus)} rather than comparing statuses itself.
 */
public enum CaseStatus {
    /** In its month folder, not yet given to an assessor. */
    RECEIVED("Received"),
    /** Assigned to an assessor, waiting to be assessed. */
    QUEUED("Queued"),
    /** An assessor has started scoring it. */
    IN_ASSESSMENT("In assessment"),
    /** The assessor submitted the scorecard; its outcome waits for moderation (was {@code ASSESSED}, see V14). */
    SUBMITTED_FOR_MODERATION("Submitted for moderation"),
    /** A moderator has agreed or changed the outcomes. */
    MODERATED("Moderated"),
    /** The outcome is released to the provider (was {@code PUBLISHED}, see V14). */
    RELEASED("Released"),
    WITHDRAWN("Withdrawn");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses of cases not yet assessed: still in an assessment round, and rolled over when it closes. */
    public static final Set<CaseStatus> OPEN = EnumSet.of(RECEIVED, QUEUED, IN_ASSESSMENT);

    public boolean open() {
        return OPEN.contains(this);
    }

    /**
     * The legal moves: a received case is assigned (queued) or withdrawn; a queued case is reassigned, started or
     * withdrawn (the provider may take a case back until an assessor starts on it); an assessment in progress is
     * submitted for moderation; a submitted case is moderated, or released straight away when moderation did not
     * pick it; a moderated case is released. Withdrawn and released cases stay as they are.
     */
    public boolean canMoveTo(CaseStatus next) {
        return switch (this) {
            case RECEIVED -> next == QUEUED || next == WITHDRAWN;
            case QUEUED -> next == QUEUED || next == IN_ASSESSMENT || next == WITHDRAWN;
            case IN_ASSESSMENT -> next == SUBMITTED_FOR_MODERATION;
            case SUBMITTED_FOR_MODERATION -> next == MODERATED || next == RELEASED;
            case MODERATED -> next == RELEASED;
            case RELEASED, WITHDRAWN -> false;
        };
    }

    /** The provider may take the case back until an assessor starts on it. */
    public boolean withdrawable() {
        return canMoveTo(WITHDRAWN);
    }

    /** "received", "in assessment": the label as it reads inside a sentence. */
    public String inSentence() {
        return label.toLowerCase(Locale.UK);
    }
}
