package uk.providerportal.signin;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import uk.providerportal.user.UserService;

public class WithDemoUserFactory implements WithSecurityContextFactory<WithDemoUser> {

    private final UserService users;
    private final PortalIdentities identities;

    public WithDemoUserFactory(UserService users, PortalIdentities identities) {
        this.users = users;
        this.identities = identities;
    }

    @Override
    public SecurityContext createSecurityContext(WithDemoUser annotation) {
        var authentication = new DemoAuthenticationProvider(users, identities)
                .authenticate(new DemoSignInToken(annotation.value()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        return context;
    }
}
