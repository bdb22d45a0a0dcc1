package uk.providerportal.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * The standards a case's scorecard was fixed with when its assessor started it: the date whose catalogue they came
 * from and the exact versions, in the scorecard's order (code order). Other features that ask about the same
 * standards (self-assessment, appeals) use these rather than today's catalogue.
 */
public record ScorecardStandards(long caseId, LocalDate assessedOn, List<Long> standardVersionIds) {

    public ScorecardStandards {
        standardVersionIds = List.copyOf(standardVersionIds);
    }
}
