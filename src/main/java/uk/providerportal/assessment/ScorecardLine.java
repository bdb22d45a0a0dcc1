package uk.providerportal.assessment;

import org.jspecify.annotations.Nullable;
import uk.providerportal.standard.Standard;

/** One standard on a scorecard, as it stood on the assessment date, and what the assessor recorded so far. */
public record ScorecardLine(long standardVersionId, Standard standard, @Nullable Outcome outcome,
                            @Nullable CustomerImpact impact, @Nullable String note) {

    /** Impact is asked for an unmet standard that carries customer impact (seed 001). */
    public boolean asksImpact() {
        return outcome == Outcome.NOT_MET && standard.customerImpact();
    }
}
