package uk.providerportal.user;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.providerportal.security.Role;

/**
 * What an identity provider (or the demo sign-in) says about a person at sign-in, and how far the portal trusts
 * that provider. Organisation and roles are applied only when the provider asserts them and only within its trust;
 * otherwise the portal's own record stands.
 *
 * @param emailVerified whether the provider vouches that the person controls {@code email}
 * @param organisationId the organisation resolved from the provider's claim, if it asserted one it is trusted for
 * @param roles the portal roles mapped from the provider's claim, if the claim was present
 * @param trust what this provider may decide about anyone signing in through it
 */
public record SignInClaims(String issuer, String subject, String name, String email, boolean emailVerified,
                           @Nullable Long organisationId, @Nullable Set<Role> roles, Trust trust) {

    /**
     * What one identity provider may decide.
     *
     * @param roles the roles it manages: it may grant and remove these, and never touches any other
     * @param organisation whether it may set the person's organisation
     * @param linkByEmail whether a first sign-in with the verified email of an existing user joins that user
     */
    public record Trust(Set<Role> roles, boolean organisation, boolean linkByEmail) {

        public Trust {
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        }

        /** The demo sign-in of the embedded demo installation: it seeded these people, so it decides everything. */
        public static Trust full() {
            return new Trust(EnumSet.allOf(Role.class), true, false);
        }

        /** A provider nobody has said anything about: it decides nothing. */
        public static Trust none() {
            return new Trust(Set.of(), false, false);
        }
    }
}
