package uk.providerportal.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.providerportal.audit.Actor;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.audit.AuditOutcome;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.user.AccessStatus;
import uk.providerportal.user.CurrentAccess;
import uk.providerportal.user.UserService;

/**
 * Makes access changes take effect at once: on every signed-in request, compares the access stamp the session was
 * issued with against the stored one (one primary-key read) and, when they differ, ends the session there and
 * then. The request goes on unauthenticated, so a page load is sent to sign-in, and a Vaadin request finds its
 * session gone, answers "session expired" and the browser reloads into sign-in. Any change ends the session, a
 * role change too: signing in again is the one place access is worked out, refusals explained included.
 */
final class AccessChangedFilter extends OncePerRequestFilter {

    private final UserService users;
    private final OrganisationService organisations;
    private final AuditLog auditLog;
    private final SecurityContextHolderStrategy contexts;

    AccessChangedFilter(UserService users, OrganisationService organisations, AuditLog auditLog,
                        SecurityContextHolderStrategy contexts) {
        this.users = users;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalIdentity.Holder holder) {
            PortalIdentity me = holder.portalIdentity();
            Optional<CurrentAccess> now = users.currentAccess(me.userId());
            if (now.isEmpty() || now.get().accessVersion() != me.accessVersion()) {
                end(request, me, reason(me, now));
            }
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, PortalIdentity me, String reason) {
        contexts.clearContext();
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException endedByAConcurrentRequest) {
            return;
        }
        auditLog.recordFor(Actor.user(me.userId(), me.displayName(), me.email(), me.organisationId()),
                "SESSION_ENDED", "User", me.userId(), "Ended the open session: " + reason, AuditOutcome.DONE);
    }

    private String reason(PortalIdentity me, Optional<CurrentAccess> now) {
        if (now.isEmpty()) {
            return "the user record no longer exists (its sign-in was linked to another user)";
        }
        if (!now.get().active()) {
            return "the account was deactivated";
        }
        if (now.get().accessStatus() == AccessStatus.REJECTED) {
            return "the request for access was turned down";
        }
        Long organisationId = now.get().organisationId();
        if (organisationId != null && !organisations.findForSignIn(organisationId)
                .map(OrganisationSummary::active).orElse(false)) {
            return "the organisation was deactivated";
        }
        return "roles, organisation or access changed since sign-in (now " + now.get().accessStatus()
                .label().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
