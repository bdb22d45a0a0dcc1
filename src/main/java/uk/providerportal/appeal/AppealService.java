package uk.providerportal.appeal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.assessment.CountedCase;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.OutcomeAmendment;
import uk.providerportal.assessment.OutcomeLockService;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.Plural;
import uk.providerportal.base.SpreadsheetRows;
import uk.providerportal.calendar.AssessmentCalendar;
import uk.providerportal.calendar.WorkingDayCalendar;
import uk.providerportal.cases.AssessorConflicts;
import uk.providerportal.kpi.KpiService;
import uk.providerportal.kpi.PublishedKpi;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.policy.AppealPolicy;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.Role;
import uk.providerportal.security.TenantScope;
import uk.providerportal.selfassessment.SelfAssessmentService;
import uk.providerportal.storage.FileStore;
import uk.providerportal.storage.StoredFile;
import uk.providerportal.storage.StoredUploads;
import uk.providerportal.submission.CaseFileUpload;
import uk.providerportal.submission.CheckedFile;
import uk.providerportal.submission.SubmissionService;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserService;

/**
 * The appeals feature's API (issue 13). What may be appealed comes from {@link AppealRules} under the appeal policy
 * in force for the month; the window is the calendar's number of working days from the organisation's first KPI
 * publication of the month, in its nation, closing at the end of the last day (UK time), and every save and lodge is
 * checked against it on the server. A provider reaches only its own organisation's appeals (another one's is "not
 * found", the refusal audited); the quality team assigns an independent reviewer, whose decision is final: upheld
 * standards are amended and the month's KPI revised with the appeal as its reason.
 */
@Service
@Transactional(readOnly = true)
public class AppealService {

    static final String ENTITY = "Appeal";

    private final AppealRepository appeals;
    private final KpiService kpis;
    private final ModerationService moderation;
    private final SelfAssessmentService selfAssessments;
    private final OutcomeLockService outcomes;
    private final PolicyService policies;
    private final AssessmentCalendar calendar;
    private final WorkingDayCalendar workingDays;
    private final OrganisationService organisations;
    private final UserService users;
    private final AssessorConflicts conflicts;
    private final TenantScope tenantScope;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int decisionWorkingDays;
    private final SubmissionService submissions;
    private final FileStore store;
    private final AppealEvidenceFiles evidenceFiles;

    AppealService(AppealRepository appeals, KpiService kpis, ModerationService moderation,
                  SelfAssessmentService selfAssessments, OutcomeLockService outcomes, PolicyService policies,
                  AssessmentCalendar calendar, WorkingDayCalendar workingDays, OrganisationService organisations,
                  UserService users, AssessorConflicts conflicts, TenantScope tenantScope, CurrentUser currentUser,
                  AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
                  @Value("${portal.appeals.decision-working-days:10}") int decisionWorkingDays,
                  SubmissionService submissions, FileStore store, AppealEvidenceFiles evidenceFiles) {
        this.submissions = submissions;
        this.store = store;
        this.evidenceFiles = evidenceFiles;
        this.appeals = appeals;
        this.kpis = kpis;
        this.moderation = moderation;
        this.selfAssessments = selfAssessments;
        this.outcomes = outcomes;
        this.policies = policies;
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.organisations = organisations;
        this.users = users;
        this.conflicts = conflicts;
        this.tenantScope = tenantScope;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.decisionWorkingDays = decisionWorkingDays;
    }

    // --- what may be appealed ------------------------------------------------------------------------------------

    /** The window of an organisation's month, once its KPI is published (empty before). */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<AppealWindow> window(long organisationId, YearMonth month) {
        tenantScope.checkVisible("READ_APPEAL_WINDOW", "Organisation", organisationId, organisationId);
        OrganisationSummary organisation = organisations.findOrganisation(organisationId);
        return kpis.published(organisationId, month).map(kpi -> window(organisation, kpi));
    }

    /**
     * What the organisation may appeal for the month and why: the policy in force, the KPI against target, the
     * window and every counted case and unmet standard. Not found until the month's KPI is published.
     */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public AppealEligibility eligibility(long organisationId, YearMonth month) {
        return AppealRules.eligibility(facts(organisationId, month));
    }

    /** The case scores and the KPI if every chosen (eligible) standard were upheld. */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public AppealWhatIf whatIf(long organisationId, YearMonth month, Collection<AppealChoice> chosen) {
        AppealRules.Facts facts = facts(organisationId, month);
        return AppealRules.whatIf(facts, AppealRules.eligibility(facts), chosen.stream()
                .map(c -> new AppealRules.Pick(c.caseId(), c.standardVersionId())).toList());
    }

