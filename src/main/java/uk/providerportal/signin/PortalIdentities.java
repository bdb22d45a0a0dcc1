package uk.providerportal.signin;

import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Component;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.user.SignInClaims;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserService;

/** The one path from "an identity provider vouched for this person" to the portal identity of their session. */
@Component
class PortalIdentities {

    private final UserService users;
    private final OrganisationService organisations;

    PortalIdentities(UserService users, OrganisationService organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    PortalIdentity signIn(SignInClaims claims) {
        UserAccount account = users.signIn(claims);
        if (!account.active()) {
            throw new DisabledException("This portal account has been deactivated");
        }
        String organisationName = null;
        if (account.organisationId() != null) {
            OrganisationSummary organisation = organisations.findForSignIn(account.organisationId())
                    .orElseThrow(() -> new DisabledException("This account's organisation no longer exists"));
            if (!organisation.active()) {
                throw new DisabledException("This account's organisation has been deactivated");
            }
            organisationName = organisation.name();
        }
        return new PortalIdentity(account.id(), account.name(), account.email(), account.organisationId(),
                organisationName, account.roles());
    }

    java.util.Optional<Long> organisationIdForCode(String code) {
        return organisations.findByCodeForSignIn(code).map(OrganisationSummary::id);
    }
}
