package uk.providerportal.signin;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.user.SignInClaims;

/**
 * Turns a verified OIDC sign-in into a portal identity, reading organisation and roles as configured and keeping
 * only what the registration is trusted to assert.
 */
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
        String registrationId = request.getClientRegistration().getRegistrationId();
        ClaimMapping mapping = properties.mappingFor(registrationId);
        String email = oidcUser.getEmail() != null ? oidcUser.getEmail()
                : oidcUser.getSubject() + "@" + registrationId + ".invalid";
        boolean emailVerified = oidcUser.getEmail() != null && ClaimMapping.emailVerified(oidcUser.getClaims());
        String name = oidcUser.getFullName() != null ? oidcUser.getFullName() : email;
        ClaimMapping.Trusted trusted = mapping.trusted(oidcUser.getClaims());
        Long organisationId = trusted.organisationCode() == null ? null
                : identities.organisationIdForCode(trusted.organisationCode()).orElse(null);
        var claims = new SignInClaims(oidcUser.getIssuer().toString(), oidcUser.getSubject(), name, email,
                emailVerified, organisationId, trusted.roles(), mapping.trust());
        try {
            PortalIdentity identity = identities.signIn(claims, request.getClientRegistration().getClientName(),
                    registrationId, trusted.ignored());
            return new PortalOidcUser(oidcUser, identity);
        } catch (AccessRefusedException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error(e.reason().name(), e.getMessage(), null), e);
        }
    }
}
