package uk.providerportal.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The version of this rule in force on a date, and all its versions. */
interface KpiPolicyRepository extends JpaRepository<KpiPolicyVersion, Long> {
    @Query("select v from KpiPolicyVersion v where v.programmeId = :programmeId and v.effectiveFrom <= :on"
            + " order by v.effectiveFrom desc limit 1")
    Optional<KpiPolicyVersion> inForce(long programmeId, LocalDate on);

    @Query("select v from KpiPolicyVersion v where v.programmeId = :programmeId order by v.effectiveFrom desc")
    List<KpiPolicyVersion> history(long programmeId);

    @Query("select v from KpiPolicyVersion v where v.programmeId = :programmeId and v.effectiveFrom = :from")
    Optional<KpiPolicyVersion> at(long programmeId, LocalDate from);
}
