package uk.providerportal.triage;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessorConflictRepository extends JpaRepository<AssessorConflict, Long> {

    List<AssessorConflict> findByAssessorId(long assessorId);

    boolean existsByAssessorIdAndOrganisationId(long assessorId, long organisationId);
}
