package uk.providerportal.sla;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SlaVolumeChangeRepository extends Repository<SlaVolumeChange, Long> {

    SlaVolumeChange save(SlaVolumeChange change);

    <S extends SlaVolumeChange> List<S> saveAll(Iterable<S> changes);

    @Query("select c from SlaVolumeChange c where c.organisationId = :organisationId and c.monthStart = :monthStart"
            + " order by c.changedAt desc, c.id desc")
    List<SlaVolumeChange> history(long organisationId, LocalDate monthStart);
}
