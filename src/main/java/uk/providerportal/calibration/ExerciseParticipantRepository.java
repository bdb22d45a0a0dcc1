package uk.providerportal.calibration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExerciseParticipantRepository extends JpaRepository<ExerciseParticipant, Long> {

    List<ExerciseParticipant> findByExerciseIdOrderByAssessorNameAscIdAsc(long exerciseId);

    List<ExerciseParticipant> findByExerciseIdIn(Collection<Long> exerciseIds);

    Optional<ExerciseParticipant> findByExerciseIdAndAssessorId(long exerciseId, long assessorId);

    @Query("select p from ExerciseParticipant p, CalibrationExercise e where e.id = p.exerciseId"
            + " and p.assessorId = :assessorId order by case when e.status"
            + " = uk.providerportal.calibration.ExerciseStatus.SCORING then 0 else 1 end, e.dueOn desc, e.id desc")
    List<ExerciseParticipant> mine(@Param("assessorId") long assessorId, Pageable pageable);

    long countByAssessorId(long assessorId);

    /** Whether the assessor is invited to an exercise on the case that is not closed yet. */
    @Query("select count(p) > 0 from ExerciseParticipant p, CalibrationExercise e where e.id = p.exerciseId"
            + " and p.assessorId = :assessorId and e.caseSampleId = :caseId"
            + " and e.status <> uk.providerportal.calibration.ExerciseStatus.CLOSED")
    boolean invitedToOpenExercise(@Param("assessorId") long assessorId, @Param("caseId") long caseId);
}
