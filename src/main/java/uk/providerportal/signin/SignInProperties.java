package uk.providerportal.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which ID-token claims carry a person's organisation and portal roles.
 *
 * @param organisationClaim a claim holding the organisation code (e.g. {@code NCA})
 * @param rolesClaim a claim holding a list of portal role names (e.g. {@code ["PROVIDER_USER"]})
 */
@ConfigurationProperties("portal.oidc")
record SignInProperties(String organisationClaim, String rolesClaim) {

    SignInProperties {
        organisationClaim = organisationClaim == null ? "organisation" : organisationClaim;
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
    }
}
