package uk.providerportal.assessment;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByCaseSampleId(long caseSampleId);

    /**
     * The case's scorecard, its row locked until the transaction ends: two moderators completing the same case at
     * once are taken one after the other, and the second reads what the first saved.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Assessment a where a.caseSampleId = ?1")
    Optional<Assessment> lockByCaseSampleId(long caseSampleId);

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

    // --- the month's commentary workbook: flat rows a page at a time, never scorecards as entities ---------------

    /**
     * A page of an organisation's released scorecards of a month, in case order after the given case: the id, the
     * case, the pass mark, when it was released and the overall commentary.
     */
    @Query("select a.id, a.caseSampleId, a.passMark, a.releasedAt, a.commentary from Assessment a"
            + " where a.organisationId = ?1 and a.roundMonth = ?2 and a.releasedAt is not null and a.caseSampleId > ?3"
            + " order by a.caseSampleId")
    List<Object[]> releasedAfter(long organisationId, LocalDate roundMonth, long afterCaseId, Pageable page);

    /**
     * How many standards of each scorecard stand met, not met or not applicable: amended, else moderated, else the
     * assessor's.
     */
    @Query("select a.id, coalesce(o.amendedOutcome, o.moderatedOutcome, o.outcome), count(*) from Assessment a"
            + " join a.outcomes o where a.id in ?1"
            + " group by a.id, coalesce(o.amendedOutcome, o.moderatedOutcome, o.outcome)")
    List<Object[]> finalOutcomeCounts(Collection<Long> assessmentIds);

    /**
     * The standards these scorecards stand not meeting, in case and scorecard order: the scorecard, the standard
     * version, and the impact and note the provider is given (a quality manager's amendment, such as an upheld
     * appeal, else the moderator's change, else the assessor's). Reasons are internal and never selected.
     */
    @Query("select a.id, o.standardVersionId,"
            + " case when o.amendedOutcome is not null then o.amendedImpact"
            + " when o.moderatedOutcome is not null then o.moderatedImpact else o.impact end,"
            + " case when o.amendedOutcome is not null then o.amendedNote"
            + " when o.moderatedOutcome is not null then o.moderatedNote else o.note end"
            + " from Assessment a join a.outcomes o where a.id in ?1"
            + " and coalesce(o.amendedOutcome, o.moderatedOutcome, o.outcome)"
            + " = uk.providerportal.assessment.Outcome.NOT_MET"
            + " order by a.caseSampleId, index(o)")
    List<Object[]> finalUnmet(Collection<Long> assessmentIds);

    /**
     * The standards an organisation's released cases of a month stand not meeting, in release, scorecard and
     * standard order: the case, the standard version, and the impact and note of the standing outcome (a quality
     * manager's amendment, else the moderator's change, else the assessor's). Reasons are internal and never selected.
     */
    @Query("select a.caseSampleId, o.standardVersionId,"
            + " case when o.amendedOutcome is not null then o.amendedImpact"
            + " when o.moderatedOutcome is not null then o.moderatedImpact else o.impact end,"
            + " case when o.amendedOutcome is not null then o.amendedNote"
            + " when o.moderatedOutcome is not null then o.moderatedNote else o.note end"
            + " from Assessment a join a.outcomes o"
            + " where a.organisationId = ?1 and a.roundMonth = ?2 and a.releasedAt is not null"
            + " and coalesce(o.amendedOutcome, o.moderatedOutcome, o.outcome) = uk.providerportal.assessment.Outcome.NOT_MET"
            + " order by a.releasedAt, a.id, index(o)")
    List<Object[]> standingUnmet(long organisationId, LocalDate roundMonth);

    /**
     * An organisation's released scorecards of a month in the order they were released (the order of the index on
     * organisation, month and release, so the database streams them without sorting), read as they are consumed
     * (the driver fetches {@value #STREAM_FETCH} rows at a time): the id, the case, the standing score (recorded on
     * release and on every amendment), the pass mark, when released and the overall commentary. Close the stream.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "" + STREAM_FETCH))
    @Query("select a.id, a.caseSampleId, a.standingScore, a.passMark, a.releasedAt, a.commentary"
            + " from Assessment a where a.organisationId = ?1 and a.roundMonth = ?2 and a.releasedAt is not null"
            + " order by a.releasedAt, a.id")
    Stream<Object[]> streamReleased(long organisationId, LocalDate roundMonth);

    int STREAM_FETCH = 1000;
}
