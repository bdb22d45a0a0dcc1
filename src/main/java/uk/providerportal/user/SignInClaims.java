package uk.providerportal.user;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.providerportal.security.Role;

/**
 * What an identity provider (or the demo sign-in) says about a person at sign-in. Organisation and roles are
 * applied only when the provider asserts them; otherwise the portal's own record stands.
 *
 * @param organisationId the organisation resolved from the provider's claim, if it asserted one
 * @param roles the portal roles mapped from the provider's claim, if it asserted any
 */
public record SignInClaims(String issuer, String subject, String name, String email,
                           @Nullable Long organisationId, @Nullable Set<Role> roles) {
}
