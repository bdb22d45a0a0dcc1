package uk.providerportal.security;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.providerportal.base.ItemNotFoundException;

/**
 * The one place that decides whose organisation-owned data the current user may touch. Funder staff see every
 * organisation; a provider user sees only their own; anyone else sees nothing. Every service that reads or
 * changes organisation-owned data asks here, so isolation never depends on a view.
 */
@Component
public class TenantScope {

    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    TenantScope(CurrentUser currentUser, ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * The organisation a query must be limited to: {@code null} means every organisation (funder staff), any
     * other value means only that one. Refuses callers who are neither.
     */
    public @Nullable Long organisationFilter(String operation) {
        PortalIdentity me = currentUser.identity().orElse(null);
        if (me != null && me.funderStaff()) {
            return null;
        }
        if (me != null && me.hasRole(Role.PROVIDER_USER) && me.organisationId() != null) {
            return me.organisationId();
        }
        deny(operation, "Organisation", null, "no portal role that can see organisation data");
        throw new org.springframework.security.access.AccessDeniedException("No access to organisation data");
    }

    public boolean canSee(@Nullable Long ownerOrganisationId) {
        PortalIdentity me = currentUser.identity().orElse(null);
        if (me == null) {
            return false;
        }
        if (me.funderStaff()) {
            return true;
        }
        return me.hasRole(Role.PROVIDER_USER) && me.organisationId() != null
                && me.organisationId().equals(ownerOrganisationId);
    }

    /**
     * Lets the operation go on when the item belongs to an organisation the user may see; otherwise records the
     * refusal and answers "not found", whether or not the item exists.
     */
    public void checkVisible(String operation, String entityType, Object entityId,
                             @Nullable Long ownerOrganisationId) {
        if (!canSee(ownerOrganisationId)) {
            deny(operation, entityType, String.valueOf(entityId), "belongs to another organisation or does not exist");
            throw new ItemNotFoundException(entityType + " " + entityId);
        }
    }

    /**
     * Records a refusal decided by a finer rule of a feature (e.g. an assessor asking for a case not assigned to
     * them) and gives the "not found" answer to throw, the same as for another organisation's data.
     */
    public ItemNotFoundException refuse(String operation, String entityType, Object entityId, String reason) {
        deny(operation, entityType, String.valueOf(entityId), reason);
        return new ItemNotFoundException(entityType + " " + entityId);
    }

    private void deny(String operation, String entityType, @Nullable String entityId, String reason) {
        events.publishEvent(new AccessDenied(operation, entityType, entityId, reason));
    }
}
