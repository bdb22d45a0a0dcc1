package uk.providerportal.performance;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An intervention level decision as people read it: from, to, when, who, why, what it requires, the letter. */
public record LevelRecord(InterventionLevel from, InterventionLevel to, LocalDate decidedOn, String decidedBy,
                          Instant at, String reason, String requiredActions, @Nullable Letter letter) {

    /** A letter issued with the decision: its type (e.g. management letter), reference and date. */
    public record Letter(String type, String reference, LocalDate dated) {
    }
}
