package uk.providerportal.story;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the partner writes: the story and what its consent form allows. The participant is named by a pseudonym only.
 */
public record StoryDraft(String title, String summary, String body, String pseudonym, LocalDate consentSignedOn,
                         Set<ConsentUse> consentUses, @Nullable LocalDate consentExpiresOn) {

    public StoryDraft {
        consentUses = Set.copyOf(consentUses);
    }
}