    // --- the provider's appeal -----------------------------------------------------------------------------------

    /** The organisation's appeal of the month, draft or lodged, if there is one. */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public Optional<AppealRecord> appeal(long organisationId, YearMonth month) {
        tenantScope.checkVisible("READ_APPEAL", "Organisation", organisationId, organisationId);
        return appeals.findByOrganisationIdAndRoundMonth(organisationId, month.atDay(1)).map(this::toRecord);
    }

    /** The organisation's appeals, newest month first. */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public List<AppealRecord> appeals(long organisationId) {
        tenantScope.checkVisible("LIST_APPEALS", "Organisation", organisationId, organisationId);
        return appeals.findByOrganisationIdOrderByRoundMonthDesc(organisationId).stream().map(this::toRecord)
                .toList();
    }

    /**
     * Saves the appeal as a draft: the chosen standards (each must be eligible) with their rationales so far.
     * Refused after the window closes, once lodged, and over a newer save ({@code expectedVersion} is the version
     * the form was opened with, or -1 for a new appeal).
     */
    @PreAuthorize(Access.PROVIDER_USER)
    @Transactional
    public AppealRecord saveDraft(long organisationId, YearMonth month, List<AppealChoice> choices,
                                  long expectedVersion) {
        Appeal appeal = write(organisationId, month, eligibility(organisationId, month), choices, expectedVersion,
                false);
        auditLog.record("APPEAL_DRAFT_SAVED", ENTITY, appeal.getId(), "Saved the draft appeal of "
                + organisationName(organisationId) + " against the KPI of " + DateFormats.month(month) + ": "
                + Plural.of(appeal.items().size(), "standard") + ".");
        return toRecord(appeal);
    }

    /**
     * Lodges the appeal, all or nothing: every chosen standard eligible and with a rationale, within the window,
     * checked on the server now whatever the form showed when it was opened. Lodged appeals cannot be changed.
     */
    @PreAuthorize(Access.PROVIDER_USER)
    @Transactional(noRollbackFor = ChangeRefused.class)
    public AppealRecord lodge(long organisationId, YearMonth month, List<AppealChoice> choices,
                              long expectedVersion) {
        Appeal appeal;
        try {
            appeal = write(organisationId, month, eligibility(organisationId, month), choices, expectedVersion, true);
        } catch (ChangeRefused refused) {
            auditLog.recordDenied("APPEAL_REFUSED", ENTITY, organisationId + "/" + month, "Refused to lodge the "
                    + "appeal of " + organisationName(organisationId) + " against the KPI of "
                    + DateFormats.month(month) + ": " + refused.getMessage());
            throw refused;
        }
        Instant now = clock.instant();
        appeal.lodge(actor(), now);
        OrganisationSummary organisation = organisations.findOrganisation(organisationId);
        appeal.assignDue(workingDays.addWorkingDays(organisation.nation(), LocalDate.ofInstant(now,
                DateFormats.ZONE), decisionWorkingDays));
        appeals.saveAndFlush(appeal);
        auditLog.record("APPEAL_LODGED", ENTITY, appeal.getId(), "Lodged the appeal of " + organisation.name()
                + " against the KPI of " + DateFormats.month(month) + ": "
                + Plural.of(appeal.items().size(), "standard") + " on "
                + Plural.of((int) appeal.items().stream().map(AppealItem::caseId).distinct().count(), "case") + ".");
        events.publishEvent(new AppealLodged(Objects.requireNonNull(appeal.getId()), organisationId, month,
                appeal.items().size()));
        return toRecord(appeal);
    }

    /** The largest appeals template accepted; a month's unmet standards fill a small fraction of it. */
    public static final long MAX_TEMPLATE_BYTES = 5L * 1024 * 1024;

    /**
     * Writes the month's Appeals Submission Template: every eligible standard with the draft's rationales so far, and
     * the eligibility criteria and every case's why on a sheet of their own.
     */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public void writeTemplate(long organisationId, YearMonth month, OutputStream out) throws IOException {
        AppealEligibility eligibility = eligibility(organisationId, month);
        Map<String, String> rationales = new HashMap<>();
        appeals.findByOrganisationIdAndRoundMonth(organisationId, month.atDay(1)).ifPresent(appeal ->
                appeal.items().forEach(i -> rationales.put(i.caseId() + ":" + i.standardVersionId(),
                        i.rationale())));
        AppealTemplate.write(eligibility, rationales, out);
    }

