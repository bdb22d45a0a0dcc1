package uk.providerportal.signin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.providerportal.security.Role;

/**
 * How ID-token claims map to a portal organisation and roles: defaults under {@code portal.oidc}, overridable per
 * registration under {@code portal.oidc.registrations.<registration-id>}. What a registration may assert at all
 * (its trust) is set per registration only, and is nothing unless configured: a shared default would silently
 * trust every provider added later.
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

    static final String PREFIX = "portal.oidc.registrations.";

    /**
     * One registration's mapping and trust.
     *
     * @param trustedRoles the roles this registration may grant and remove (e.g. {@code PROVIDER_USER} for the
     *                     delivery partners' provider, the funder roles for the funder's own); none by default
     * @param trustedOrganisations the organisation codes it may assert, or {@code *} for any; none by default
     * @param linkByEmail whether a first sign-in whose ID token says {@code email_verified=true} joins the existing
     *                    user with that email; off by default (otherwise an admin links or refuses)
     */
    record Registration(@Nullable String organisationClaim, @Nullable String organisationPattern,
                        @Nullable String rolesClaim, @Nullable Map<String, Role> roleMapping,
                        @Nullable Set<Role> trustedRoles, @Nullable List<String> trustedOrganisations,
                        boolean linkByEmail) {
    }

    ClaimMapping mappingFor(String registrationId) {
        Registration specific = registrations == null ? null : registrations.get(registrationId);
        return new ClaimMapping(
                first(specific == null ? null : specific.organisationClaim(), organisationClaim, "organisation"),
                first(specific == null ? null : specific.organisationPattern(), organisationPattern, ""),
                first(specific == null ? null : specific.rolesClaim(), rolesClaim, "roles"),
                specific != null && specific.roleMapping() != null ? specific.roleMapping()
                        : roleMapping != null ? roleMapping : Map.of(),
                specific == null || specific.trustedRoles() == null || specific.trustedRoles().isEmpty()
                        ? Set.of() : Set.copyOf(EnumSet.copyOf(specific.trustedRoles())),
                specific == null ? Set.of() : codes(specific.trustedOrganisations()),
                specific != null && specific.linkByEmail());
    }

    /** What an operator should hear at start-up about the trust of these registrations. */
    List<String> trustWarnings(Collection<String> registrationIds) {
        List<String> warnings = new ArrayList<>();
        for (String id : registrationIds) {
            ClaimMapping mapping = mappingFor(id);
            if (mapping.trustedRoles().isEmpty() && mapping.trustedOrganisations().isEmpty()) {
                warnings.add("OIDC registration '" + id + "' is trusted to assert no role and no organisation, so "
                        + "everyone signing in through it waits for an admin under Access requests. Set "
                        + PREFIX + id + ".trusted-roles (e.g. PROVIDER_USER) and " + PREFIX + id
                        + ".trusted-organisations (organisation codes, or * for any) to trust it.");
            } else if (mapping.trustedRoles().contains(Role.PROVIDER_USER) && mapping.trustedOrganisations().isEmpty()) {
                warnings.add("OIDC registration '" + id + "' may grant PROVIDER_USER but no organisation, so its "
                        + "provider users wait for an admin to choose theirs. Set " + PREFIX + id
                        + ".trusted-organisations (organisation codes, or * for any) if it should assert them.");
            }
        }
        if (registrations != null) {
            registrations.keySet().stream().filter(id -> !registrationIds.contains(id)).sorted().forEach(id ->
                    warnings.add(PREFIX + id + ".* is configured, but there is no OIDC registration '" + id
                            + "' under spring.security.oauth2.client.registration: check the spelling."));
        }
        return warnings;
    }

    private static Set<String> codes(@Nullable List<String> configured) {
        if (configured == null) {
            return Set.of();
        }
        Set<String> codes = new TreeSet<>();
        configured.stream().map(code -> code.trim().toUpperCase(Locale.ROOT)).filter(code -> !code.isEmpty())
                .forEach(codes::add);
        return Set.copyOf(codes);
    }

    private static String first(@Nullable String specific, @Nullable String general, String fallback) {
        if (specific != null && !specific.isBlank()) {
            return specific;
        }
        return general != null && !general.isBlank() ? general : fallback;
    }
}
