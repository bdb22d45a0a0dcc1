package uk.providerportal.performance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.contractreview.AgreedAction;
import uk.providerportal.contractreview.ContractReviewHeld;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.TenantScope;

/**
 * The performance management feature's API (issue 15, items 5 to 7), per contract (a delivery partner organisation).
 * A provider reads only its own contract (another one by id is "not found", the refusal audited), writes its action
 * plan and submits the action plans assurance reviews ask for; the quality manager, as the performance manager, sets
 * the intervention level, comments on the plan and records assurance reviews.
 */
@Service
@Transactional(readOnly = true)
public class PerformanceService {

    static final String CONTRACT = "PerformanceContract";
    static final String REVIEW = "AssuranceReview";

    private final PerformanceContractRepository contracts;
    private final AssuranceReviewRepository reviews;
    private final OrganisationService organisations;
    private final TenantScope tenantScope;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PerformanceService(PerformanceContractRepository contracts, AssuranceReviewRepository reviews,
                       OrganisationService organisations, TenantScope tenantScope, CurrentUser currentUser,
                       AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.reviews = reviews;
        this.organisations = organisations;
        this.tenantScope = tenantScope;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /** The contract's workspace: level and its history, action plan and its history, assurance reviews and flags. */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public PerformanceRecord workspace(long organisationId) {
        tenantScope.checkVisible("READ_PERFORMANCE", "Organisation", organisationId, organisationId);
        return toRecord(organisationId, contracts.findByOrganisationId(organisationId).orElse(null));
    }

    // --- the provider ----------------------------------------------------------------------------------------------

    /**
     * Saves a new version of the provider action plan; the old one stays in the history. From level 2 the plan must
     * carry a flight path (11.10). {@code expectedVersion} is the workspace's version the form was opened with.
     */
    @PreAuthorize(Access.PROVIDER_USER)
    @Transactional
    public PerformanceRecord saveActionPlan(long organisationId, long expectedVersion, ActionPlanDraft plan) {
        tenantScope.checkVisible("SAVE_ACTION_PLAN", "Organisation", organisationId, organisationId);
        PerformanceContract contract = contract(organisationId, expectedVersion);
        try {
            List<PlanAction> actions = new ArrayList<>();
            List<PlanMilestone> milestones = new ArrayList<>();
            if (plan.actions().isEmpty()) {
                throw new ChangeRefused("actions", "Add at least one action: what you will do, who owns it, how it "
                        + "is measured and when it is due.");
            }
            for (int i = 0; i < plan.actions().size(); i++) {
                ActionPlanDraft.Action action = plan.actions().get(i);
                String which = "Action " + (i + 1) + ": ";
                actions.add(new PlanAction(
                        required("actions", which, action.what(), PlanAction.MAX_WHAT, "what will be done"),
                        required("actions", which, action.owner(), PlanAction.MAX_OWNER, "who owns it"),
                        required("actions", which, action.measure(), PlanAction.MAX_MEASURE,
                                "how it is measured"), action.dueOn(), action.status()));
                for (ActionPlanDraft.Milestone milestone : action.milestones()) {
                    if (milestone.dueOn().isAfter(action.dueOn())) {
                        throw new ChangeRefused("actions", which + "a milestone (" + DateFormats.date(
                                milestone.dueOn()) + ") falls after the action's due date ("
                                + DateFormats.date(action.dueOn()) + ").");
                    }
                    milestones.add(new PlanMilestone(i + 1, milestone.dueOn(), required("actions", which,
                            milestone.target(), PlanMilestone.MAX_TARGET, "each milestone's target")));
                }
            }
            String flightPath = plan.flightPath().strip();
            if (flightPath.length() > PerformanceContract.MAX_FLIGHT_PATH) {
                throw new ChangeRefused("flightPath", "The flight path is " + flightPath.length() + " characters "
                        + "long; it may be at most " + PerformanceContract.MAX_FLIGHT_PATH + ".");
            }
            if (contract.level().requiresFlightPath() && flightPath.isEmpty()) {
                throw new ChangeRefused("flightPath", "At " + contract.level().title() + " the plan must be enhanced "
                        + "with a flight path: the incremental performance and pipeline data month by month that "
                        + "will bring performance back to target.");
            }
            String snapshot = snapshot(plan.actions(), flightPath);
            if (snapshot.length() > PlanEntry.MAX_SNAPSHOT) {
                throw new ChangeRefused("actions", "The plan is " + snapshot.length() + " characters long in all; "
                        + "keep it within " + PlanEntry.MAX_SNAPSHOT + " so each version can be kept whole.");
            }
            String by = actor();
            Instant now = clock.instant();
            contract.savePlan(actions, milestones, flightPath, number -> new PlanEntry(PlanEntryKind.SAVED, number,
                    by, now, "", snapshot));
            contracts.saveAndFlush(contract);
            auditLog.record("ACTION_PLAN_SAVED", CONTRACT, organisationId, "Saved version " + contract.planNumber()
                    + " of the action plan of " + name(organisationId) + " (" + actions.size() + " actions).");
            return toRecord(organisationId, contract);
        } catch (ChangeRefused refused) {
            auditLog.recordDenied("ACTION_PLAN_REFUSED", CONTRACT, organisationId, "Refused the action plan of "
                    + name(organisationId) + ": " + refused.getMessage());
            throw refused;
        }
    }

    /**
     * The actions agreed at a contract performance review join the action plan as a new version, "not started", each
     * measured by the review it came from; the plan's history says so. Runs inside the review's own transaction.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void takeUp(ContractReviewHeld held) {
        if (held.actions().isEmpty()) {
            return;
        }
        PerformanceContract contract = contracts.findByOrganisationId(held.organisationId())
                .orElseGet(() -> contracts.saveAndFlush(new PerformanceContract(held.organisationId())));
        String measure = "Agreed at the contract performance review of " + DateFormats.date(held.heldOn());
        List<ActionPlanDraft.Action> all = new ArrayList<>(toRecord(held.organisationId(), contract).plan().actions());
        List<PlanAction> actions = new ArrayList<>(contract.actions());
        for (AgreedAction agreed : held.actions()) {
            all.add(new ActionPlanDraft.Action(agreed.what(), agreed.owner(), measure, agreed.dueOn(),
                    ActionStatus.NOT_STARTED, List.of()));
            actions.add(new PlanAction(agreed.what(), agreed.owner(), measure, agreed.dueOn(),
                    ActionStatus.NOT_STARTED));
        }
        String snapshot = snapshot(all, contract.flightPath());
        String by = actor();
        Instant now = clock.instant();
        contract.savePlan(actions, new ArrayList<>(contract.milestones()), contract.flightPath(),
                number -> new PlanEntry(PlanEntryKind.SAVED, number, by, now, measure + ": "
                        + held.actions().size() + " agreed actions added.", snapshot.length() > PlanEntry.MAX_SNAPSHOT
                        ? snapshot.substring(0, PlanEntry.MAX_SNAPSHOT) : snapshot));
        contracts.saveAndFlush(contract);
        auditLog.record("ACTION_PLAN_SAVED", CONTRACT, held.organisationId(), "Added " + held.actions().size()
                + " actions agreed at the contract performance review of " + DateFormats.date(held.heldOn())
                + " to version " + contract.planNumber() + " of the action plan of " + name(held.organisationId())
                + ".");
    }

    /** Submits the action plan an assurance review asked for; on or before its due date it is in time (11.52). */
    @PreAuthorize(Access.PROVIDER_USER)
    @Transactional
    public PerformanceRecord submitAssurancePlan(long reviewId, long expectedVersion, String plan) {
        AssuranceReview review = reviews.findById(reviewId).orElse(null);
        if (review == null || !tenantScope.canSee(review.organisationId())) {
            throw tenantScope.refuse("SUBMIT_ASSURANCE_PLAN", REVIEW, reviewId, "belongs to another organisation "
                    + "or does not exist");
        }
        if (review.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AssuranceReview.class, reviewId);
        }
        if (review.planDueOn() == null) {
            throw new ChangeRefused("plan", "This review asked for no action plan.");
        }
        String text = required("plan", "", plan, AssuranceReview.MAX_PLAN, "the action plan: the steps you will "
                + "take for each finding");
        LocalDate today = today();
        review.submitPlan(text, today, actor());
        reviews.saveAndFlush(review);
        auditLog.record("ASSURANCE_PLAN_SUBMITTED", REVIEW, reviewId, "Submitted the action plan of the assurance "
                + "review of " + DateFormats.date(review.reviewedOn()) + " of " + name(review.organisationId())
                + (today.isAfter(Objects.requireNonNull(review.planDueOn())) ? ", late" : ", in time") + ".");
        return toRecord(review.organisationId(), contracts.findByOrganisationId(review.organisationId())
                .orElse(null));
    }

