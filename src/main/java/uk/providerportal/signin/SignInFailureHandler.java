package uk.providerportal.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import uk.providerportal.audit.Actor;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.audit.AuditOutcome;

/**
 * Where a failed sign-in lands: a plain explanation for refused accounts (already audited when refused), the
 * sign-in page for anything else (a tampered or replayed response, a provider error), audited here.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignInFailureHandler.class);
    static final String REFUSED_PATH = "/access-refused";

    private final AuditLog auditLog;
    private final String signInPath;
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    SignInFailureHandler(AuditLog auditLog, String signInPath) {
        this.auditLog = auditLog;
        this.signInPath = signInPath;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        AccessRefusedException.Reason reason = refusal(exception);
        if (reason != null) {
            redirect.sendRedirect(request, response, REFUSED_PATH + "?reason=" + reason.name());
            return;
        }
        String detail = exception instanceof OAuth2AuthenticationException oauth2
                ? oauth2.getError().getErrorCode() : exception.getClass().getSimpleName();
        // The visitor sees a plain "try again"; operators need the reason to fix a provider's configuration.
        // (Never the session id itself: logs are read by more people than sessions should be.)
        log.warn("Sign-in failed: {} (the browser's session was {})", exception.getMessage(),
                request.isRequestedSessionIdValid() ? "known" : "unknown or expired", exception.getCause());
        auditLog.recordFor(Actor.system("unidentified visitor from " + request.getRemoteAddr()), "SIGN_IN", null,
                null, "Sign-in failed: " + detail, AuditOutcome.FAILED);
        redirect.sendRedirect(request, response, signInPath + "?error");
    }

    private static AccessRefusedException.Reason refusal(AuthenticationException exception) {
        if (exception instanceof AccessRefusedException refused) {
            return refused.reason();
        }
        if (exception.getCause() instanceof AccessRefusedException refused) {
            return refused.reason();
        }
        return null;
    }
}