    /**
     * Reads a filled-in template and, only when every row is right and the window is open, saves it as the draft
     * appeal (replacing the draft's standards): all or nothing, every problem named by row and column.
     */
    @PreAuthorize(Access.PROVIDER_USER)
    @Transactional(noRollbackFor = ChangeRefused.class)
    public AppealImportReport importTemplate(long organisationId, YearMonth month, Path file, String fileName,
                                             long expectedVersion) {
        try {
            if (Files.size(file) > MAX_TEMPLATE_BYTES) {
                return AppealImportReport.refused("“" + fileName + "” is larger than "
                        + MAX_TEMPLATE_BYTES / (1024 * 1024) + " MB, the most an appeals template may be.");
            }
        } catch (IOException unreadable) {
            return AppealImportReport.refused("“" + fileName + "” could not be read. Upload it again.");
        }
        AppealEligibility eligibility = AppealRules.eligibility(facts(organisationId, month));
        AppealTemplate.Read read;
        try {
            read = AppealTemplate.read(file, eligibility);
        } catch (SpreadsheetRows.UnreadableFile unreadable) {
            return AppealImportReport.refused("“" + fileName + "”: " + unreadable.getMessage());
        }
        if (!read.problems().isEmpty()) {
            return new AppealImportReport(false, 0, read.problems());
        }
        try {
            Appeal appeal = write(organisationId, month, eligibility, read.choices(), expectedVersion, false);
            auditLog.record("APPEAL_TEMPLATE_IMPORTED", ENTITY, appeal.getId(), "Saved the draft appeal of "
                    + organisationName(organisationId) + " against the KPI of " + DateFormats.month(month)
                    + " from the template “" + fileName + "”: " + Plural.of(appeal.items().size(), "standard") + ".");
            return new AppealImportReport(true, appeal.items().size(), List.of());
        } catch (ChangeRefused refused) {
            auditLog.recordDenied("APPEAL_REFUSED", ENTITY, organisationId + "/" + month, "Refused the appeals "
                    + "template “" + fileName + "” of " + organisationName(organisationId) + ": "
                    + refused.getMessage());
            return AppealImportReport.refused(refused.getMessage());
        }
    }

    /** At most this many evidence files per appealed standard. */
    public static final int MAX_EVIDENCE_FILES = 5;

    /**
     * Attaches an evidence file to a standard of the organisation's draft appeal (save the draft with the standard
     * first): checked exactly like a case record file, stored under a generated key with who uploaded it, within the
     * window. A refusal stores nothing; a rollback removes the stored file.
     */
    @PreAuthorize(Access.PROVIDER_USER)
    @Transactional
    public AppealEvidence attachEvidence(long organisationId, YearMonth month, long caseId, long standardVersionId,
                                         String fileName, Path file) {
        tenantScope.checkVisible("ATTACH_APPEAL_EVIDENCE", "Organisation", organisationId, organisationId);
        Appeal appeal = appeals.findByOrganisationIdAndRoundMonth(organisationId, month.atDay(1))
                .filter(a -> a.status() == AppealStatus.DRAFT)
                .orElseThrow(() -> new ChangeRefused("evidence", "Save your draft appeal with this standard first, "
                        + "then attach its evidence."));
        AppealItem item = appeal.items().stream().filter(i -> i.sameStandard(caseId, standardVersionId)).findFirst()
                .orElseThrow(() -> new ChangeRefused("evidence", "This standard is not in your saved draft: tick it, "
                        + "save the draft, then attach its evidence."));
        AppealWindow window = window(organisationId, month).orElseThrow();
        if (!clock.instant().isBefore(window.closesAt())) {
            throw new ChangeRefused("evidence", "The appeal window closed at the end of "
                    + DateFormats.date(window.closesOn()) + ": evidence can no longer be attached.");
        }
        if (evidenceFiles.count(appeal.getId(), caseId, standardVersionId) >= MAX_EVIDENCE_FILES) {
            throw new ChangeRefused("evidence", "Standard " + item.standardCode() + " of case " + item.caseReference()
                    + " already has " + MAX_EVIDENCE_FILES + " evidence files, the most it may have. Remove one "
                    + "first.");
        }
        CheckedFile checked = submissions.checkFile(new CaseFileUpload(fileName, file));
        var uploads = new StoredUploads(store);
        StoredFile stored = uploads.put(file);
        Instant now = clock.instant();
        evidenceFiles.insert(Objects.requireNonNull(appeal.getId()), caseId, standardVersionId, fileName, stored.key(),
                checked.mediaType(), checked.size(), stored.sha256(), actor(), now);
        uploads.keep();
        auditLog.record("APPEAL_EVIDENCE_ATTACHED", ENTITY, appeal.getId(), "Attached “" + fileName + "” ("
                + checked.mediaType() + ") to standard " + item.standardCode() + " of case " + item.caseReference()
                + " in the draft appeal of " + organisationName(organisationId) + " for " + DateFormats.month(month)
                + ".");
        return evidenceFiles.of(appeal.getId()).stream().filter(e -> e.key().equals(stored.key())).findFirst()
                .orElseThrow().evidence();
    }

