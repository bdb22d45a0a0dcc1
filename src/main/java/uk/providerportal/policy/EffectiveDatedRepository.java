package uk.providerportal.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import uk.providerportal.base.EffectiveDatedVersion;

/** The version of a programme rule in force on a date, all its versions, and the one starting on a date. */
@NoRepositoryBean
interface EffectiveDatedRepository<V extends EffectiveDatedVersion> extends JpaRepository<V, Long> {

    @Query("select v from #{#entityName} v where v.programmeId = :programmeId and v.effectiveFrom <= :on"
            + " order by v.effectiveFrom desc limit 1")
    Optional<V> inForce(long programmeId, LocalDate on);

    @Query("select v from #{#entityName} v where v.programmeId = :programmeId order by v.effectiveFrom desc")
    List<V> history(long programmeId);

    @Query("select v from #{#entityName} v where v.programmeId = :programmeId and v.effectiveFrom = :from")
    Optional<V> at(long programmeId, LocalDate from);
}
