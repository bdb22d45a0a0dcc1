package uk.providerportal.story;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A story as its readers see it, with its consent form's terms and every step it went through. */
public record StoryRecord(long id, long version, long organisationId, String organisationName, String programmeName,
                          StoryStatus status, String title, String summary, String body, String pseudonym,
                          @Nullable YearMonth month, LocalDate consentSignedOn, Set<ConsentUse> consentUses,
                          @Nullable LocalDate consentExpiresOn, boolean consentExpired,
                          @Nullable StoryFile consentForm, @Nullable StoryFile document,
                          @Nullable ConsentUse publishedUse, @Nullable String publishedWhere,
                          @Nullable LocalDate publishedOn, List<Step> steps) {

    public StoryRecord {
        consentUses = Set.copyOf(consentUses);
        steps = List.copyOf(steps);
    }

    /** One step: the status reached, who, when, and the words said (comments, a question, an answer). */
    public record Step(StoryStatus status, String byName, Instant at, String note) {
    }

    /** The words of the latest step that reached the status, e.g. the comments it was returned with. */
    public Optional<String> latestNote(StoryStatus of) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).status() == of) {
                return Optional.of(steps.get(i).note()).filter(note -> !note.isBlank());
            }
        }
        return Optional.empty();
    }
}
