package uk.providerportal.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters for the audit trail. Dates are UK calendar days, inclusive; any filter left empty matches everything.
 */
public record AuditQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String actorText,
                         @Nullable Long organisationId, @Nullable String action,
                         @Nullable AuditOutcome outcome) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
