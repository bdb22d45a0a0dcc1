package uk.providerportal.signin;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request to enter the demo portal as one seeded demo user (no password: it is a demo). */
final class DemoSignInToken extends AbstractAuthenticationToken {

    private final String subject;

    DemoSignInToken(String subject) {
        super(List.of());
        this.subject = subject;
        setAuthenticated(false);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return subject;
    }
}
