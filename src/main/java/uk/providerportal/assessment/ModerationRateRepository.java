package uk.providerportal.assessment;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModerationRateRepository extends JpaRepository<ModerationRate, Long> {

    Optional<ModerationRate> findByRoundMonth(LocalDate roundMonth);
}
