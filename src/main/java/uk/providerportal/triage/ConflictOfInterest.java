package uk.providerportal.triage;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A declared conflict of interest between an assessor and a delivery partner, as views show it. */
public record ConflictOfInterest(long id, long assessorId, String assessorName, long organisationId,
                                 String organisationName, String reason, String declaredBy,
                                 @Nullable Instant declaredAt) {
}
