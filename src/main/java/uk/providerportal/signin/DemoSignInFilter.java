package uk.providerportal.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Handles the demo page's CSRF-protected POST: authenticates the chosen demo user, gives the session a new id and
 * stores the security context, like any other Spring Security sign-in.
 */
final class DemoSignInFilter extends AbstractAuthenticationProcessingFilter {

    static final String PATH = "/sign-in/demo";

    DemoSignInFilter(DemoAuthenticationProvider provider, SignInFailureHandler failures) {
        super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH), new ProviderManager(provider));
        setSecurityContextRepository(new HttpSessionSecurityContextRepository());
        setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        setAuthenticationFailureHandler(failures);
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        String subject = request.getParameter("subject");
        return getAuthenticationManager().authenticate(new DemoSignInToken(subject == null ? "" : subject.trim()));
    }
}