    /** Removes an evidence file from a draft appeal; the stored file is deleted once that commits. */
    @PreAuthorize(Access.PROVIDER_USER)
    @Transactional
    public void removeEvidence(long evidenceId) {
        AppealEvidenceFiles.Stored stored = visibleEvidence("REMOVE_APPEAL_EVIDENCE", evidenceId);
        Appeal appeal = appeals.findById(stored.appealId()).orElseThrow();
        if (appeal.status() != AppealStatus.DRAFT) {
            throw new ChangeRefused("evidence", "The appeal is lodged: its evidence can no longer change.");
        }
        evidenceFiles.delete(evidenceId);
        deleteOnCommit(stored.key());
        auditLog.record("APPEAL_EVIDENCE_REMOVED", ENTITY, appeal.getId(), "Removed “"
                + stored.evidence().fileName() + "” from the draft appeal of "
                + organisationName(appeal.organisationId()) + " for " + DateFormats.month(appeal.month()) + ".");
    }

    /** The evidence files of the organisation's appeal of the month, in the order attached. */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public List<AppealEvidence> evidence(long organisationId, YearMonth month) {
        tenantScope.checkVisible("READ_APPEAL", "Organisation", organisationId, organisationId);
        return appeals.findByOrganisationIdAndRoundMonth(organisationId, month.atDay(1))
                .map(appeal -> evidenceFiles.of(Objects.requireNonNull(appeal.getId())).stream()
                        .map(AppealEvidenceFiles.Stored::evidence).toList())
                .orElse(List.of());
    }

    /**
     * Streams an evidence file to its reader: the appeal's own organisation or a quality manager; anyone else, or a
     * replayed link of another organisation's file, gets "not found" and the refusal is audited.
     *
     * @return the file's name and type, for the download
     */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public AppealEvidence writeEvidence(long evidenceId, OutputStream out) throws IOException {
        AppealEvidenceFiles.Stored stored = visibleEvidence("READ_APPEAL_EVIDENCE", evidenceId);
        try (InputStream in = store.open(stored.key())) {
            in.transferTo(out);
        }
        return stored.evidence();
    }

    private AppealEvidenceFiles.Stored visibleEvidence(String operation, long evidenceId) {
        AppealEvidenceFiles.Stored stored = evidenceFiles.find(evidenceId).orElse(null);
        Long owner = stored == null ? null : appeals.findById(stored.appealId()).map(Appeal::organisationId)
                .orElse(null);
        if (stored == null || owner == null || !tenantScope.canSee(owner)) {
            throw tenantScope.refuse(operation, "AppealEvidence", evidenceId,
                    "belongs to another organisation or does not exist");
        }
        return stored;
    }

    private void deleteOnCommit(String key) {
        StoredUploads.deleteAfterCommit(store, key);
    }

    // --- the quality team ----------------------------------------------------------------------------------------

