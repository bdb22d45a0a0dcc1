package uk.providerportal.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByCaseSampleId(long caseSampleId);

    /** The scorecards of a page of cases, without their outcomes (the counts are columns). */
    List<Assessment> findByCaseSampleIdIn(Collection<Long> caseSampleIds);

    boolean existsByRoundMonthAndAssessorIdAndPickedTrue(LocalDate roundMonth, long assessorId);

    /** Moderation's queue: picked, submitted, not yet moderated; oldest submission first. */
    @Query("select a from Assessment a where a.picked = true and a.status = uk.providerportal.assessment.ScorecardStatus.SUBMITTED and a.moderatedAt is null"
            + " and a.releasedAt is null order by a.submittedAt, a.id")
    List<Assessment> findWaitingForModeration(Pageable pageable);

    @Query("select count(a) from Assessment a where a.picked = true and a.status = uk.providerportal.assessment.ScorecardStatus.SUBMITTED"
            + " and a.moderatedAt is null and a.releasedAt is null")
    long countWaitingForModeration();

    List<Assessment> findByOrganisationIdAndRoundMonthAndReleasedAtIsNotNullOrderByReleasedAtDescIdDesc(
            long organisationId, LocalDate roundMonth, Pageable pageable);

    long countByOrganisationIdAndRoundMonthAndReleasedAtIsNotNull(long organisationId, LocalDate roundMonth);

    @Query("select distinct a.roundMonth from Assessment a where a.organisationId = ?1 and a.releasedAt is not null"
            + " order by a.roundMonth desc")
    List<LocalDate> releasedMonths(long organisationId);
}
