package uk.providerportal.signin;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.providerportal.security.PortalIdentity;

/** An OIDC user (kept whole for RP-initiated logout) that also carries the portal identity. */
final class PortalOidcUser extends DefaultOidcUser implements PortalIdentity.Holder {

    private final PortalIdentity identity;

    PortalOidcUser(OidcUser oidcUser, PortalIdentity identity) {
        super(identity.authorities(), oidcUser.getIdToken(), oidcUser.getUserInfo(), "sub");
        this.identity = identity;
    }

    @Override
    public PortalIdentity portalIdentity() {
        return identity;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalOidcUser that && super.equals(that) && identity.equals(that.identity);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + identity.hashCode();
    }
}
