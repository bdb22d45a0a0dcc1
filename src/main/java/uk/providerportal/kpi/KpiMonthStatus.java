package uk.providerportal.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A month's publication for a quality manager: when it is due (the calendar's date and any reason it moved), whether
 * and how it was published, and per organisation the figure as it would be computed now beside the published one.
 *
 * @param how "by the scheduled job" or "by hand"; null until published
 */
public record KpiMonthStatus(YearMonth month, LocalDate publicationDate, @Nullable String delayReason,
                             @Nullable Instant publishedAt, @Nullable String publishedBy, @Nullable String how,
                             List<Row> organisations) {

    public boolean published() {
        return publishedAt != null;
    }

    /**
     * @param live      the in-month figure computed now from the counted cases' standing outcomes
     * @param published the in-month figure of the current version, or null before publication
     */
    public record Row(long organisationId, String organisationName, String programmeName, KpiFigure live,
                      @Nullable KpiFigure published, int version) {

        /** True when a revision would change what the provider sees. */
        public boolean differs() {
            return published != null && (published.casesCounted() != live.casesCounted()
                    || published.casesPassing() != live.casesPassing()
                    || published.actualDetriment() != live.actualDetriment()
                    || published.scoreTotal().compareTo(live.scoreTotal()) != 0);
        }
    }
}
