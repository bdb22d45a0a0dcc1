package uk.providerportal.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.cases.CaseFileSummary;
import uk.providerportal.cases.CaseStatus;

/**
 * A case's scorecard as the assessor sees it.
 *
 * @param status null while the case has no scorecard yet (not started)
 * @param assessedOn the date whose catalogue the standards come from
 * @param version what a save must send back ({@link ScorecardDraft#version()}); -1 before the first save
 * @param passMark the pass mark of the KPI policy in force for the case's month, or null when none is set
 * @param yours true when the signed-in person is the case's assessor (only they may score it)
 */
public record Scorecard(long caseId, String reference, long organisationId, String organisationName,
                        String programmeName, YearMonth round, LocalDate dueOn, CaseStatus caseStatus,
                        @Nullable ScorecardStatus status, LocalDate assessedOn, long version, String commentary,
                        List<ScorecardLine> lines, @Nullable BigDecimal passMark, @Nullable String savedBy,
                        @Nullable Instant savedAt, @Nullable Instant submittedAt, List<CaseFileSummary> files, boolean yours) {

    public static final int MAX_NOTE = StandardOutcome.MAX_NOTE;
    public static final int MAX_COMMENTARY = Assessment.MAX_COMMENTARY;

    public Scorecard {
        lines = List.copyOf(lines);
        files = List.copyOf(files);
    }

    public CaseScore score() {
        return CaseScore.of(lines.stream().map(ScorecardLine::outcome).toList());
    }

    /** "27 of 34 answered". */
    public String progress() {
        return score().answered() + " of " + lines.size() + " answered";
    }

    /** The assessor may still change it: the case is in assessment and its scorecard not submitted. */
    public boolean editable() {
        return yours && caseStatus == CaseStatus.IN_ASSESSMENT && status != ScorecardStatus.SUBMITTED;
    }

    public boolean startable() {
        return yours && caseStatus == CaseStatus.QUEUED;
    }
}
