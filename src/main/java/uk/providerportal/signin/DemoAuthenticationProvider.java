package uk.providerportal.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.user.SignInClaims;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserService;

/**
 * Signs in a seeded demo user by their demo subject, without a password. Only ever wired into the security
 * configuration when {@link SignInMode#demo()} holds, so it cannot exist in production.
 */
class DemoAuthenticationProvider implements AuthenticationProvider {

    private final UserService users;
    private final PortalIdentities identities;

    DemoAuthenticationProvider(UserService users, PortalIdentities identities) {
        this.users = users;
        this.identities = identities;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String subject = authentication.getName();
        UserAccount account = users.findDemoUser(subject)
                .orElseThrow(() -> new BadCredentialsException("No demo user " + subject));
        // The demo page seeded these people itself, so it is trusted for everything (embedded demo only).
        PortalIdentity identity = identities.signIn(new SignInClaims(UserService.DEMO_ISSUER, subject,
                account.name(), account.email(), true, account.organisationId(), account.roles(),
                SignInClaims.Trust.full()), "demo sign-in");
        return UsernamePasswordAuthenticationToken.authenticated(new DemoPrincipal(identity), null,
                identity.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return DemoSignInToken.class.isAssignableFrom(authentication);
    }
}