    /** Every lodged appeal not yet decided, due first, and the decided ones after. */
    @PreAuthorize(Access.QUALITY_MANAGER)
    public List<AppealBoardRow> board() {
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        Map<Long, String> names = new HashMap<>();
        List<AppealBoardRow> rows = new ArrayList<>();
        for (Appeal appeal : appeals.findByStatusInOrderByDecisionDueAscLodgedAtAsc(List.of(AppealStatus.LODGED,
                AppealStatus.ASSIGNED, AppealStatus.DECIDED))) {
            String name = names.computeIfAbsent(appeal.organisationId(),
                    id -> organisations.findOrganisation(id).name());
            LocalDate due = appeal.decisionDue();
            boolean open = appeal.status() != AppealStatus.DECIDED;
            boolean overdue = open && due != null && due.isBefore(today);
            String dueText = !open ? "Decided " + DateFormats.dateTime(Objects.requireNonNull(appeal.decidedAt()))
                    : due == null ? "No due date" : (overdue ? "Overdue since " : "Due ") + DateFormats.date(due);
            rows.add(new AppealBoardRow(Objects.requireNonNull(appeal.getId()), name, appeal.month(),
                    appeal.status(), appeal.items().size(), Objects.requireNonNull(appeal.lodgedAt()),
                    appeal.reviewerId(), appeal.reviewerName(), due, overdue, dueText));
        }
        rows.sort(java.util.Comparator.comparing((AppealBoardRow r) -> r.status() == AppealStatus.DECIDED)
                .thenComparing(r -> r.decisionDue() == null ? LocalDate.MAX : r.decisionDue()));
        return rows;
    }

    /** A lodged appeal, for the quality team. */
    @PreAuthorize(Access.QUALITY_MANAGER)
    public AppealRecord lodgedAppeal(long appealId) {
        return toRecord(lodgedOrThrow(appealId));
    }

    /**
     * The quality managers who might review the appeal: independent ones first; anyone who assessed or moderated one
     * of its cases, or declared a conflict with the organisation, is listed with the reason and cannot be chosen.
     */
    @PreAuthorize(Access.QUALITY_MANAGER)
    public List<ReviewerChoice> reviewerChoices(long appealId) {
        Appeal appeal = lodgedOrThrow(appealId);
        Map<Long, String> involvement = involvement(appeal);
        return users.activeWithRole(Role.QUALITY_MANAGER).stream().map(user -> {
            String why = why(user, appeal, involvement);
            return new ReviewerChoice(user.id(), user.name(), why == null, why == null
                    ? "Independent of this appeal's cases and organisation." : why);
        }).sorted(java.util.Comparator.comparing((ReviewerChoice c) -> !c.independent())
                .thenComparing(ReviewerChoice::name)).toList();
    }

    /** Assigns an independent reviewer; refused (and audited) for anyone involved in the cases or conflicted. */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional(noRollbackFor = ChangeRefused.class)
    public AppealRecord assign(long appealId, long reviewerId) {
        Appeal appeal = lodgedOrThrow(appealId);
        if (appeal.status() == AppealStatus.DECIDED) {
            throw new ChangeRefused("reviewer", "This appeal is decided; its decision is final.");
        }
        UserAccount reviewer = users.activeWithRole(Role.QUALITY_MANAGER).stream()
                .filter(u -> u.id() == reviewerId).findFirst()
                .orElseThrow(() -> new ChangeRefused("reviewer", "Choose an active quality manager as reviewer."));
        String why = why(reviewer, appeal, involvement(appeal));
        if (why != null) {
            auditLog.recordDenied("APPEAL_REVIEWER_REFUSED", ENTITY, appealId, "Refused " + reviewer.name()
                    + " as reviewer of appeal " + appealId + ": " + why);
            throw new ChangeRefused("reviewer", reviewer.name() + " cannot review this appeal: " + why);
        }
        Instant now = clock.instant();
        LocalDate due = appeal.decisionDue() != null ? appeal.decisionDue()
                : workingDays.addWorkingDays(organisations.findOrganisation(appeal.organisationId()).nation(),
                LocalDate.ofInstant(now, DateFormats.ZONE), decisionWorkingDays);
        appeal.assign(reviewer.id(), reviewer.name(), actor(), now, due);
        appeals.saveAndFlush(appeal);
        auditLog.record("APPEAL_ASSIGNED", ENTITY, appealId, "Assigned " + reviewer.name() + " to review the "
                + "appeal of " + organisationName(appeal.organisationId()) + " against the KPI of "
                + DateFormats.month(appeal.month()) + "; decision due " + DateFormats.date(due) + ".");
        return toRecord(appeal);
    }

    /** One standard's decision as the reviewer gives it. */
    public record Decision(long caseId, long standardVersionId, ItemDecision decision, String reason) {
    }

