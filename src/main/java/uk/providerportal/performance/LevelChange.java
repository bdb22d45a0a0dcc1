package uk.providerportal.performance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A quality manager's decision to put a contract at an intervention level: any level, not only the next (11.08).
 * Required actions left blank take the level's own; a letter is recorded when its type, reference and date are all
 * given.
 */
public record LevelChange(InterventionLevel level, LocalDate decidedOn, String reason, String requiredActions,
                          @Nullable String letterType, @Nullable String letterReference,
                          @Nullable LocalDate letterDated) {
}
