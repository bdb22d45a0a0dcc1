package uk.providerportal.performance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssuranceReviewRepository extends JpaRepository<AssuranceReview, Long> {

    List<AssuranceReview> findByOrganisationIdOrderByReviewedOnAscIdAsc(long organisationId);
}
