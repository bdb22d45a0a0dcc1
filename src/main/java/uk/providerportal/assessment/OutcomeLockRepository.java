package uk.providerportal.assessment;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeLockRepository extends JpaRepository<OutcomeLock, Long> {

    Optional<OutcomeLock> findByRoundMonth(LocalDate roundMonth);
}
