package uk.providerportal.contractreview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractReviewRepository extends JpaRepository<ContractReview, Long> {

    List<ContractReview> findByOrganisationIdOrderByReviewMonthDesc(long organisationId);

    Optional<ContractReview> findByOrganisationIdAndReviewMonth(long organisationId, LocalDate reviewMonth);
}
