package uk.providerportal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.PortalTest;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.signin.SignInAs;

/**
 * Background jobs outlive the page that started them, own their files, are audited as their owner, are seen only by
 * their own organisation, and a job a stopped portal cut off is marked failed at the next start.
 */
@PortalTest
class BackgroundJobIT {

    @Autowired JobService jobs;
    @Autowired JobRunner runner;
    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired JdbcTemplate jdbc;

    @Test
    void job_runsAsItsOwner_ownsItsFolder_andIsAuditedStartedAndSucceeded() throws Exception {
        Fixtures.Partner partner = fixtures.partner();
        Path upload = Files.createTempFile("job-input-", ".txt");
        Files.writeString(upload, "input");
        CountDownLatch release = new CountDownLatch(1);
        Path[] seen = new Path[1];
        JobSummary started = signInAs.call(partner.provider(), () -> jobs.start("TEST_JOB", "input.txt",
                folder -> {
                    try {
                        return Files.move(upload, folder.resolve("input.txt"));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, (input, progress) -> {
                    seen[0] = input;
                    progress.update(1, 2);
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    progress.update(2, 2);
                    return JobOutcome.succeeded("Both items done.");
                }));
        assertThat(upload).as("moved into the job folder before start returned").doesNotExist();
        assertThat(runner.folderOf(started.id()).resolve("input.txt")).exists();
        waitUntil(() -> signInAs.call(partner.provider(), () -> jobs.job(started.id())).done() == 1);
        assertThat(signInAs.call(partner.provider(), () -> jobs.job(started.id())).status())
                .isEqualTo(JobStatus.RUNNING);

        release.countDown();
        waitUntil(() -> signInAs.call(partner.provider(), () -> jobs.job(started.id())).finished()
                && !Files.exists(runner.folderOf(started.id())));
        JobSummary done = signInAs.call(partner.provider(), () -> jobs.job(started.id()));
        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.result()).isEqualTo("Both items done.");
        assertThat(done.done()).isEqualTo(2);
        assertThat(done.total()).isEqualTo(2);
        assertThat(seen[0].getFileName().toString()).isEqualTo("input.txt");
        assertThat(runner.folderOf(started.id())).as("the job's files go when it ends").doesNotExist();
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'BackgroundJob'"
                + " and entity_id = ? and actor_user_id = ? order by id", String.class, String.valueOf(started.id()),
                fixtures.userId(partner.provider()))).containsExactly("JOB_STARTED", "JOB_SUCCEEDED");
        assertThat(signInAs.call(partner.provider(), () -> jobs.recent("TEST_JOB", 5)))
                .extracting(JobSummary::id).contains(started.id());

        Fixtures.Partner other = fixtures.partner();
        assertThat(signInAs.call(other.provider(), () -> jobs.recent("TEST_JOB", 5)))
                .extracting(JobSummary::id).doesNotContain(started.id());
        assertThatThrownBy(() -> signInAs.call(other.provider(), () -> jobs.job(started.id())))
                .isInstanceOf(ItemNotFoundException.class);
    }

    @Test
    void failingWork_endsFailedWithAReference_andIsAudited() throws Exception {
        Fixtures.Partner partner = fixtures.partner();
        JobSummary started = signInAs.call(partner.provider(), () -> jobs.start("TEST_JOB", "broken", folder -> folder,
                (input, progress) -> {
                    throw new IllegalStateException("boom");
                }));
        waitUntil(() -> signInAs.call(partner.provider(), () -> jobs.job(started.id())).finished());
        JobSummary failed = signInAs.call(partner.provider(), () -> jobs.job(started.id()));
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.result()).startsWith("Something went wrong, so nothing was saved.").contains("reference");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'JOB_FAILED' and entity_id = ?"
                + " and outcome = 'FAILED'", Long.class, String.valueOf(started.id()))).isEqualTo(1);
    }

    /** Issue 10 item 1: a job left running by a stopped portal is failed at start, with its files removed. */
    @Test
    void jobCutOffByAStop_isMarkedFailedAtStart_withItsFilesRemoved_andAudited() throws Exception {
        Fixtures.Partner partner = fixtures.partner();
        long owner = fixtures.userId(partner.provider());
        jdbc.update("insert into background_job (version, created_at, updated_at, owner_user_id, owner_name,"
                + " organisation_id, kind, description, status, done_count, total_count, queued_at, started_at)"
                + " values (0, now(), now(), ?, 'Provider', ?, 'BULK_SUBMISSION', 'cut-off.xlsx', 'RUNNING', 3, 10,"
                + " now(), now())", owner, partner.id());
        long id = jdbc.queryForObject("select max(id) from background_job", Long.class);
        Path folder = Files.createDirectories(runner.folderOf(id).resolve("files"));
        Files.writeString(folder.resolve("1"), "left behind");

        runner.failInterruptedJobs();

        JobSummary recovered = signInAs.call(partner.provider(), () -> jobs.job(id));
        assertThat(recovered.status()).isEqualTo(JobStatus.FAILED);
        assertThat(recovered.result()).isEqualTo("The portal stopped before this job finished, so it was not "
                + "completed and nothing of it was saved. Submit it again.");
        assertThat(recovered.finishedAt()).isNotNull();
        assertThat(runner.folderOf(id)).doesNotExist();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'JOB_FAILED' and entity_id = ?"
                + " and actor_name = 'portal start'", Long.class, String.valueOf(id))).isEqualTo(1);
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    static void waitUntil(Condition condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
