package uk.providerportal.signin;

import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.user.SignInClaims;
import uk.providerportal.user.UserService;

/**
 * Runs code as a seeded demo user, signed in through the real demo provider, on the same security-context holder
 * that method security reads. For tests that switch users within one method (authorization matrices).
 */
public class SignInAs {

    private final DemoAuthenticationProvider provider;
    private final PortalIdentities identities;
    private final SecurityContextHolderStrategy contexts;

    public SignInAs(UserService users, PortalIdentities identities,
                    ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.provider = new DemoAuthenticationProvider(users, identities);
        this.identities = identities;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** For tests whose context does not import this class (the browser tests). */
    public static SignInAs from(org.springframework.context.ApplicationContext context) {
        return new SignInAs(context.getBean(UserService.class), context.getBean(PortalIdentities.class),
                context.getBeanProvider(SecurityContextHolderStrategy.class));
    }

    public <T> T call(String subject, Callable<T> work) throws Exception {
        return callAs(signIn(subject), work);
    }

    /**
     * The issuer of the people {@code Fixtures} makes for a test: they sign in here like anyone else, but are not
     * demo users, so the demo page keeps listing only the demo world.
     */
    public static final String FIXTURE_ISSUER = "test-fixture";

    /** Signs in once, for tests that then run many calls (e.g. in parallel) as that person. */
    public Authentication signIn(String subject) {
        if (subject.startsWith("fixture.")) {
            // Nothing asserted and nothing trusted: the person stays exactly as the fixture made them.
            PortalIdentity identity = identities.signIn(new SignInClaims(FIXTURE_ISSUER, subject, "",
                    subject + "@fixture.invalid", false, null, null, SignInClaims.Trust.none()), "test fixture");
            return UsernamePasswordAuthenticationToken.authenticated(new DemoPrincipal(identity), null,
                    identity.authorities());
        }
        return provider.authenticate(new DemoSignInToken(subject));
    }

    public <T> T callAs(Authentication authentication, Callable<T> work) throws Exception {
        var context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        var previous = contexts.getContext();
        contexts.setContext(context);
        try {
            return work.call();
        } finally {
            contexts.setContext(previous);
        }
    }
}
