package uk.providerportal.signin;

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

/**
 * Reads the organisation code and portal roles out of one identity provider's claims, as configured for its
 * registration. Unknown values are ignored rather than guessed.
 */
record ClaimMapping(String organisationClaim, String organisationPattern, String rolesClaim,
                    Map<String, Role> roleMapping) {

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

    /** The portal roles the claims assert, or {@code null} when the roles claim is absent altogether. */
    @Nullable Set<Role> roles(Map<String, Object> claims) {
        if (resolve(claims, rolesClaim) == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(claims, rolesClaim)) {
            Role mapped = roleMapping.get(value);
            if (mapped != null) {
                roles.add(mapped);
                continue;
            }
            String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Role role : Role.values()) {
                if (roleMapping.isEmpty() && role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
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
