package uk.providerportal.appeal;

import java.util.List;
import uk.providerportal.kpi.KpiFigure;

/**
 * What the month would look like if every chosen standard were upheld: each touched case's score before and after,
 * the KPI before and after, and in words whether that meets the target and changes the tier.
 */
public record AppealWhatIf(List<CaseChange> cases, KpiFigure before, KpiFigure after, String summary) {

    public AppealWhatIf {
        cases = List.copyOf(cases);
    }

    /** A case with at least one chosen standard. */
    public record CaseChange(long caseId, String reference, int standardsChosen, String scoreBefore,
                             String scoreAfter, String resultBefore, String resultAfter) {
    }
}
