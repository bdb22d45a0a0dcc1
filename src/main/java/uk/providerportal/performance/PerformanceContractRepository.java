package uk.providerportal.performance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PerformanceContractRepository extends JpaRepository<PerformanceContract, Long> {

    Optional<PerformanceContract> findByOrganisationId(long organisationId);
}
