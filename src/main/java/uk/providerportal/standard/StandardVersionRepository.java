package uk.providerportal.standard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StandardVersionRepository extends JpaRepository<StandardVersion, Long> {

    @Query("select v from StandardVersion v where v.programmeId = :programmeId and v.effectiveFrom <= :on")
    List<StandardVersion> upTo(long programmeId, LocalDate on);

    @Query("select v from StandardVersion v where v.programmeId = :programmeId and v.code = :code"
            + " order by v.effectiveFrom desc")
    List<StandardVersion> history(long programmeId, String code);

    @Query("select v from StandardVersion v where v.programmeId = :programmeId and v.code = :code"
            + " and v.effectiveFrom = :from")
    Optional<StandardVersion> at(long programmeId, String code, LocalDate from);
}
