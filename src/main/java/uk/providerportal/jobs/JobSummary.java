package uk.providerportal.jobs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A background job as its owner sees it: what it is, when it was started (UTC), how far it got and how it ended.
 *
 * @param total how many items the job works through (0 while not yet known)
 */
public record JobSummary(long id, String kind, String description, String ownerName, JobStatus status, int done,
                         int total, @Nullable String result, Instant queuedAt, @Nullable Instant finishedAt) {

    public boolean finished() {
        return status.finished();
    }
}
