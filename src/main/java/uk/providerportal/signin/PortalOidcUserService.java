package uk.providerportal.signin;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.Role;
import uk.providerportal.user.SignInClaims;

/** Turns a verified OIDC sign-in into a portal identity, reading organisation and roles from configured claims. */
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final PortalIdentities identities;
    private final SignInProperties properties;

    PortalOidcUserService(PortalIdentities identities, SignInProperties properties) {
        this.identities = identities;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidcUser = delegate.loadUser(request);
        String email = oidcUser.getEmail() != null ? oidcUser.getEmail() : oidcUser.getSubject() + "@unknown.invalid";
        String name = oidcUser.getFullName() != null ? oidcUser.getFullName() : email;
        String organisationCode = oidcUser.getClaimAsString(properties.organisationClaim());
        Long organisationId = organisationCode == null ? null
                : identities.organisationIdForCode(organisationCode.trim()).orElse(null);
        var claims = new SignInClaims(oidcUser.getIssuer().toString(), oidcUser.getSubject(), name, email,
                organisationId, roles(oidcUser.getClaim(properties.rolesClaim())));
        try {
            PortalIdentity identity = identities.signIn(claims);
            return new PortalOidcUser(oidcUser, identity);
        } catch (DisabledException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", e.getMessage(), null), e);
        }
    }

    /** Maps the roles claim to portal roles; names are matched case-insensitively, unknown ones ignored. */
    static @Nullable Set<Role> roles(@Nullable Object claim) {
        if (!(claim instanceof Collection<?> values)) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object value : values) {
            String name = String.valueOf(value).trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