    /**
     * The assigned reviewer's final decision on every appealed standard, each with its reason. Upheld standards are
     * amended to met and the month's KPI is revised with the appeal as its reason; nothing can change afterwards.
     */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional(noRollbackFor = ChangeRefused.class)
    public AppealRecord decide(long appealId, List<Decision> decisions) {
        Appeal appeal = lodgedOrThrow(appealId);
        PortalIdentity me = currentUser.require();
        if (appeal.status() == AppealStatus.DECIDED) {
            throw new ChangeRefused("decision", "This appeal was decided on "
                    + DateFormats.dateTime(Objects.requireNonNull(appeal.decidedAt())) + ": the decision is final.");
        }
        if (appeal.status() != AppealStatus.ASSIGNED || !Long.valueOf(me.userId()).equals(appeal.reviewerId())) {
            auditLog.recordDenied("APPEAL_DECISION_REFUSED", ENTITY, appealId, "Refused to let "
                    + me.displayName() + " decide appeal " + appealId + ": not its assigned reviewer.");
            throw new ChangeRefused("decision", "Only the assigned independent reviewer"
                    + (appeal.reviewerName() == null ? "" : " (" + appeal.reviewerName() + ")")
                    + " can decide this appeal.");
        }
        Map<String, Decision> byKey = new HashMap<>();
        for (Decision decision : decisions) {
            byKey.put(decision.caseId() + ":" + decision.standardVersionId(), decision);
        }
        for (AppealItem item : appeal.items()) {
            Decision decision = byKey.get(item.caseId() + ":" + item.standardVersionId());
            String label = "standard " + item.standardCode() + " of case " + item.caseReference();
            if (decision == null) {
                throw new ChangeRefused("decision", "Decide " + label + ": upheld or not upheld.");
            }
            String reason = decision.reason() == null ? "" : decision.reason().strip();
            if (reason.isEmpty()) {
                throw new ChangeRefused("reason", "Give the reason for your decision on " + label + ".");
            }
            if (reason.length() > AppealItem.MAX_DECISION_REASON) {
                throw new ChangeRefused("reason", "The reason on " + label + " has " + reason.length()
                        + " characters; at most " + AppealItem.MAX_DECISION_REASON + " fit.");
            }
            item.decide(decision.decision(), reason);
        }
        int upheld = 0;
        for (AppealItem item : appeal.items()) {
            if (item.decision() == ItemDecision.UPHELD) {
                upheld++;
                outcomes.amend(item.caseId(), new OutcomeAmendment(item.standardVersionId(), Outcome.MET, null, null,
                        shorten("Appeal " + appealId + " upheld: " + item.decisionReason())));
            }
        }
        String monthName = DateFormats.month(appeal.month());
        String summary = upheld + " of " + Plural.of(appeal.items().size(), "standard") + " upheld.";
        String revision = "";
        if (upheld > 0) {
            revision = kpis.reviseAfterAppeal(appeal.organisationId(), appeal.month(), "Appeal " + appealId
                            + " decided by " + me.displayName() + ": " + summary)
                    .map(v -> " The KPI of " + monthName + " was revised (version " + v.version() + ").")
                    .orElse(" The KPI figures of " + monthName + " are unchanged.");
        }
        appeal.decided(me.displayName(), clock.instant(), summary + revision);
        appeals.saveAndFlush(appeal);
        auditLog.record("APPEAL_DECIDED", ENTITY, appealId, "Decided the appeal of "
                + organisationName(appeal.organisationId()) + " against the KPI of " + monthName + ": " + summary
                + revision);
        events.publishEvent(new AppealDecided(appealId, appeal.organisationId(), appeal.month(), upheld,
                appeal.items().size()));
        return toRecord(appeal);
    }

    /**
     * The windows that close in exactly {@code workingDaysLeft} working days, of last month and this month, for
     * organisations whose published KPI missed the target and that have lodged nothing (the reminder's recipients).
     */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<ClosingWindow> closingWindows(int workingDaysLeft) {
        YearMonth current = YearMonth.from(LocalDate.ofInstant(clock.instant(), DateFormats.ZONE));
        List<ClosingWindow> closing = new ArrayList<>();
        for (YearMonth month : List.of(current.minusMonths(1), current)) {
            if (kpis.firstPublicationDate(month).isEmpty()) {
                continue;
            }
            for (OrganisationSummary organisation : organisations.visibleOrganisations()) {
                if (!organisation.active()) {
                    continue;
                }
                kpis.published(organisation.id(), month).filter(kpi -> !kpi.inMonth().targetMet()).ifPresent(kpi -> {
                    AppealWindow window = window(organisation, kpi);
                    boolean lodged = appeals.findByOrganisationIdAndRoundMonth(organisation.id(), month.atDay(1))
                            .filter(a -> a.status() != AppealStatus.DRAFT).isPresent();
                    if (window.open() && window.daysLeft() == workingDaysLeft && !lodged) {
                        closing.add(new ClosingWindow(organisation.id(), organisation.name(), month,
                                window.closesOn(), window.daysLeft()));
                    }
                });
            }
        }
        return closing;
    }

