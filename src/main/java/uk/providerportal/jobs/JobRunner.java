package uk.providerportal.jobs;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.providerportal.audit.Actor;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.audit.AuditOutcome;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.SystemTasks;

/**
 * Runs background jobs on the portal's job executor (a Spring {@link TaskExecutor} of its own), as the person who
 * started them, and keeps their live progress; at start, fails the jobs a stopped portal left unfinished.
 */
@Component
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    static final String ENTITY = JobService.ENTITY;
    static final String INTERRUPTED = "The portal stopped before this job finished, so it was not completed and "
            + "nothing of it was saved. Submit it again.";

    private final BackgroundJobRepository jobs;
    private final SystemTasks systemTasks;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Path folder;
    private final ThreadPoolTaskExecutor executor;
    /** Progress of the jobs running in this portal, kept in memory: written to the row only when they end. */
    private final Map<Long, int[]> live = new ConcurrentHashMap<>();

    JobRunner(BackgroundJobRepository jobs, SystemTasks systemTasks, AuditLog auditLog, Clock clock, PlatformTransactionManager transactions,
               @Value("${portal.jobs.dir}") Path folder, @Value("${portal.jobs.workers:2}") int workers) {
        this.jobs = jobs;
        this.systemTasks = systemTasks;
        this.auditLog = auditLog;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.folder = folder.toAbsolutePath().normalize();
        this.executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("portal-job-");
        executor.setCorePoolSize(workers);
        executor.setMaxPoolSize(workers);
        // A stopping portal lets running jobs finish (each is one transaction) rather than cut them off.
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(120);
        executor.initialize();
    }

    TaskExecutor executor() {
        return executor;
    }

    <T> JobSummary start(PortalIdentity me, long organisationId, String kind, String description,
                         Function<Path, T> intake, JobService.Work<T> work) {
        BackgroundJob job = transaction.execute(status -> {
            BackgroundJob saved = jobs.save(new BackgroundJob(me.userId(), me.displayName(), organisationId, kind,
                    description, clock.instant()));
            auditLog.record("JOB_STARTED", ENTITY, saved.id(), kind + " " + saved.description() + " started by "
                    + me.displayName());
            return saved;
        });
        long id = java.util.Objects.requireNonNull(job).id();
        Path jobFolder = folderOf(id);
        T input;
        try {
            Files.createDirectories(jobFolder);
            input = intake.apply(jobFolder);
        } catch (IOException | RuntimeException e) {
            log.error("Job {} could not take its files", id, e);
            finish(id, JobOutcome.failed("The uploaded files could not be taken over for this job, so nothing was "
                    + "submitted. Upload them again."));
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        live.put(id, new int[] {0, 0});
        executor.execute(() -> systemTasks.runAsUser(me, () -> run(id, input, work)));
        return job.toSummary(0, 0);
    }

    private <T> void run(long id, T input, JobService.Work<T> work) {
        transaction.executeWithoutResult(status -> jobs.findById(id).orElseThrow().started(clock.instant()));
        JobOutcome outcome;
        try {
            outcome = work.run(input, (done, total) -> live.put(id, new int[] {done, total}));
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Job {} failed (reference {})", id, reference, e);
            outcome = JobOutcome.failed("Something went wrong, so nothing was saved. Try again; if it happens "
                    + "again, quote reference " + reference + " to the support team.");
        }
        finish(id, outcome);
    }

    private void finish(long id, JobOutcome outcome) {
        try {
            transaction.executeWithoutResult(status -> {
                BackgroundJob job = jobs.findById(id).orElseThrow();
                int[] progress = live.getOrDefault(id, new int[] {0, 0});
                job.progress(progress[0], progress[1]);
                job.finished(outcome.succeeded(), outcome.summary(), clock.instant());
                auditLog.recordFor(auditLog.currentActor(), outcome.succeeded() ? "JOB_SUCCEEDED" : "JOB_FAILED",
                        ENTITY, id, job.kind() + " " + job.description() + ": " + outcome.summary(),
                        outcome.succeeded() ? AuditOutcome.DONE : AuditOutcome.FAILED);
            });
        } finally {
            live.remove(id);
            deleteFolder(folderOf(id));
        }
    }

    JobSummary summary(BackgroundJob job) {
        int[] progress = live.getOrDefault(job.id(), new int[] {0, 0});
        return job.toSummary(progress[0], progress[1]);
    }

    /**
     * At start: a job still queued or running that no worker of this portal runs was cut off when the portal
     * stopped. It is marked failed with a message saying to submit again, audited, and its files deleted.
     */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedJobs() {
        List<BackgroundJob> cutOff = jobs.findByStatusIn(Set.of(JobStatus.QUEUED, JobStatus.RUNNING)).stream()
                .filter(job -> !live.containsKey(job.id())).toList();
        for (BackgroundJob job : cutOff) {
            transaction.executeWithoutResult(status -> {
                BackgroundJob current = jobs.findById(job.id()).orElseThrow();
                if (current.status().finished()) {
                    return;
                }
                current.finished(false, INTERRUPTED, clock.instant());
                auditLog.recordFor(Actor.system("portal start"), "JOB_FAILED", ENTITY, job.id(), job.kind() + " "
                        + job.description() + " of user " + job.ownerUserId() + ": " + INTERRUPTED,
                        AuditOutcome.FAILED);
            });
            deleteFolder(folderOf(job.id()));
            log.warn("Job {} ({} {}) was cut off by a stop of the portal; marked failed", job.id(), job.kind(),
                    job.description());
        }
    }

    Path folderOf(long id) {
        return folder.resolve(Long.toString(id));
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("Could not delete the job folder {}", folder, e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