    // --- the performance manager -----------------------------------------------------------------------------------

    /** Comments on the action plan as it stands, as at a contract performance review; the provider is told. */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public PerformanceRecord commentOnActionPlan(long organisationId, long expectedVersion, String comment) {
        tenantScope.checkVisible("COMMENT_ACTION_PLAN", "Organisation", organisationId, organisationId);
        PerformanceContract contract = contract(organisationId, expectedVersion);
        String words = required("comment", "", comment, PlanEntry.MAX_NOTE, "your comments on the plan");
        if (contract.planNumber() == 0) {
            throw new ChangeRefused("comment", "There is no action plan to comment on yet: the provider has not "
                    + "saved one.");
        }
        contract.comment(new PlanEntry(PlanEntryKind.COMMENTED, contract.planNumber(), actor(), clock.instant(),
                words, ""));
        contracts.saveAndFlush(contract);
        auditLog.record("ACTION_PLAN_COMMENTED", CONTRACT, organisationId, "Commented on version "
                + contract.planNumber() + " of the action plan of " + name(organisationId) + ".");
        events.publishEvent(new ActionPlanCommented(organisationId, contract.planNumber(),
                contract.planHistory().size()));
        return toRecord(organisationId, contract);
    }

    /**
     * Puts the contract at an intervention level, at any level and not only the next (11.08), with the reason, the
     * date, what it requires and the letter issued. The decision is kept for good and the provider is told.
     */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public PerformanceRecord setLevel(long organisationId, long expectedVersion, LevelChange change) {
        tenantScope.checkVisible("SET_INTERVENTION_LEVEL", "Organisation", organisationId, organisationId);
        PerformanceContract contract = contract(organisationId, expectedVersion);
        try {
            InterventionLevel from = contract.level();
            boolean first = contract.decisions().isEmpty();
            if (!first && change.level() == from) {
                throw new ChangeRefused("level", "The contract is already at " + from.title() + ".");
            }
            String reason = required("reason", "", change.reason(), LevelDecision.MAX_REASON,
                    "the reason for the decision");
            if (change.decidedOn().isAfter(today())) {
                throw new ChangeRefused("decidedOn", "The date of the decision cannot be in the future.");
            }
            String requires = change.requiredActions().isBlank() ? change.level().requires()
                    : required("requiredActions", "", change.requiredActions(), LevelDecision.MAX_REQUIRED,
                    "the required actions");
            String letterType = blankToNull(change.letterType());
            String letterReference = blankToNull(change.letterReference());
            LocalDate letterDated = change.letterDated();
            int given = (letterType != null ? 1 : 0) + (letterReference != null ? 1 : 0) + (letterDated != null ? 1 : 0);
            if (given > 0 && given < 3) {
                throw new ChangeRefused(letterType == null ? "letterType" : letterReference == null
                        ? "letterReference" : "letterDated", "Record the letter with its type, reference and date, "
                        + "or leave all three empty.");
            }
            if (letterType != null && letterType.length() > LevelDecision.MAX_LETTER_TYPE) {
                throw new ChangeRefused("letterType", "The letter's type may be at most "
                        + LevelDecision.MAX_LETTER_TYPE + " characters.");
            }
            if (letterReference != null && letterReference.length() > LevelDecision.MAX_LETTER_REFERENCE) {
                throw new ChangeRefused("letterReference", "The letter's reference may be at most "
                        + LevelDecision.MAX_LETTER_REFERENCE + " characters.");
            }
            contract.decide(new LevelDecision(from, change.level(), change.decidedOn(), actor(), clock.instant(),
                    reason, requires, letterType, letterReference, letterDated), change.level());
            contracts.saveAndFlush(contract);
            auditLog.record("INTERVENTION_LEVEL_SET", CONTRACT, organisationId, "Put " + name(organisationId)
                    + " at " + change.level().title() + " (was " + from.title() + ")"
                    + (letterType != null ? ", with " + letterType + " " + letterReference : "") + ".");
            events.publishEvent(new InterventionLevelChanged(organisationId, from, change.level(),
                    change.decidedOn(), contract.decisions().size()));
            return toRecord(organisationId, contract);
        } catch (ChangeRefused refused) {
            auditLog.recordDenied("INTERVENTION_LEVEL_REFUSED", CONTRACT, organisationId, "Refused a level for "
                    + name(organisationId) + ": " + refused.getMessage());
            throw refused;
        }
    }

