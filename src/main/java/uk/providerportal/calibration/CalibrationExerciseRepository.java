package uk.providerportal.calibration;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalibrationExerciseRepository extends JpaRepository<CalibrationExercise, Long> {

    /** Scoring first, then results open, then closed (the status names sort that way backwards). */
    List<CalibrationExercise> findByCaseReferenceContainingOrderByStatusDescDueOnAscIdAsc(String caseReference,
                                                                                          Pageable pageable);

    long countByCaseReferenceContaining(String caseReference);

    @Query("select e from CalibrationExercise e where e.id in :ids")
    List<CalibrationExercise> findByIds(@Param("ids") Collection<Long> ids);
}
