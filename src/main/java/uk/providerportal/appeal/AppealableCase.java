package uk.providerportal.appeal;

import java.util.List;

/**
 * A case the month's KPI counted, with its standing score and its unmet standards; eligible when at least one of
 * them may be appealed. {@code why} says in words why the case is or is not eligible.
 */
public record AppealableCase(long caseId, String reference, int met, int notMet, String scoreText, boolean passes,
                             boolean eligible, String why, List<AppealableStandard> unmet) {

    public AppealableCase {
        unmet = List.copyOf(unmet);
    }

    public List<AppealableStandard> eligibleStandards() {
        return unmet.stream().filter(AppealableStandard::eligible).toList();
    }
}
