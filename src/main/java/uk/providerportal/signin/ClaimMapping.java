package uk.providerportal.signin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.providerportal.security.Role;
import uk.providerportal.user.SignInClaims;

/**
 * Reads the organisation code and portal roles out of one identity provider's claims, as configured for its
 * registration, and keeps only what that registration is trusted to assert. Unknown values are ignored rather
 * than guessed; known values outside the trust are ignored and reported, so they can be audited.
 *
 * @param trustedRoles the roles this registration may grant (and remove); none unless configured
 * @param trustedOrganisations organisation codes it may assert, {@code *} for any; none unless configured
 * @param linkByEmail whether a first sign-in with an existing user's verified email joins that user
 */
record ClaimMapping(String organisationClaim, String organisationPattern, String rolesClaim,
                    Map<String, Role> roleMapping, Set<Role> trustedRoles, Set<String> trustedOrganisations,
                    boolean linkByEmail) {

    static final String ANY_ORGANISATION = "*";

    /** A claim value the registration asserted but is not trusted for. */
    record IgnoredClaim(String claim, String value, String why) {
    }

    /**
     * What the claims assert within the registration's trust.
     *
     * @param organisationCode the asserted organisation code, if the registration may assert it
     * @param roles the asserted roles it may assert, or {@code null} when the roles claim is absent altogether
     */
    record Trusted(@Nullable String organisationCode, @Nullable Set<Role> roles, List<IgnoredClaim> ignored) {
    }

    Trusted trusted(Map<String, Object> claims) {
        List<IgnoredClaim> ignored = new ArrayList<>();
        String code = organisationCode(claims);
        if (code != null && !trustsOrganisation(code)) {
            ignored.add(new IgnoredClaim(organisationClaim, code, trustedOrganisations.isEmpty()
                    ? "this registration is not trusted to assert an organisation"
                    : "this registration may assert only the organisations " + String.join(", ",
                    trustedOrganisations.stream().sorted().toList())));
            code = null;
        }
        Set<Role> roles = null;
        if (resolve(claims, rolesClaim) != null) {
            roles = EnumSet.noneOf(Role.class);
            for (String value : values(claims, rolesClaim)) {
                Role role = roleFor(value);
                if (role == null) {
                    continue;
                }
                if (trustedRoles.contains(role)) {
                    roles.add(role);
                } else {
                    ignored.add(new IgnoredClaim(rolesClaim, value.equals(role.name()) ? value
                            : value + " (" + role.name() + ")", trustedRoles.isEmpty()
                            ? "this registration is not trusted to assert any role"
                            : "this registration may assert only the roles " + String.join(", ",
                            trustedRoles.stream().sorted().map(Role::name).toList())));
                }
            }
        }
        return new Trusted(code, roles, List.copyOf(ignored));
    }

    SignInClaims.Trust trust() {
        return new SignInClaims.Trust(trustedRoles, !trustedOrganisations.isEmpty(), linkByEmail);
    }

    boolean trustsOrganisation(String code) {
        return trustedOrganisations.contains(ANY_ORGANISATION)
                || trustedOrganisations.contains(code.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether the provider vouches for the email: {@code email_verified} as boolean true or the string "true". */
    static boolean emailVerified(Map<String, Object> claims) {
        Object verified = claims.get("email_verified");
        return Boolean.TRUE.equals(verified)
                || verified instanceof String text && text.trim().equalsIgnoreCase("true");
    }

    /** The organisation code the claims assert, or {@code null} if they assert none. */
    @Nullable String organisationCode(Map<String, Object> claims) {
        Pattern pattern = organisationPattern.isBlank() ? null : Pattern.compile(organisationPattern);
        for (String value : values(claims, organisationClaim)) {
            if (pattern == null) {
                return value.trim();
            }
            Matcher matcher = pattern.matcher(value);
            if (matcher.find()) {
                return matcher.groupCount() >= 1 ? matcher.group(1) : matcher.group();
            }
        }
        return null;
    }

    /**
     * Every portal role the claims assert, trusted or not, or {@code null} when the roles claim is absent
     * altogether.
     */
    @Nullable Set<Role> roles(Map<String, Object> claims) {
        if (resolve(claims, rolesClaim) == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(claims, rolesClaim)) {
            Role role = roleFor(value);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    private @Nullable Role roleFor(String value) {
        if (!roleMapping.isEmpty()) {
            return roleMapping.get(value);
        }
        String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }

    private static List<String> values(Map<String, Object> claims, String path) {
        Object value = resolve(claims, path);
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    private static @Nullable Object resolve(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
