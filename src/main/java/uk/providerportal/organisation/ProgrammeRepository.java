package uk.providerportal.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    Optional<Programme> findByCode(String code);
}
