package uk.providerportal.security;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The portal user behind a signed-in session, resolved once at sign-in: their record, their organisation (none
 * for funder staff) and their roles. Carried by the authentication, so reading it costs no query.
 *
 * @param accessVersion the user's access stamp when this identity was issued; a session whose stamp no longer
 *                      matches the stored one is ended (see the sign-in feature's per-request check)
 */
public record PortalIdentity(long userId, String displayName, String email, @Nullable Long organisationId,
                             @Nullable String organisationName, Set<Role> roles, boolean pending,
                             long accessVersion)
        implements java.io.Serializable {

    /** Stored stamps start at 1, so this one matches none: such an identity could never keep a session open. */
    public static final long NO_SESSION = 0;

    public PortalIdentity {
        // Someone waiting for an admin's decision holds no role, whatever their record says.
        roles = pending ? Set.of() : Set.copyOf(roles);
    }

    /** For work done on a person's behalf outside any session (see {@code SystemTasks.runAsUser}). */
    public PortalIdentity(long userId, String displayName, String email, @Nullable Long organisationId,
                          @Nullable String organisationName, Set<Role> roles, boolean pending) {
        this(userId, displayName, email, organisationId, organisationName, roles, pending, NO_SESSION);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean funderStaff() {
        return roles.stream().anyMatch(Role::funderStaff);
    }

    public List<Role> sortedRoles() {
        return roles.stream().sorted(Comparator.naturalOrder()).toList();
    }

    public List<GrantedAuthority> authorities() {
        return sortedRoles().stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    /** Implemented by the principal of every kind of sign-in (OIDC and demo). */
    public interface Holder {
        PortalIdentity portalIdentity();
    }
}
