package uk.providerportal.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.cases.AssessorConflicts;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.CasesService;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.standard.CatalogueEntry;
import uk.providerportal.standard.Standard;
import uk.providerportal.standard.StandardsService;

/**
 * Locking an assessment month's outcomes after calibration, and amending a released outcome (issue 11, item 10).
 * After the lock, {@link AssessmentService} refuses the month's scorecard saves and submissions and
 * {@link ModerationService} moderates its cases only with a quality manager's reason. A released outcome is amended
 * by a quality manager, never its own assessor nor one conflicted with the organisation, always with a reason: the
 * amendment is kept on the outcome beside the assessor's and the moderator's, and audited with the reason.
 */
@Service
@Transactional(readOnly = true)
public class OutcomeLockService {

    private final OutcomeLockRepository lockRepository;
    private final OutcomeLocks locks;
    private final AssessmentRepository assessments;
    private final CasesService cases;
    private final StandardsService standards;
    private final AssessorConflicts conflicts;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    OutcomeLockService(OutcomeLockRepository lockRepository, OutcomeLocks locks, AssessmentRepository assessments,
                       CasesService cases, StandardsService standards, AssessorConflicts conflicts,
                       CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.lockRepository = lockRepository;
        this.locks = locks;
        this.assessments = assessments;
        this.cases = cases;
        this.standards = standards;
        this.conflicts = conflicts;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The month's lock, if a quality manager locked it. */
    @PreAuthorize(Access.FUNDER_STAFF)
    public Optional<MonthLock> lock(YearMonth month) {
        return locks.of(month);
    }

    /**
     * Locks a month's outcomes after calibration, with a note saying why (e.g. which session calibrated it). A month
     * is locked once and for good; a month that has not started cannot be locked.
     */
    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER)
    public MonthLock lockMonth(YearMonth month, String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new ChangeRefused("note", "Say why the outcomes of " + DateFormats.month(month) + " are locked, "
                    + "e.g. the calibration session that agreed them.");
        }
        if (text.length() > OutcomeLock.MAX_NOTE) {
            throw new ChangeRefused("note", "Keep the note to " + OutcomeLock.MAX_NOTE + " characters or fewer: it "
                    + "has " + text.length() + ".");
        }
        if (month.isAfter(YearMonth.now(clock.withZone(DateFormats.ZONE)))) {
            throw new ChangeRefused("month", DateFormats.month(month) + " has not started: only a month with "
                    + "outcomes can be locked.");
        }
        MonthLock existing = locks.of(month).orElse(null);
        if (existing != null) {
            throw new ChangeRefused("month", existing.lockedSince() + ".");
        }
        PortalIdentity me = currentUser.require();
        OutcomeLock lock = lockRepository.saveAndFlush(new OutcomeLock(month, text, me.userId(), me.displayName(),
                clock.instant()));
        auditLog.record("OUTCOMES_LOCKED", "OutcomeLock", month.toString(), "Locked the outcomes of "
                + DateFormats.month(month) + " after calibration: " + text);
        return lock.toMonthLock();
    }

    /**
     * Amends one standard's outcome of a released case, with the reason; the amendment then stands for the provider
     * and the KPI. Refused for the case's own assessor and for a quality manager conflicted with its organisation
     * (both audited), for a case not released yet (moderate it instead) and without a reason.
     */
    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER)
    public AmendedOutcome amend(long caseId, OutcomeAmendment amendment) {
        CaseSummary summary = cases.caseSample(caseId);
        Assessment scorecard = assessments.findByCaseSampleId(caseId)
                .filter(a -> a.status() == ScorecardStatus.SUBMITTED)
                .orElseThrow(() -> new ItemNotFoundException("Submitted scorecard of case " + caseId));
        PortalIdentity me = currentUser.require();
        String whyNot = scorecard.assessorId() == me.userId()
                ? "You assessed case " + summary.reference() + ": another quality manager must amend it."
                : conflicts.declared(me.userId(), summary.organisationId())
                ? "You declared a conflict of interest with " + summary.organisationName() + ": another quality "
                        + "manager must amend case " + summary.reference() + "." : null;
        if (whyNot != null) {
            auditLog.recordDenied("AMENDMENT_REFUSED", CasesService.ENTITY, caseId, "Refused to let "
                    + me.displayName() + " amend case " + summary.reference() + ": " + whyNot);
            throw new ChangeRefused("amendment", whyNot);
        }
        if (scorecard.releasedAt() == null) {
            throw new ChangeRefused("amendment", "Case " + summary.reference() + " is "
                    + summary.status().inSentence() + ": its outcome is not released yet, so moderate it instead.");
        }
        StandardOutcome line = scorecard.outcomes().stream()
                .filter(o -> o.standardVersionId() == amendment.standardVersionId()).findFirst()
                .orElseThrow(() -> new ChangeRefused("standard", "The amendment names a standard that is not on "
                        + "this scorecard. Reload the case and try again."));
        Standard standard = Objects.requireNonNull(standards.versions(List.of(line.standardVersionId()))
                .get(line.standardVersionId())).standard();
        String reason = amendment.reason() == null ? "" : amendment.reason().strip();
        if (reason.isEmpty()) {
            throw new ChangeRefused("reason", "Give the reason for amending standard " + standard.code()
                    + (locks.of(summary.assessmentMonth()).map(lock -> ": " + lock.lockedSince()).orElse("")) + ".");
        }
        if (reason.length() > StandardOutcome.MAX_NOTE) {
            throw new ChangeRefused("reason", "Keep the reason to " + StandardOutcome.MAX_NOTE + " characters or "
                    + "fewer: it has " + reason.length() + ".");
        }
        String note = amendment.note() == null ? null : amendment.note().strip();
        if (note != null && note.length() > StandardOutcome.MAX_NOTE) {
            throw new ChangeRefused("note", "Keep the note on standard " + standard.code() + " to "
                    + StandardOutcome.MAX_NOTE + " characters or fewer: it has " + note.length() + ".");
        }
        if (amendment.outcome() == Outcome.NOT_MET && standard.customerImpact() && amendment.impact() == null) {
            throw new ChangeRefused("impact", "Choose the customer impact of unmet standard " + standard.code()
                    + ".");
        }
        Outcome before = line.finalOutcome();
        String beforeText = describe(before, line.finalImpact(), line.finalNote());
        Instant now = clock.instant();
        line.amend(amendment.outcome(), amendment.impact(), note, reason, me.displayName(), now);
        if (line.finalOutcome() == before && beforeText.equals(describe(line.finalOutcome(), line.finalImpact(),
                line.finalNote()))) {
            throw new ChangeRefused("outcome", "Standard " + standard.code() + " already stands as "
                    + beforeText + ": nothing to amend.");
        }
        scorecard.recordStanding();
        assessments.saveAndFlush(scorecard);
        String lockText = locks.of(summary.assessmentMonth()).map(lock -> " (" + lock.lockedSince() + ")")
                .orElse("");
        auditLog.record("OUTCOME_AMENDED", CasesService.ENTITY, caseId, "Amended standard " + standard.code()
                + " of case " + summary.reference() + " (" + summary.organisationName() + ") from " + beforeText
                + " to " + describe(line.finalOutcome(), line.finalImpact(), line.finalNote()) + lockText
                + ". Reason: " + reason + ". " + scorecard.finalScore().describe(scorecard.passMark()));
        return toAmended(caseId, line, standard);
    }

    /** The amended standards of a case, in scorecard order. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<AmendedOutcome> amendments(long caseId) {
        cases.caseSample(caseId);
        Assessment scorecard = assessments.findByCaseSampleId(caseId).orElse(null);
        if (scorecard == null) {
            return List.of();
        }
        List<StandardOutcome> amended = scorecard.outcomes().stream().filter(StandardOutcome::amended).toList();
        Map<Long, CatalogueEntry> byVersion = standards.versions(amended.stream()
                .map(StandardOutcome::standardVersionId).toList());
        return amended.stream().map(line -> toAmended(caseId, line,
                Objects.requireNonNull(byVersion.get(line.standardVersionId())).standard())).toList();
    }

    private static AmendedOutcome toAmended(long caseId, StandardOutcome line, Standard standard) {
        return new AmendedOutcome(caseId, line.standardVersionId(), standard.code(),
                Objects.requireNonNull(line.finalOutcome()), line.finalImpact(), line.finalNote(),
                Objects.requireNonNullElse(line.amendmentReason(), ""),
                Objects.requireNonNullElse(line.amendedByName(), ""), Objects.requireNonNull(line.amendedAt()));
    }

    private static String describe(@Nullable Outcome outcome, @Nullable CustomerImpact impact, @Nullable String note) {
        if (outcome == null) {
            return "no outcome";
        }
        return outcome.label().toLowerCase(Locale.UK) + (impact == null ? "" : ", "
                + impact.label().toLowerCase(Locale.UK)) + (note == null ? "" : " (\u201c" + note + "\u201d)");
    }
}