    // --- inside ------------------------------------------------------------------------------------------------

    private AppealRules.Facts facts(long organisationId, YearMonth month) {
        tenantScope.checkVisible("READ_APPEAL_ELIGIBILITY", "Organisation", organisationId, organisationId);
        OrganisationSummary organisation = organisations.findOrganisation(organisationId);
        PublishedKpi kpi = kpis.published(organisationId, month)
                .orElseThrow(() -> new ItemNotFoundException("KPI of " + organisationId + " for " + month));
        AppealWindow window = window(organisation, kpi);
        AppealPolicy policy = policies.appealPolicy(organisation.programmeId(), month.atEndOfMonth()).orElse(null);
        Optional<Instant> cutOff = kpis.publicationCutOff(month);
        List<CountedCase> counted = cutOff.map(at -> moderation.countedCases(organisationId, month, at))
                .orElse(List.of());
        Map<Long, Map<String, Outcome>> self = selfAssessments.recordedOutcomes(organisationId,
                counted.stream().map(CountedCase::caseId).toList());
        return new AppealRules.Facts(organisationId, organisation.name(), month, policy, kpi.policy(),
                kpi.inMonth(), counted, self, window, cutOff.isPresent());
    }

    private AppealWindow window(OrganisationSummary organisation, PublishedKpi kpi) {
        LocalDate first = LocalDate.ofInstant(kpi.firstPublishedAt(), DateFormats.ZONE);
        int days = calendar.timetable(kpi.month()).appealWindowDays();
        LocalDate closesOn = workingDays.addWorkingDays(organisation.nation(), first, days);
        Instant closesAt = closesOn.plusDays(1).atStartOfDay(DateFormats.ZONE).toInstant();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DateFormats.ZONE);
        int left = today.isBefore(closesOn) ? workingDays.workingDaysAfter(organisation.nation(), today, closesOn) : 0;
        return new AppealWindow(first, days, organisation.nation(), closesOn, closesAt, now.isBefore(closesAt), left);
    }

    private Appeal write(long organisationId, YearMonth month, AppealEligibility eligibility,
                         List<AppealChoice> choices, long expectedVersion, boolean lodging) {
        Appeal appeal = appeals.findByOrganisationIdAndRoundMonth(organisationId, month.atDay(1)).orElse(null);
        if (appeal != null && appeal.status() != AppealStatus.DRAFT) {
            throw new ChangeRefused("appeal", "This appeal was lodged on "
                    + DateFormats.dateTime(Objects.requireNonNull(appeal.lodgedAt())) + " and can no longer be "
                    + "changed.");
        }
        if (appeal != null ? appeal.getVersion() != expectedVersion : expectedVersion != -1) {
            throw new ChangeRefused("appeal", "Someone else saved this appeal since you opened it. Reload the page "
                    + "to see their changes, then make yours again.");
        }
        AppealWindow window = eligibility.window();
        if (!clock.instant().isBefore(window.closesAt())) {
            throw new ChangeRefused("deadline", "The appeal window for " + DateFormats.month(month) + " closed at "
                    + "the end of " + DateFormats.date(window.closesOn()) + " (" + window.workingDays()
                    + " working days from the first publication, in " + window.nation().label() + "): appeals can "
                    + "no longer be saved or lodged.");
        }
        if (!eligibility.inScope()) {
            throw new ChangeRefused("appeal", eligibility.why());
        }
        Map<Long, AppealableCase> byCase = AppealRules.byId(eligibility);
        List<AppealItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AppealChoice choice : choices) {
            AppealableCase c = byCase.get(choice.caseId());
            AppealableStandard standard = c == null ? null : c.unmet().stream()
                    .filter(s -> s.standardVersionId() == choice.standardVersionId()).findFirst().orElse(null);
            if (c == null || standard == null) {
                throw new ChangeRefused("standards", "A chosen standard is not one of the unmet standards of the "
                        + "month's counted cases. Reload the page and choose again.");
            }
            String label = "standard " + standard.code() + " of case " + c.reference();
            if (!standard.eligible()) {
                throw new ChangeRefused("standards", "You cannot appeal " + label + ": " + standard.why());
            }
            if (!seen.add(choice.caseId() + ":" + choice.standardVersionId())) {
                continue;
            }
            String rationale = choice.rationale() == null ? "" : choice.rationale().strip();
            if (rationale.length() > AppealItem.MAX_RATIONALE) {
                throw new ChangeRefused("rationale", "The rationale for " + label + " has " + rationale.length()
                        + " characters; at most " + AppealItem.MAX_RATIONALE + " fit.");
            }
            if (lodging && rationale.isEmpty()) {
                throw new ChangeRefused("rationale", "Write the rationale for " + label + ": why the standard "
                        + "was met. Every appealed standard needs one before the appeal is lodged.");
            }
            items.add(new AppealItem(c.caseId(), standard.standardVersionId(), c.reference(), standard.code(),
                    rationale));
        }
        if (lodging && items.isEmpty()) {
            throw new ChangeRefused("standards", "Choose at least one standard to appeal.");
        }
        if (appeal == null) {
            appeal = new Appeal(organisationId, month);
        } else {
            for (AppealEvidenceFiles.Stored stored : evidenceFiles.of(Objects.requireNonNull(appeal.getId()))) {
                boolean kept = items.stream().anyMatch(i -> i.sameStandard(stored.evidence().caseId(),
                        stored.evidence().standardVersionId()));
                if (!kept) {
                    evidenceFiles.delete(stored.evidence().id());
                    deleteOnCommit(stored.key());
                }
            }
        }
        appeal.replaceItems(items, eligibility.policyName(), actor(), clock.instant());
        return appeals.saveAndFlush(appeal);
    }

    private Appeal lodgedOrThrow(long appealId) {
        return appeals.findById(appealId).filter(a -> a.status() != AppealStatus.DRAFT)
                .orElseThrow(() -> new ItemNotFoundException(ENTITY + " " + appealId));
    }

    /** Who assessed or moderated which of the appeal's cases, by user id. */
    private Map<Long, String> involvement(Appeal appeal) {
        Set<Long> caseIds = new HashSet<>();
        appeal.items().forEach(i -> caseIds.add(i.caseId()));
        Map<Long, String> involved = new HashMap<>();
        Instant cutOff = kpis.publicationCutOff(appeal.month()).orElse(clock.instant());
        for (CountedCase c : moderation.countedCases(appeal.organisationId(), appeal.month(), cutOff)) {
            if (!caseIds.contains(c.caseId())) {
                continue;
            }
            involved.putIfAbsent(c.assessorId(), "assessed case " + c.reference() + ".");
            if (c.moderatorId() != null) {
                involved.putIfAbsent(c.moderatorId(), "moderated case " + c.reference() + ".");
            }
        }
        return involved;
    }

    private @Nullable String why(UserAccount user, Appeal appeal, Map<Long, String> involvement) {
        String involved = involvement.get(user.id());
        if (involved != null) {
            return "They " + involved;
        }
        if (conflicts.declared(user.id(), appeal.organisationId())) {
            return "They declared a conflict of interest with " + organisationName(appeal.organisationId()) + ".";
        }
        return null;
    }

    /** The acting person's name as people read it (a system task's name when no person acts). */
    private String actor() {
        return currentUser.identity().map(PortalIdentity::displayName).orElseGet(currentUser::actingName);
    }

    private String organisationName(long organisationId) {
        return organisations.findOrganisation(organisationId).name();
    }

    private static String shorten(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private AppealRecord toRecord(Appeal appeal) {
        return new AppealRecord(Objects.requireNonNull(appeal.getId()), appeal.getVersion(), appeal.organisationId(),
                organisationName(appeal.organisationId()), appeal.month(), appeal.status(), appeal.policyName(),
                appeal.savedByName(), appeal.savedAt(), appeal.lodgedByName(), appeal.lodgedAt(), appeal.reviewerId(),
                appeal.reviewerName(), appeal.assignedByName(), appeal.assignedAt(), appeal.decisionDue(),
                appeal.decidedByName(), appeal.decidedAt(), appeal.decisionSummary(), appeal.items().stream()
                .map(i -> new AppealRecord.Item(i.caseId(), i.standardVersionId(), i.caseReference(),
                        i.standardCode(), i.rationale(), i.decision(), i.decisionReason())).toList());
    }
}
