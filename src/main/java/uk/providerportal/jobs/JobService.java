package uk.providerportal.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.TenantScope;

/**
 * The jobs feature's API. A job is started by a person of a delivery partner: its input files are moved into the
 * job's own folder before {@link #start} returns, then its work runs on the portal's job executor as that person
 * (their rights, their name in the audit trail), whether or not their page is still open. Started, succeeded and
 * failed are audited. Jobs a stopped portal left unfinished are marked failed when it starts again. People see only
 * their own organisation's jobs.
 */
@Service
@Transactional(readOnly = true)
public class JobService {

    static final String ENTITY = "BackgroundJob";

    /** The work of a job, given what its intake moved into the job folder and a way to report progress. */
    @FunctionalInterface
    public interface Work<T> {
        JobOutcome run(T input, Progress progress);
    }

    /** How far a job has got: {@code done} of {@code total} items. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    private final BackgroundJobRepository jobs;
    private final JobRunner runner;
    private final CurrentUser currentUser;
    private final TenantScope tenantScope;

    JobService(BackgroundJobRepository jobs, JobRunner runner, CurrentUser currentUser, TenantScope tenantScope) {
        this.jobs = jobs;
        this.runner = runner;
        this.currentUser = currentUser;
        this.tenantScope = tenantScope;
    }

    /**
     * Starts a job for the caller's organisation: {@code intake} moves the job's input into the folder it is given
     * (the job owns those files from then on and deletes them when it ends), then {@code work} runs in the background.
     * Runs outside any transaction of the caller's, so the job's row is committed before its work starts.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    @PreAuthorize(Access.PROVIDER_USER)
    public <T> JobSummary start(String kind, String description, Function<Path, T> intake, Work<T> work) {
        PortalIdentity me = currentUser.require();
        Long organisationId = me.organisationId();
        if (organisationId == null) {
            throw new ChangeRefused("organisation", "Only people who work for a delivery partner start this work.");
        }
        return runner.start(me, organisationId, kind, description, intake, work);
    }

    /** The caller's organisation's latest jobs of a kind, newest first. */
    @PreAuthorize(Access.PROVIDER_USER)
    public List<JobSummary> recent(String kind, int limit) {
        Long organisationId = currentUser.require().organisationId();
        if (organisationId == null) {
            return List.of();
        }
        return jobs.findByOrganisationIdAndKindOrderByQueuedAtDescIdDesc(organisationId, kind,
                        PageRequest.of(0, Math.max(1, Math.min(limit, 50)))).stream()
                .map(runner::summary).toList();
    }

    /** One job, only for people of the organisation it belongs to; anyone else is told it does not exist. */
    @PreAuthorize(Access.PROVIDER_USER)
    public JobSummary job(long id) {
        Long organisationId = currentUser.require().organisationId();
        BackgroundJob job = jobs.findById(id).filter(found -> organisationId != null
                && found.organisationId() == organisationId).orElse(null);
        if (job == null) {
            throw tenantScope.refuse("READ_JOB", ENTITY, id, "belongs to another organisation or does not exist");
        }
        return runner.summary(job);
    }
}
