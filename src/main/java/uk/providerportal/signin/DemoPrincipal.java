package uk.providerportal.signin;

import java.io.Serializable;
import org.springframework.security.core.AuthenticatedPrincipal;
import uk.providerportal.security.PortalIdentity;

/** The principal of a demo sign-in. */
record DemoPrincipal(PortalIdentity portalIdentity) implements PortalIdentity.Holder, AuthenticatedPrincipal,
        Serializable {

    @Override
    public String getName() {
        return portalIdentity.email();
    }
}
