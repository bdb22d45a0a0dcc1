package uk.providerportal.story;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.Actor;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.audit.AuditOutcome;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.storage.FileStore;
import uk.providerportal.storage.StoredUploads;

/**
 * Retention: a story and its consent form are deleted, row and files, once a configured number of months has passed
 * since its last use (its last step: submitted, forwarded, published, withdrawn, ...). The audit keeps that it
 * happened, not what the story said.
 */
@Component
class StoryRetention {

    private static final Logger log = LoggerFactory.getLogger(StoryRetention.class);
    static final String ACTOR = "Story retention";

    private final GoodNewsStoryRepository stories;
    private final FileStore store;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int retentionMonths;

    StoryRetention(GoodNewsStoryRepository stories, FileStore store, AuditLog auditLog, Clock clock,
                   @Value("${portal.stories.retention-months:24}") int retentionMonths) {
        this.stories = stories;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
        this.retentionMonths = retentionMonths;
    }

    /** Returns how many stories it deleted; {@link StoryRetentionJob} runs it nightly. */
    @Transactional
    public int run() {
        Instant cutOff = ZonedDateTime.now(clock.withZone(DateFormats.ZONE)).minusMonths(retentionMonths).toInstant();
        List<GoodNewsStory> due = stories.findByLastUsedAtBefore(cutOff);
        List<String> keys = new ArrayList<>();
        for (GoodNewsStory story : due) {
            if (story.consentForm().storageKey() != null) {
                keys.add(story.consentForm().storageKey());
            }
            if (story.documentKey() != null) {
                keys.add(story.documentKey());
            }
            long id = Objects.requireNonNull(story.getId());
            stories.delete(story);
            auditLog.recordFor(Actor.system(ACTOR), "STORY_DELETED_BY_RETENTION", StoryService.ENTITY, id,
                    "Deleted good news story " + id + " (organisation " + story.organisationId() + ") and its files: "
                    + "last used " + DateFormats.dateTime(story.lastUsedAt()) + ", more than " + retentionMonths
                    + " months ago.", AuditOutcome.DONE);
        }
        stories.flush();
        keys.forEach(key -> StoredUploads.deleteAfterCommit(store, key));
        if (!due.isEmpty()) {
            log.info("Story retention deleted {} and {}", Plural.of(due.size(), "story", "stories"), Plural.of(keys.size(),
                    "file"));
        }
        return due.size();
    }
}
