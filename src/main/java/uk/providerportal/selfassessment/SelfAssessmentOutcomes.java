package uk.providerportal.selfassessment;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.Outcome;

/**
 * A case's self-assessment for the quality team (and, later, the appeal rules): the provider's outcome by standard
 * code, for the standards of the case's list it answered, in code order.
 *
 * @param standards how many standards the case's list has
 * @param savedAt null when the provider has recorded nothing
 */
public record SelfAssessmentOutcomes(long caseId, String reference, String organisationName,
                                     Map<String, Outcome> byStandardCode, int standards, @Nullable String savedBy,
                                     @Nullable Instant savedAt) {

    public SelfAssessmentOutcomes {
        byStandardCode = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byStandardCode));
    }

    public boolean complete() {
        return standards > 0 && byStandardCode.size() == standards;
    }
}
