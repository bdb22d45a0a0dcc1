package uk.providerportal.user;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.Plural;
import uk.providerportal.organisation.OrganisationDeactivated;

/**
 * Users of a deactivated organisation lose access at once: their access stamps move in the deactivation's own
 * transaction, so their open sessions end at their next request.
 */
@Component
class OrganisationDeactivations {

    private final PortalUserRepository users;
    private final AuditLog auditLog;

    OrganisationDeactivations(PortalUserRepository users, AuditLog auditLog) {
        this.users = users;
        this.auditLog = auditLog;
    }

    @EventListener
    void on(OrganisationDeactivated deactivated) {
        int affected = users.accessChangedForOrganisation(deactivated.organisationId());
        auditLog.record("USER_ACCESS_CHANGED", "Organisation", deactivated.organisationId(), "Organisation "
                + deactivated.code() + " was deactivated: the open sessions of its " + Plural.of(affected, "user")
                + " end at their next request");
    }
}
