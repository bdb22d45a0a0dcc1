package uk.providerportal.notification;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.appeal.AppealDecided;
import uk.providerportal.appeal.AppealLodged;
import uk.providerportal.assessment.OutcomeReleased;
import uk.providerportal.kpi.KpiPublished;
import uk.providerportal.contractreview.ContractReviewScheduled;
import uk.providerportal.kpi.KpiRevised;
import uk.providerportal.performance.ActionPlanCommented;
import uk.providerportal.performance.InterventionLevelChanged;
import uk.providerportal.story.StoryMoved;

/**
 * Turns what happened into mails, inside the transaction that made it happen (a synchronous listener, and the
 * transaction is required): if the change rolls back, so do its mails; if it commits, its mails are in the outbox.
 * The change's own audit line covers them.
 */
@Component
class NoticeListeners {

    private final Mailings mailings;
    private final Recipients recipients;
    private final Notices notices;
    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeListeners(Mailings mailings, Recipients recipients, Notices notices, JdbcClient jdbc, Clock clock) {
        this.mailings = mailings;
        this.recipients = recipients;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A month's KPI published: one mail to each provider user of each organisation published. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(KpiPublished published) {
        for (long organisationId : published.organisationIds()) {
            String organisation = recipients.organisation(organisationId).name();
            mailings.mailEach(organisationId, NoticeKind.KPI_PUBLISHED,
                    NoticeKey.kpiPublished(organisationId, published.month()), person -> notices.kpiPublished(
                            person.name(), organisation, published.month(), published.publishedAt()));
        }
    }

    /** A published KPI revised: its organisation's provider users, with the reason and what changed. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(KpiRevised revised) {
        String organisation = recipients.organisation(revised.organisationId()).name();
        mailings.mailEach(revised.organisationId(), NoticeKind.KPI_REVISED, NoticeKey.kpiRevised(
                revised.organisationId(), revised.month(), revised.version()), person -> notices.kpiRevised(
                        person.name(), organisation, revised.month(), revised.version(), revised.reason(),
                        revised.changes()));
    }

    /** An appeal lodged: its organisation's provider users. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AppealLodged lodged) {
        String organisation = recipients.organisation(lodged.organisationId()).name();
        mailings.mailEach(lodged.organisationId(), NoticeKind.APPEAL_LODGED, NoticeKey.appealLodged(lodged.appealId()),
                person -> notices.appealLodged(person.name(), organisation, lodged.month(), lodged.standards()));
    }

    /** A story returned, accepted, checked for relevance or published: its organisation's provider users. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StoryMoved moved) {
        NoticeKind kind = switch (moved.status()) {
            case RETURNED -> NoticeKind.STORY_RETURNED;
            case ACCEPTED -> NoticeKind.STORY_ACCEPTED;
            case RELEVANCE_CHECK -> NoticeKind.STORY_RELEVANCE_CHECK;
            case PUBLISHED -> NoticeKind.STORY_PUBLISHED;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        String organisation = recipients.organisation(moved.organisationId()).name();
        mailings.mailEach(moved.organisationId(), kind, NoticeKey.storyMoved(moved.storyId(), moved.step()),
                person -> notices.storyMoved(person.name(), organisation, moved.storyId(), moved.status(), kind));
    }

    /** A contract review scheduled (or moved): its organisation's provider users, once per meeting date. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ContractReviewScheduled scheduled) {
        String organisation = recipients.organisation(scheduled.organisationId()).name();
        mailings.mailEach(scheduled.organisationId(), NoticeKind.CONTRACT_REVIEW_SCHEDULED,
                NoticeKey.contractReviewScheduled(scheduled.reviewId(), scheduled.meetingOn()),
                person -> notices.contractReviewScheduled(person.name(), organisation, scheduled.month(),
                        scheduled.meetingOn(), scheduled.informationDueOn(), scheduled.reviewId()));
    }

    /** A contract put at another intervention level: its organisation's provider users. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(InterventionLevelChanged changed) {
        String organisation = recipients.organisation(changed.organisationId()).name();
        mailings.mailEach(changed.organisationId(), NoticeKind.INTERVENTION_LEVEL_CHANGED,
                NoticeKey.interventionLevel(changed.organisationId(), changed.decision()), person ->
                        notices.interventionLevel(person.name(), organisation, changed.organisationId(),
                                changed.from(), changed.to(), changed.decidedOn()));
    }

    /** The action plan commented on: its organisation's provider users. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ActionPlanCommented commented) {
        String organisation = recipients.organisation(commented.organisationId()).name();
        mailings.mailEach(commented.organisationId(), NoticeKind.ACTION_PLAN_COMMENTED,
                NoticeKey.actionPlanCommented(commented.organisationId(), commented.entry()), person ->
                        notices.actionPlanCommented(person.name(), organisation, commented.organisationId(),
                                commented.planNumber()));
    }

    /** An appeal decided: its organisation's provider users. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AppealDecided decided) {
        String organisation = recipients.organisation(decided.organisationId()).name();
        mailings.mailEach(decided.organisationId(), NoticeKind.APPEAL_DECIDED,
                NoticeKey.appealDecided(decided.appealId()), person -> notices.appealDecided(person.name(),
                        organisation, decided.month(), decided.upheld(), decided.standards()));
    }

    /**
     * An outcome released: noted for the organisation's daily digest ({@link OutcomeDigest}), since a mail per case
     * would be one mail per moderation. The note is written in the release's transaction, so none is lost.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OutcomeReleased released) {
        Integer present = jdbc.sql("select count(*) from notification_released_outcome where case_id = ?")
                .param(released.caseId()).query(Integer.class).single();
        if (present == 0) {
            jdbc.sql("insert into notification_released_outcome (case_id, organisation_id, reference, round_month, "
                            + "released_at) values (?, ?, ?, ?, ?)")
                    .params(released.caseId(), released.organisationId(), released.reference(),
                            released.round().atDay(1), Outbox.utc(clock.instant())).update();
        }
    }
}
