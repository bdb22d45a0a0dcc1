package uk.providerportal.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseSampleRepository extends JpaRepository<CaseSample, Long>, JpaSpecificationExecutor<CaseSample> {

    @Query("select count(c) from CaseSample c where c.organisationId = :organisationId"
            + " and c.folderMonth = :folderMonth and c.status <> uk.providerportal.cases.CaseStatus.WITHDRAWN")
    long countFiled(@Param("organisationId") long organisationId, @Param("folderMonth") LocalDate folderMonth);

    @Query("select c.sampleWeek, c.late, count(c) from CaseSample c where c.organisationId = :organisationId"
            + " and c.folderMonth = :folderMonth and c.status <> uk.providerportal.cases.CaseStatus.WITHDRAWN"
            + " group by c.sampleWeek, c.late")
    List<Object[]> countByWeek(@Param("organisationId") long organisationId,
                               @Param("folderMonth") LocalDate folderMonth);

    @Query("select c from CaseSample c where c.organisationId = :organisationId and upper(c.reference) = upper(:reference)"
            + " and c.status <> uk.providerportal.cases.CaseStatus.WITHDRAWN")
    List<CaseSample> findLive(@Param("organisationId") long organisationId, @Param("reference") String reference);

    /** Compared as the database compares text (ignoring case and accents), like {@link #findLive}. */
    @Query("select c.reference, c.folderMonth from CaseSample c where c.organisationId = :organisationId"
            + " and c.reference in :references and c.status <> uk.providerportal.cases.CaseStatus.WITHDRAWN")
    List<Object[]> findLiveReferences(@Param("organisationId") long organisationId,
                                      @Param("references") java.util.Collection<String> references);

    @Query("select distinct c.folderMonth from CaseSample c where c.organisationId = :organisationId")
    List<LocalDate> folderMonths(@Param("organisationId") long organisationId);

    @Query("select c.organisationId, c.status, count(c) from CaseSample c where c.assessmentMonth = :round"
            + " group by c.organisationId, c.status")
    List<Object[]> roundByStatus(@Param("round") LocalDate round);

    @Query("select c.organisationId, count(c), sum(case when c.late = true then 1 else 0 end) from CaseSample c"
            + " where c.folderMonth = :folderMonth and c.status <> uk.providerportal.cases.CaseStatus.WITHDRAWN"
            + " group by c.organisationId")
    List<Object[]> filedByOrganisation(@Param("folderMonth") LocalDate folderMonth);

    @Query("select c.assessorId, c.assessorName, c.status, count(c) from CaseSample c"
            + " where c.assessmentMonth = :round and c.assessorId is not null group by c.assessorId, c.assessorName, c.status")
    List<Object[]> workload(@Param("round") LocalDate round);

    @Query("select distinct c.assessmentMonth from CaseSample c where c.assessmentMonth < :before"
            + " and c.status in :open order by c.assessmentMonth")
    List<LocalDate> roundsWithOpenCases(@Param("before") LocalDate before, @Param("open") Collection<CaseStatus> open);

    @Modifying
    @Query("update CaseSample c set c.rolledOverFrom = coalesce(c.rolledOverFrom, c.assessmentMonth),"
            + " c.assessmentMonth = :next, c.version = c.version + 1, c.updatedAt = :now where c.id in :ids")
    int rollOver(@Param("ids") Collection<Long> ids, @Param("next") LocalDate next,
                 @Param("now") java.time.Instant now);

    @Query("select c.id, c.reference from CaseSample c where c.organisationId = :organisationId and c.id in :ids")
    List<Object[]> references(@Param("organisationId") long organisationId, @Param("ids") Collection<Long> ids);
}
