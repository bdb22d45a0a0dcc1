package uk.providerportal.user;

import org.jspecify.annotations.Nullable;

/** What decides a user's access as stored right now, read on every signed-in request to catch changes. */
public record CurrentAccess(long accessVersion, boolean active, AccessStatus accessStatus,
                            @Nullable Long organisationId) {
}
