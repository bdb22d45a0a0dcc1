package uk.providerportal.signin;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.providerportal.security.Role;

/**
 * How ID-token claims map to a portal organisation and roles: defaults under {@code portal.oidc}, overridable per
 * registration under {@code portal.oidc.registrations.<registration-id>}.
 *
 * @param organisationClaim claim (dotted path allowed) holding the organisation code or group paths
 * @param organisationPattern optional regular expression whose first group extracts the code from a claim value,
 *                            e.g. {@code ^/providers/([^/]+)$} for Keycloak group paths
 * @param rolesClaim claim (dotted path allowed, e.g. {@code realm_access.roles}) holding role names or groups
 * @param roleMapping external value to portal role; without it, values are matched to role names
 */
@ConfigurationProperties("portal.oidc")
record SignInProperties(@Nullable String organisationClaim, @Nullable String organisationPattern,
                        @Nullable String rolesClaim, @Nullable Map<String, Role> roleMapping,
                        @Nullable Map<String, Registration> registrations) {

    record Registration(@Nullable String organisationClaim, @Nullable String organisationPattern,
                        @Nullable String rolesClaim, @Nullable Map<String, Role> roleMapping) {
    }

    ClaimMapping mappingFor(String registrationId) {
        Registration specific = registrations == null ? null : registrations.get(registrationId);
        return new ClaimMapping(
                first(specific == null ? null : specific.organisationClaim(), organisationClaim, "organisation"),
                first(specific == null ? null : specific.organisationPattern(), organisationPattern, ""),
                first(specific == null ? null : specific.rolesClaim(), rolesClaim, "roles"),
                specific != null && specific.roleMapping() != null ? specific.roleMapping()
                        : roleMapping != null ? roleMapping : Map.of());
    }

    private static String first(@Nullable String specific, @Nullable String general, String fallback) {
        if (specific != null && !specific.isBlank()) {
            return specific;
        }
        return general != null && !general.isBlank() ? general : fallback;
    }
}
