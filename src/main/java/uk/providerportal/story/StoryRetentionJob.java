package uk.providerportal.story;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly retention run, holding its ShedLock so only one instance runs it. Apart from {@link StoryRetention}
 * because ShedLock's method proxy refuses a method returning a primitive (the count): locked there, it never ran.
 */
@Component
class StoryRetentionJob {

    private final StoryRetention retention;

    StoryRetentionJob(StoryRetention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${portal.stories.retention-cron:0 10 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "story-retention", lockAtMostFor = "PT30M")
    public void deleteExpired() {
        retention.run();
    }
}
