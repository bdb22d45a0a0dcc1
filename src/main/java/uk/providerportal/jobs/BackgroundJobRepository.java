package uk.providerportal.jobs;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface BackgroundJobRepository extends JpaRepository<BackgroundJob, Long> {

    List<BackgroundJob> findByOrganisationIdAndKindOrderByQueuedAtDescIdDesc(long organisationId, String kind,
                                                                           Pageable page);

    List<BackgroundJob> findByStatusIn(Collection<JobStatus> statuses);
}
