package uk.providerportal.selfassessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.providerportal.assessment.Outcome;

/** A provider's answer to one standard (keyed by its code in {@link SelfAssessment}): the version answered. */
@Embeddable
class RecordedOutcome {

    @Column(name = "standard_version_id", nullable = false)
    private long standardVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome = Outcome.MET;

    protected RecordedOutcome() {
    }

    RecordedOutcome(long standardVersionId, Outcome outcome) {
        this.standardVersionId = standardVersionId;
        this.outcome = outcome;
    }

    long standardVersionId() {
        return standardVersionId;
    }

    Outcome outcome() {
        return outcome;
    }
}
