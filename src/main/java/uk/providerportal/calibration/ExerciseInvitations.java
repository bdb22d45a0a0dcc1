package uk.providerportal.calibration;

import org.springframework.stereotype.Component;
import uk.providerportal.cases.CaseRecordGrants;

/**
 * An assessor invited to a calibration exercise reads its case's record (the case and its files) until the exercise
 * closes: the case is not assigned to them, and its assessment stays out of their reach.
 */
@Component
class ExerciseInvitations implements CaseRecordGrants {

    private final ExerciseParticipantRepository participants;

    ExerciseInvitations(ExerciseParticipantRepository participants) {
        this.participants = participants;
    }

    @Override
    public boolean grants(long userId, long caseId) {
        return participants.invitedToOpenExercise(userId, caseId);
    }
}
