package uk.providerportal.cases;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.Role;
import uk.providerportal.security.TenantScope;

/**
 * Who may read a case's content (the case, its files, later its assessment): a provider user only their own
 * organisation's cases; quality managers and admins every case; an assessor only the cases assigned to them, and
 * never one of a delivery partner they declared a conflict of interest with; a case's record (not its assessment)
 * also to an assessor another feature granted it to ({@link CaseRecordGrants}). Refusals are audited and answered as
 * "not found", whether or not the case exists.
 */
@Component
class CaseAccess {

    /** Matches no assessor: an assessor with a declared conflict sees none of that partner's cases. */
    static final long NOBODY = -1;

    private final CurrentUser currentUser;
    private final TenantScope tenantScope;
    private final AssessorConflicts conflicts;
    private final ObjectProvider<CaseRecordGrants> grants;

    CaseAccess(CurrentUser currentUser, TenantScope tenantScope, AssessorConflicts conflicts,
               ObjectProvider<CaseRecordGrants> grants) {
        this.currentUser = currentUser;
        this.tenantScope = tenantScope;
        this.conflicts = conflicts;
        this.grants = grants;
    }

    /** The case, if the caller may read it; otherwise the refusal is recorded and "not found" thrown. */
    CaseSample readable(String operation, long caseId, @Nullable CaseSample sample) {
        return readable(operation, caseId, sample, false);
    }

    /**
     * The case's record (the case and its files), if the caller may read the case or was granted its record by
     * another feature ({@link CaseRecordGrants}); a declared conflict of interest refuses either way.
     */
    CaseSample recordReadable(String operation, long caseId, @Nullable CaseSample sample) {
        return readable(operation, caseId, sample, true);
    }

    private CaseSample readable(String operation, long caseId, @Nullable CaseSample sample, boolean record) {
        tenantScope.checkVisible(operation, CasesService.ENTITY, caseId,
                sample == null ? null : sample.organisationId());
        if (sample == null) {
            throw new ItemNotFoundException(CasesService.ENTITY + " " + caseId);
        }
        Long only = onlyAssignedTo(sample.organisationId());
        if (only != null && !only.equals(sample.assessorId())
                && !(record && only != NOBODY && granted(only, caseId))) {
            throw tenantScope.refuse(operation, CasesService.ENTITY, caseId, only == NOBODY
                    ? "the assessor declared a conflict of interest with its organisation"
                    : "not assigned to this assessor");
        }
        return sample;
    }

    private boolean granted(long userId, long caseId) {
        return grants.stream().anyMatch(grant -> grant.grants(userId, caseId));
    }

    /**
     * Whose cases of a (visible) organisation the caller may list: {@code null} for all of them; otherwise only those
     * assigned to the returned assessor id ({@link #NOBODY} when the assessor declared a conflict with it).
     */
    @Nullable Long onlyAssignedTo(long organisationId) {
        PortalIdentity me = currentUser.require();
        if (me.hasRole(Role.PROVIDER_USER) || me.hasRole(Role.QUALITY_MANAGER) || me.hasRole(Role.ADMIN)) {
            return null;
        }
        return conflicts.declared(me.userId(), organisationId) ? NOBODY : me.userId();
    }
}
