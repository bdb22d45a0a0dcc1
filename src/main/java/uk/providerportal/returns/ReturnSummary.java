package uk.providerportal.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One return of one period as people see it: when it is due, its timeliness, and its current version's figures (empty
 * when nothing was sent), with every version's reason for the history.
 */
public record ReturnSummary(long organisationId, String organisationName, ReturnType type, YearMonth period,
                            String periodText, LocalDate dueOn, Timeliness timeliness, int currentVersion,
                            @Nullable Instant submittedAt, @Nullable String submittedBy, Map<String, Long> figures,
                            List<Version> versions) {

    public ReturnSummary {
        figures = Map.copyOf(figures);
        versions = List.copyOf(versions);
    }

    /** One version: who sent it, when, how and (for a correction) why. */
    public record Version(int number, Instant submittedAt, String submittedBy, String how, @Nullable String reason) {
    }

    public boolean submitted() {
        return currentVersion > 0;
    }

    /** For links and element ids: "MANAGEMENT_INFORMATION-2026-03". */
    public String key() {
        return type.name() + "-" + period;
    }
}
