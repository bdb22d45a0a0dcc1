package uk.providerportal.user;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.providerportal.security.Role;

/**
 * A portal user as other features see it.
 *
 * @param claimsEmailOf the existing user whose email this person signed in with, without being linked to them
 * @param accessVersion changes whenever anything that decides this user's access changes
 */
public record UserAccount(long id, String name, String email, @Nullable Long organisationId, Set<Role> roles,
                          boolean active, AccessStatus accessStatus, java.time.@Nullable Instant lastSignInAt,
                          @Nullable Long claimsEmailOf, long accessVersion) {

    static UserAccount of(PortalUser user) {
        return new UserAccount(Objects.requireNonNull(user.getId()), user.getName(), user.getEmail(),
                user.getOrganisationId(), user.getRoles(), user.isActive(), user.getAccessStatus(),
                user.getLastSignInAt(), user.getClaimsEmailOf(), user.getAccessVersion());
    }

    public boolean pending() {
        return accessStatus == AccessStatus.PENDING;
    }
}
