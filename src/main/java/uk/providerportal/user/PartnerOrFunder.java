package uk.providerportal.user;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.providerportal.security.Role;

/**
 * A person is either a delivery partner's user or funder staff, never both. Tenant isolation rests on it: the
 * tenant scope lets anyone with a funder role see every organisation. The database enforces the same rule with
 * triggers (V11), so no path can store the mix.
 */
final class PartnerOrFunder {

    private PartnerOrFunder() {
    }

    /** The field at fault and why, when these roles and organisation would break the rule. */
    static Optional<UserChangeRefused> breach(Set<Role> roles, @Nullable Long organisationId) {
        boolean funder = roles.stream().anyMatch(Role::funderStaff);
        if (funder && roles.contains(Role.PROVIDER_USER)) {
            return Optional.of(new UserChangeRefused("roles",
                    "A provider user cannot also hold a funder role: use a separate account for funder work."));
        }
        if (funder && organisationId != null) {
            return Optional.of(new UserChangeRefused("organisation",
                    "Funder staff do not belong to a delivery partner: leave the organisation empty."));
        }
        return Optional.empty();
    }
}
