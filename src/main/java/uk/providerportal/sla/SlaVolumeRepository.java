package uk.providerportal.sla;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SlaVolumeRepository extends JpaRepository<SlaVolume, Long> {

    @Query("select v from SlaVolume v where v.monthStart = :monthStart")
    List<SlaVolume> findByMonth(LocalDate monthStart);

    @Query("select v from SlaVolume v where v.monthStart between :from and :to")
    List<SlaVolume> findBetween(LocalDate from, LocalDate to);

    @Query("select v from SlaVolume v where v.organisationId = :organisationId and v.monthStart = :monthStart")
    Optional<SlaVolume> find(long organisationId, LocalDate monthStart);
}
