package uk.providerportal.audit;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.stereotype.Component;
import uk.providerportal.base.ui.ViewAccessDenied;
import uk.providerportal.security.AccessDenied;

/** Turns refusals, by the tenant scope or by method security on a service, into DENIED audit lines. */
@Component
class AccessDecisionAuditor {

    private final AuditLog auditLog;

    AccessDecisionAuditor(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(AccessDenied denied) {
        auditLog.recordDenied(denied.operation(), denied.entityType(), denied.entityId(), denied.reason());
    }

    /** A signed-in person opened a view their role may not see (they were shown "page not found"). */
    @EventListener
    void on(ViewAccessDenied denied) {
        if (!auditLog.currentActor().name().equals("anonymous")) {
            auditLog.recordDenied("VIEW_ACCESS_DENIED", "View", "/" + denied.path(), "Refused the view /"
                    + denied.path());
        }
    }

    /** Method-security refusals on services; web-request refusals (anonymous page hits) are not audit-worthy. */
    @EventListener
    void on(AuthorizationDeniedEvent<?> denied) {
        Object source = denied.getSource();
        MethodInvocation invocation = source instanceof MethodInvocationResult result ? result.getMethodInvocation()
                : source instanceof MethodInvocation method ? method : null;
        var authentication = denied.getAuthentication().get();
        if (invocation == null || authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        String operation = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                + invocation.getMethod().getName();
        auditLog.recordDenied("ACCESS_DENIED", "Operation", operation, "Refused " + operation + " for "
                + authentication.getName());
    }
}