    /** Records a Provider Assurance Team review with its rating, findings and, if weaknesses were found, a due plan. */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public PerformanceRecord recordAssuranceReview(long organisationId, NewAssuranceReview review) {
        tenantScope.checkVisible("RECORD_ASSURANCE_REVIEW", "Organisation", organisationId, organisationId);
        if (review.reviewedOn().isAfter(today())) {
            throw new ChangeRefused("reviewedOn", "The date of the review cannot be in the future.");
        }
        if (review.findings().isEmpty()) {
            throw new ChangeRefused("findings", "Record at least one finding, with the area it concerns.");
        }
        List<AssuranceFinding> findings = new ArrayList<>();
        for (Finding finding : review.findings()) {
            findings.add(new AssuranceFinding(finding.area(), required("findings", finding.area().label() + ": ",
                    finding.finding(), AssuranceFinding.MAX_FINDING, "the finding")));
        }
        LocalDate due = review.planDueOn();
        if (review.rating().weakOrLimited() && due == null) {
            throw new ChangeRefused("planDueOn", "A " + review.rating().label().toLowerCase(DateFormats.LOCALE)
                    + " rating asks for an action plan: enter the date it is due.");
        }
        if (due != null && due.isBefore(review.reviewedOn())) {
            throw new ChangeRefused("planDueOn", "The action plan cannot be due before the review.");
        }
        var saved = reviews.saveAndFlush(new AssuranceReview(organisationId, review.reviewedOn(), review.rating(),
                actor(), due, findings));
        auditLog.record("ASSURANCE_REVIEW_RECORDED", REVIEW, saved.getId(), "Recorded the assurance review of "
                + DateFormats.date(review.reviewedOn()) + " of " + name(organisationId) + ": "
                + review.rating().label().toLowerCase(DateFormats.LOCALE) + ".");
        return toRecord(organisationId, contracts.findByOrganisationId(organisationId).orElse(null));
    }

