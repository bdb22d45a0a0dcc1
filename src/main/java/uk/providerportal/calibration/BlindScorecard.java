package uk.providerportal.calibration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.ScorecardLine;
import uk.providerportal.cases.CaseFileSummary;

/**
 * An invited assessor's own scorecard of a calibration exercise's case: nobody else's answers, and nothing of the
 * case's real assessment.
 *
 * @param version what a save must send back ({@link BlindAnswers#version()})
 */
public record BlindScorecard(long exerciseId, long caseId, String reference, String organisationName,
                             String programmeName, LocalDate dueOn, LocalDate standardsOn, ExerciseStatus status,
                             long version, List<ScorecardLine> lines, List<CaseFileSummary> files,
                             @Nullable Instant savedAt, @Nullable Instant submittedAt) {

    public static final int MAX_NOTE = ExerciseAnswer.MAX_NOTE;

    public BlindScorecard {
        lines = List.copyOf(lines);
        files = List.copyOf(files);
    }

    /** The assessor may still change it: the exercise is scoring and they have not submitted. */
    public boolean editable() {
        return status == ExerciseStatus.SCORING && submittedAt == null;
    }

    /** "7 of 9 answered". */
    public String progress() {
        return lines.stream().filter(line -> line.outcome() != null).count() + " of " + lines.size() + " answered";
    }
}
