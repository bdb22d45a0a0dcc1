package uk.providerportal.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.AbstractEntity;

/** One background job: its owner and organisation, what it does, its status, progress and result; instants UTC. */
@Entity
@Table(name = "background_job")
class BackgroundJob extends AbstractEntity {

    static final int RESULT_LENGTH = 2000;

    @Column(name = "owner_user_id", nullable = false)
    private long ownerUserId;

    @Size(max = 200)
    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName = "";

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Size(max = 40)
    @Column(nullable = false, length = 40)
    private String kind = "";

    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String description = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JobStatus status = JobStatus.QUEUED;

    @Column(name = "done_count", nullable = false)
    private int done;

    @Column(name = "total_count", nullable = false)
    private int total;

    @Size(max = RESULT_LENGTH)
    @Column(length = RESULT_LENGTH)
    private @Nullable String result;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt = Instant.EPOCH;

    @Column(name = "started_at")
    private @Nullable Instant startedAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    protected BackgroundJob() {
    }

    BackgroundJob(long ownerUserId, String ownerName, long organisationId, String kind, String description,
                  Instant queuedAt) {
        this.ownerUserId = ownerUserId;
        this.ownerName = clip(ownerName, 200);
        this.organisationId = organisationId;
        this.kind = kind;
        this.description = clip(description, 200);
        this.queuedAt = queuedAt;
    }

    long id() {
        return Objects.requireNonNull(getId());
    }

    long organisationId() {
        return organisationId;
    }

    long ownerUserId() {
        return ownerUserId;
    }

    String kind() {
        return kind;
    }

    String description() {
        return description;
    }

    JobStatus status() {
        return status;
    }

    void started(Instant at) {
        status = JobStatus.RUNNING;
        startedAt = at;
    }

    void progress(int done, int total) {
        this.done = done;
        this.total = total;
    }

    void finished(boolean succeeded, String result, Instant at) {
        status = succeeded ? JobStatus.SUCCEEDED : JobStatus.FAILED;
        this.result = clip(result, RESULT_LENGTH);
        finishedAt = at;
    }

    JobSummary toSummary(int liveDone, int liveTotal) {
        return new JobSummary(id(), kind, description, ownerName, status, Math.max(done, liveDone),
                Math.max(total, liveTotal), result, queuedAt, finishedAt);
    }

    static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