    // --- plumbing --------------------------------------------------------------------------------------------------

    /** The contract, made on first use; stale when someone changed it since {@code expectedVersion} was read. */
    private PerformanceContract contract(long organisationId, long expectedVersion) {
        PerformanceContract contract = contracts.findByOrganisationId(organisationId).orElse(null);
        if (contract == null) {
            if (expectedVersion != 0) {
                throw new ObjectOptimisticLockingFailureException(PerformanceContract.class, organisationId);
            }
            // flushed at once so the change that follows moves it to version 1: a second first-writer is then stale
            return contracts.saveAndFlush(new PerformanceContract(organisationId));
        }
        if (contract.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PerformanceContract.class, contract.getId());
        }
        return contract;
    }

    private PerformanceRecord toRecord(long organisationId, @Nullable PerformanceContract contract) {
        OrganisationSummary organisation = organisations.findOrganisation(organisationId);
        InterventionLevel level = contract == null ? InterventionLevel.STANDARD : contract.level();
        List<LevelRecord> levels = contract == null ? List.of() : contract.decisions().stream()
                .map(LevelDecision::toRecord).toList().reversed();
        ActionPlanDraft plan = contract == null ? ActionPlanDraft.empty() : plan(contract);
        List<PerformanceRecord.PlanHistoryEntry> history = contract == null ? List.of() : contract.planHistory()
                .stream().map(entry -> new PerformanceRecord.PlanHistoryEntry(entry.kind(), entry.planNumber(),
                        entry.byName(), entry.at(), entry.note(), entry.snapshot())).toList().reversed();
        List<String> requirements = new ArrayList<>();
        requirements.add(level.title() + " (" + level.ledBy().toLowerCase(DateFormats.LOCALE) + "): "
                + level.requires());
        if (plan.actions().isEmpty()) {
            requirements.add("No action plan has been saved yet: every contract needs one unless the performance "
                    + "manager has said it is not required at level 1.");
        }
        if (level.requiresFlightPath() && plan.flightPath().isBlank()) {
            requirements.add("At " + level.title() + " the plan must be enhanced with a flight path; it has none "
                    + "yet.");
        }
        List<AssuranceReview> found = reviews.findByOrganisationIdOrderByReviewedOnAscIdAsc(organisationId);
        List<RemedialActionCheck.Flag> flags = RemedialActionCheck.flags(found.stream().map(review ->
                new RemedialActionCheck.Review(review.reviewedOn(), review.rating(), areas(review),
                        review.planDueOn(), review.planSubmittedOn())).toList(), today());
        List<AssuranceReviewRecord> reviewRecords = found.stream().map(review -> new AssuranceReviewRecord(
                Objects.requireNonNull(review.getId()), review.getVersion(), review.reviewedOn(), review.rating(),
                review.recordedBy(), review.findings().stream().map(f -> new Finding(f.area(), f.finding())).toList(),
                review.planDueOn(), review.planText(), review.planSubmittedOn(), review.planSubmittedBy(),
                flags.stream().filter(flag -> flag.reviewedOn().equals(review.reviewedOn()))
                        .map(RemedialActionCheck.Flag::reason).toList()))
                .sorted(Comparator.comparing(AssuranceReviewRecord::reviewedOn).reversed()).toList();
        return new PerformanceRecord(organisationId, organisation.name(), organisation.programmeName(),
                contract == null ? 0 : contract.getVersion(), level, levels, plan,
                contract == null ? 0 : contract.planNumber(), requirements, history, reviewRecords,
                flags.stream().map(RemedialActionCheck.Flag::reason).toList().reversed());
    }

    private static EnumSet<AssuranceArea> areas(AssuranceReview review) {
        EnumSet<AssuranceArea> areas = EnumSet.noneOf(AssuranceArea.class);
        review.findings().forEach(finding -> areas.add(finding.area()));
        return areas;
    }

    private static ActionPlanDraft plan(PerformanceContract contract) {
        List<ActionPlanDraft.Action> actions = new ArrayList<>();
        for (int i = 0; i < contract.actions().size(); i++) {
            PlanAction action = contract.actions().get(i);
            int number = i + 1;
            actions.add(new ActionPlanDraft.Action(action.what(), action.owner(), action.measure(), action.dueOn(),
                    action.status(), contract.milestones().stream().filter(m -> m.actionNumber() == number)
                    .map(m -> new ActionPlanDraft.Milestone(m.dueOn(), m.target())).toList()));
        }
        return new ActionPlanDraft(actions, contract.flightPath());
    }

    /** The plan as text, as the history keeps each version. */
    static String snapshot(List<ActionPlanDraft.Action> actions, String flightPath) {
        var text = new StringBuilder();
        for (int i = 0; i < actions.size(); i++) {
            ActionPlanDraft.Action action = actions.get(i);
            text.append(i + 1).append(". ").append(action.what().strip()).append(" (owner: ")
                    .append(action.owner().strip()).append("; measure: ").append(action.measure().strip())
                    .append("; due ").append(DateFormats.date(action.dueOn())).append("; ")
                    .append(action.status().label().toLowerCase(DateFormats.LOCALE)).append(")\n");
            for (ActionPlanDraft.Milestone milestone : action.milestones()) {
                text.append("   - by ").append(DateFormats.date(milestone.dueOn())).append(": ")
                        .append(milestone.target().strip()).append('\n');
            }
        }
        if (!flightPath.isBlank()) {
            text.append("Flight path: ").append(flightPath.strip()).append('\n');
        }
        return text.toString().strip();
    }

    private static String required(String field, String prefix, String value, int max, String what) {
        String text = value.strip();
        if (text.isEmpty()) {
            throw new ChangeRefused(field, (prefix.isEmpty() ? "Enter " : prefix + "enter ") + what + ".");
        }
        if (text.length() > max) {
            throw new ChangeRefused(field, (prefix.isEmpty() ? "This is " : prefix + "this is ") + text.length() + " characters long; it may be at "
                    + "most " + max + ".");
        }
        return text;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE));
    }

    private String actor() {
        return currentUser.identity().map(PortalIdentity::displayName).orElseGet(currentUser::actingName);
    }

    private String name(long organisationId) {
        return organisations.findOrganisation(organisationId).name();
    }
}
