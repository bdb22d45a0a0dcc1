package uk.providerportal.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.cases.AssignedQuery;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.CasesService;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.policy.KpiPolicy;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.TenantScope;
import uk.providerportal.standard.CatalogueEntry;
import uk.providerportal.standard.StandardsService;

/**
 * The assessment feature's API (issue 11, part A): an assessor's own cases in triage order, starting one, and its
 * scorecard against the standards in force on its assessment date: saved as a draft at any time, submitted for
 * moderation once every standard has an outcome. An assessor reaches only the cases assigned to them (the
 * {@code cases} feature decides, and audits a refusal); the quality team reads every scorecard; providers none.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final CasesService cases;
    private final StandardsService standards;
    private final PolicyService policies;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ModerationService moderation;
    private final OutcomeLocks locks;
    private final OutcomeCounts outcomeCounts;

    AssessmentService(AssessmentRepository assessments, CasesService cases, StandardsService standards,
                      PolicyService policies, OrganisationService organisations, CurrentUser currentUser,
                      TenantScope tenantScope, AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
                      ModerationService moderation, OutcomeLocks locks, OutcomeCounts outcomeCounts) {
        this.moderation = moderation;
        this.locks = locks;
        this.outcomeCounts = outcomeCounts;
        this.assessments = assessments;
        this.cases = cases;
        this.standards = standards;
        this.policies = policies;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    // --- my cases ------------------------------------------------------------------------------------------

    /** A page of the signed-in assessor's cases in triage order, each with its due date and scorecard progress. */
    @PreAuthorize(Access.ASSESSOR)
    public List<MyCase> myCases(AssignedQuery query, Pageable pageable) {
        List<CaseSummary> page = cases.assignedToMe(query, pageable);
        Map<Long, Assessment> scorecards = assessments.findByCaseSampleIdIn(page.stream().map(CaseSummary::id)
                .toList()).stream().collect(Collectors.toMap(Assessment::caseSampleId, Function.identity()));
        return page.stream().map(summary -> {
            Assessment scorecard = scorecards.get(summary.id());
            return new MyCase(summary, dueOn(summary.assessmentMonth()),
                    scorecard == null ? null : scorecard.status(),
                    scorecard == null ? null : scorecard.answered() + " of " + scorecard.standards() + " answered");
        }).toList();
    }

    @PreAuthorize(Access.ASSESSOR)
    public long countMyCases(AssignedQuery query) {
        return cases.countAssignedToMe(query);
    }

    /** A round's cases are due by its last day: those not assessed by then roll into the next round (seed 001). */
    static LocalDate dueOn(YearMonth round) {
        return round.atEndOfMonth();
    }

    // --- the scorecard -------------------------------------------------------------------------------------

    /**
     * A case's scorecard: its standards and answers once started; before that, the catalogue it would use if
     * started today. The assessor of the case, quality managers and admins only.
     */
    @PreAuthorize(Access.FUNDER_STAFF)
    public Scorecard scorecard(long caseId) {
        CaseSummary summary = cases.caseSample(caseId);
        return toScorecard(summary, assessments.findByCaseSampleId(caseId).orElse(null));
    }

    /**
     * The standards the case's scorecard was fixed with, once its assessor has started it; empty before. For
     * whoever may read the case (the {@code cases} feature decides, and audits a refusal): a provider asks about
     * its own cases' standards (self-assessment), never their outcomes.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public java.util.Optional<ScorecardStandards> scorecardStandards(long caseId) {
        cases.caseSample(caseId);
        return assessments.findByCaseSampleId(caseId).map(scorecard -> new ScorecardStandards(caseId,
                scorecard.assessedOn(), scorecard.outcomes().stream().map(StandardOutcome::standardVersionId)
                .toList()));
    }

    /**
     * The assessor starts a queued case: it moves to "in assessment" and its scorecard is made with the standards
     * in force today, the case's assessment date.
     */
    @Transactional
    @PreAuthorize(Access.ASSESSOR)
    public Scorecard start(long caseId) {
        CaseSummary summary = ownCase("START_ASSESSMENT", caseId);
        if (summary.status() == CaseStatus.QUEUED) {
            locks.refuseAssessorStart(summary);
        }
        CaseSummary started = cases.startAssessment(caseId);
        Assessment scorecard = assessments.findByCaseSampleId(caseId).orElseGet(() -> newScorecard(summary));
        return toScorecard(started, scorecard);
    }

    /** Saves the answers and commentary as they are, complete or not. */
    @Transactional
    @PreAuthorize(Access.ASSESSOR)
    public Scorecard saveDraft(long caseId, ScorecardDraft draft) {
        CaseSummary summary = ownCase("SAVE_SCORECARD", caseId);
        Assessment scorecard = save(summary, draft);
        auditLog.record("SCORECARD_SAVED", CasesService.ENTITY, caseId, "Saved the draft scorecard of case "
                + summary.reference() + " (" + summary.organisationName() + "): " + scorecard.answered() + " of "
                + scorecard.standards() + " answered");
        return toScorecard(summary, scorecard);
    }

    /**
     * Saves the answers, then submits the scorecard for moderation when every standard has an outcome (and every
     * unmet standard carrying customer impact has one chosen). Refused otherwise, naming what is missing; the
     * answers stay saved as a draft (a refusal here does not undo the save).
     */
    @Transactional(noRollbackFor = ChangeRefused.class)
    @PreAuthorize(Access.ASSESSOR)
    public Scorecard submit(long caseId, ScorecardDraft draft) {
        CaseSummary summary = ownCase("SUBMIT_SCORECARD", caseId);
        Assessment scorecard = save(summary, draft);
        Map<Long, CatalogueEntry> byVersion = standards.versions(scorecard.outcomes().stream()
                .map(StandardOutcome::standardVersionId).toList());
        List<String> unanswered = new ArrayList<>();
        List<String> noImpact = new ArrayList<>();
        for (StandardOutcome line : scorecard.outcomes()) {
            CatalogueEntry entry = byVersion.get(line.standardVersionId());
            String code = entry == null ? "?" : entry.standard().code();
            if (line.outcome() == null) {
                unanswered.add(code);
            } else if (line.outcome() == Outcome.NOT_MET && line.impact() == null && entry != null
                    && entry.standard().customerImpact()) {
                noImpact.add(code);
            }
        }
        if (!unanswered.isEmpty()) {
            refuseSubmit(summary, "Every standard needs an outcome before you submit: " + unanswered.size()
                    + (unanswered.size() == 1 ? " standard has" : " standards have") + " none yet ("
                    + String.join(", ", unanswered) + "). Your answers are saved as a draft.");
        }
        if (!noImpact.isEmpty()) {
            refuseSubmit(summary, "Choose the customer impact of unmet " + (noImpact.size() == 1 ? "standard "
                    : "standards ") + String.join(", ", noImpact) + " before you submit. Your answers are saved as "
                    + "a draft.");
        }
        CaseSummary submitted = cases.submitForModeration(caseId);
        BigDecimal passMark = passMark(summary);
        scorecard.submit(passMark, summary.assessmentMonth(), clock.instant());
        assessments.saveAndFlush(scorecard);
        CaseScore score = scorecard.score();
        auditLog.record("SCORECARD_SUBMITTED", CasesService.ENTITY, caseId, "Submitted the scorecard of case "
                + summary.reference() + " (" + summary.organisationName() + ") for moderation: "
                + score.describe(passMark));
        events.publishEvent(new AssessmentSubmitted(caseId, summary.organisationId(), summary.assessmentMonth(),
                scorecard.assessorId()));
        // Moderation picks the case, or releases it straight away.
        boolean picked = moderation.onSubmitted(scorecard, submitted);
        return toScorecard(picked ? submitted : cases.caseSample(caseId), scorecard);
    }

    private void refuseSubmit(CaseSummary summary, String message) {
        auditLog.record("SCORECARD_SUBMIT_REFUSED", CasesService.ENTITY, summary.id(), "Refused to submit the "
                + "scorecard of case " + summary.reference() + ": " + message);
        throw new ChangeRefused("outcomes", message);
    }

    // --- for calibration -----------------------------------------------------------------------------------

    /**
     * The assessors' own outcomes per assessor and standard over the submitted scorecards of assessment months
     * {@code from} to {@code to}, counted in the database (issue 11, item 10: calibration statistics).
     */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<AssessorStandardCounts> outcomeCounts(YearMonth from, YearMonth to) {
        return outcomeCounts.between(from, to);
    }

    // --- inside ------------------------------------------------------------------------------------------

    /** The case, when it is assigned to the signed-in assessor; otherwise refused, audited, "not found". */
    private CaseSummary ownCase(String operation, long caseId) {
        CaseSummary summary = cases.caseSample(caseId);
        PortalIdentity me = currentUser.require();
        if (summary.assessorId() == null || summary.assessorId() != me.userId()) {
            throw tenantScope.refuse(operation, CasesService.ENTITY, caseId, "not assigned to this assessor");
        }
        return summary;
    }

    private Assessment save(CaseSummary summary, ScorecardDraft draft) {
        if (summary.status() == CaseStatus.QUEUED) {
            throw new ChangeRefused("status", "Start case " + summary.reference() + " before scoring it.");
        }
        locks.refuseAssessorChange(summary);
        Assessment scorecard = assessments.findByCaseSampleId(summary.id()).orElse(null);
        if (scorecard != null && scorecard.status() == ScorecardStatus.SUBMITTED
                || summary.status() != CaseStatus.IN_ASSESSMENT) {
            throw new ChangeRefused("status", "The scorecard of case " + summary.reference() + " was submitted ("
                    + "the case is " + summary.status().inSentence() + "): it can no longer be changed here.");
        }
        if (scorecard == null) {
            scorecard = newScorecard(summary);
        } else if (scorecard.getVersion() != draft.version()) {
            throw new ChangeRefused("version", "This scorecard was saved by " + scorecard.savedBy() + " at "
                    + DateFormats.dateTime(scorecard.savedAt()) + ", after you opened it. Reload it to see those "
                    + "answers; yours are not saved.");
        }
        String commentary = draft.commentary().strip();
        if (commentary.length() > Assessment.MAX_COMMENTARY) {
            throw new ChangeRefused("commentary", "Keep the commentary to " + Assessment.MAX_COMMENTARY
                    + " characters or fewer: it has " + commentary.length() + ".");
        }
        Map<Long, ScorecardAnswer> answers = new HashMap<>();
        for (ScorecardAnswer answer : draft.answers()) {
            answers.put(answer.standardVersionId(), answer);
        }
        Map<Long, CatalogueEntry> byVersion = standards.versions(scorecard.outcomes().stream()
                .map(StandardOutcome::standardVersionId).toList());
        for (StandardOutcome line : scorecard.outcomes()) {
            ScorecardAnswer answer = answers.remove(line.standardVersionId());
            if (answer == null) {
                continue;
            }
            String note = answer.note() == null ? null : answer.note().strip();
            if (answer.outcome() == Outcome.NOT_MET && note != null && note.length() > StandardOutcome.MAX_NOTE) {
                CatalogueEntry entry = byVersion.get(line.standardVersionId());
                throw new ChangeRefused("note:" + line.standardVersionId(), "Keep the note on standard "
                        + (entry == null ? "" : entry.standard().code()) + " to " + StandardOutcome.MAX_NOTE
                        + " characters or fewer: it has " + note.length() + ".");
            }
            line.record(answer.outcome(), answer.impact(), note);
        }
        if (!answers.isEmpty()) {
            throw new ChangeRefused("outcomes", "Some answers name standards that are not on this scorecard. "
                    + "Reload the scorecard and try again.");
        }
        scorecard.saved(commentary, currentUser.require().displayName(), clock.instant());
        return assessments.saveAndFlush(scorecard);
    }

    private Assessment newScorecard(CaseSummary summary) {
        OrganisationSummary organisation = organisations.findOrganisation(summary.organisationId());
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        List<Long> versionIds = standards.catalogueVersions(organisation.programmeId(), today).stream()
                .map(CatalogueEntry::versionId).toList();
        PortalIdentity me = currentUser.require();
        Assessment scorecard = assessments.saveAndFlush(new Assessment(summary.id(), summary.organisationId(),
                organisation.programmeId(), me.userId(), me.displayName(), today, versionIds, clock.instant()));
        auditLog.record("SCORECARD_STARTED", CasesService.ENTITY, summary.id(), "Started the scorecard of case "
                + summary.reference() + " (" + summary.organisationName() + ") with the " + versionIds.size()
                + " standards in force on " + DateFormats.date(today));
        return scorecard;
    }

    private @Nullable BigDecimal passMark(CaseSummary summary) {
        OrganisationSummary organisation = organisations.findOrganisation(summary.organisationId());
        return policies.kpiPolicy(organisation.programmeId(), summary.assessmentMonth().atDay(1))
                .map(KpiPolicy::casePassMark).orElse(null);
    }

    private Scorecard toScorecard(CaseSummary summary, @Nullable Assessment scorecard) {
        OrganisationSummary organisation = organisations.findOrganisation(summary.organisationId());
        List<ScorecardLine> lines;
        LocalDate assessedOn;
        if (scorecard == null) {
            assessedOn = LocalDate.now(clock.withZone(DateFormats.ZONE));
            lines = standards.catalogueVersions(organisation.programmeId(), assessedOn).stream()
                    .map(entry -> new ScorecardLine(entry.versionId(), entry.standard(), null, null, null)).toList();
        } else {
            assessedOn = scorecard.assessedOn();
            Map<Long, CatalogueEntry> byVersion = standards.versions(scorecard.outcomes().stream()
                    .map(StandardOutcome::standardVersionId).toList());
            lines = scorecard.outcomes().stream().map(line -> new ScorecardLine(line.standardVersionId(),
                    Objects.requireNonNull(byVersion.get(line.standardVersionId())).standard(), line.outcome(),
                    line.impact(), line.note())).toList();
        }
        return new Scorecard(summary.id(), summary.reference(), summary.organisationId(), summary.organisationName(),
                organisation.programmeName(), summary.assessmentMonth(), dueOn(summary.assessmentMonth()),
                summary.status(), scorecard == null ? null : scorecard.status(), assessedOn,
                scorecard == null ? -1 : scorecard.getVersion(), scorecard == null ? "" : scorecard.commentary(),
                lines, passMark(summary), scorecard == null ? null : scorecard.savedBy(),
                scorecard == null ? null : scorecard.savedAt(), scorecard == null ? null : scorecard.submittedAt(),
                summary.files(), Objects.equals(summary.assessorId(), currentUser.require().userId()));
    }
}
