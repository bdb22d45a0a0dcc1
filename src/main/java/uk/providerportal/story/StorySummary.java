package uk.providerportal.story;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** A row of a story list. {@code consentExpired} tells the performance manager the story can no longer be used. */
public record StorySummary(long id, long organisationId, String organisationName, String title, String pseudonym,
                           StoryStatus status, @Nullable YearMonth month, Instant lastStepAt,
                           @Nullable LocalDate consentExpiresOn, boolean consentExpired) {
}
