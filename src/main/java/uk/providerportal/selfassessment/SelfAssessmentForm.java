package uk.providerportal.selfassessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.providerportal.cases.CaseStatus;

/**
 * A case's self-assessment as the provider sees it: the standards the assessor scores it against, grouped by
 * category in code order, and the provider's answers.
 *
 * @param standardsOn the date whose catalogue the standards come from
 * @param fromScorecard true when they are the assessor's scorecard's (started), false when the filing date's
 * @param version what a save must send back ({@link SelfAssessmentDraft#version()}); -1 before the first save
 * @param lockedBecause why it can no longer be changed, or null while it can
 */
public record SelfAssessmentForm(long caseId, String reference, YearMonth folderMonth, CaseStatus caseStatus,
                                 LocalDate standardsOn, boolean fromScorecard, long version,
                                 List<SelfAssessmentLine> lines, @Nullable String lockedBecause,
                                 @Nullable String savedBy, @Nullable Instant savedAt) {

    public SelfAssessmentForm {
        lines = List.copyOf(lines);
    }

    public int answered() {
        return (int) lines.stream().map(SelfAssessmentLine::outcome).filter(Objects::nonNull).count();
    }

    public boolean complete() {
        return !lines.isEmpty() && answered() == lines.size();
    }

    /** "Not started", "12 of 34 answered", "Complete". */
    public String progress() {
        return SelfAssessmentProgress.describe(answered(), lines.size());
    }

    public boolean editable() {
        return lockedBecause == null;
    }
}
