package uk.providerportal.triage;

import org.springframework.stereotype.Component;
import uk.providerportal.cases.AssessorConflicts;

/** Tells the case feature about the conflicts of interest declared here, so it keeps such cases from the assessor. */
@Component
class DeclaredConflicts implements AssessorConflicts {

    private final AssessorConflictRepository conflicts;

    DeclaredConflicts(AssessorConflictRepository conflicts) {
        this.conflicts = conflicts;
    }

    @Override
    public boolean declared(long assessorId, long organisationId) {
        return conflicts.existsByAssessorIdAndOrganisationId(assessorId, organisationId);
    }
}
