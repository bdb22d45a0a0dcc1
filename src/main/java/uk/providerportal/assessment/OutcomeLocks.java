package uk.providerportal.assessment;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.CasesService;

/**
 * The month lock as the assessment services enforce it (issue 11, item 10): an assessor can no longer change a
 * locked month's scorecard; a quality manager changes its outcomes only with a reason. Refusals are audited.
 */
@Component
class OutcomeLocks {

    static final String REASON_FIELD = "lockReason";

    private final OutcomeLockRepository locks;
    private final AuditLog auditLog;

    OutcomeLocks(OutcomeLockRepository locks, AuditLog auditLog) {
        this.locks = locks;
        this.auditLog = auditLog;
    }

    Optional<MonthLock> of(java.time.YearMonth month) {
        return locks.findByRoundMonth(month.atDay(1)).map(OutcomeLock::toMonthLock);
    }

    /** Refuses an assessor's save or submit of a case whose assessment month is locked. */
    void refuseAssessorChange(CaseSummary summary) {
        refuseAssessor(summary, "saved or submitted");
    }

    /** Refuses an assessor's start of a queued case whose month is locked: its scorecard could never be saved. */
    void refuseAssessorStart(CaseSummary summary) {
        refuseAssessor(summary, "started");
    }

    private void refuseAssessor(CaseSummary summary, String what) {
        MonthLock lock = of(summary.assessmentMonth()).orElse(null);
        if (lock != null) {
            String message = lock.lockedSince() + ": the scorecard of case " + summary.reference() + " can no "
                    + "longer be " + what + ". Ask a quality manager if it needs to change.";
            auditLog.recordDenied("SCORECARD_LOCKED", CasesService.ENTITY, summary.id(), "Refused to change the "
                    + "scorecard of case " + summary.reference() + ": " + message);
            throw new ChangeRefused("status", message);
        }
    }

    /**
     * For a quality manager's change (what: e.g. "moderate case X") of a case in a locked month: the reason,
     * stripped, which must be given; null when the month is not locked (any reason given is then ignored).
     */
    @Nullable String reasonToChange(CaseSummary summary, @Nullable String reason, String what) {
        MonthLock lock = of(summary.assessmentMonth()).orElse(null);
        if (lock == null) {
            return null;
        }
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty()) {
            String message = lock.lockedSince() + ": give a reason to " + what + ".";
            auditLog.recordDenied("LOCKED_CHANGE_REFUSED", CasesService.ENTITY, summary.id(), "Refused to "
                    + what + " without a reason: " + lock.lockedSince());
            throw new ChangeRefused(REASON_FIELD, message);
        }
        if (given.length() > StandardOutcome.MAX_NOTE) {
            throw new ChangeRefused(REASON_FIELD, "Keep the reason to " + StandardOutcome.MAX_NOTE
                    + " characters or fewer: it has " + given.length() + ".");
        }
        return given;
    }
}
