package uk.providerportal.user;

import org.jspecify.annotations.Nullable;
import uk.providerportal.security.Role;

/** How the admin users list is narrowed; empty parts match everyone. */
public record UserFilter(String text, @Nullable Long organisationId, @Nullable Role role,
                         @Nullable AccessStatus status) {

    public static UserFilter everyone() {
        return new UserFilter("", null, null, null);
    }

    public static UserFilter pending() {
        return new UserFilter("", null, null, AccessStatus.PENDING);
    }
}
