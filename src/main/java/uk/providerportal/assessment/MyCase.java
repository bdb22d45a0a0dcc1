package uk.providerportal.assessment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.providerportal.cases.CaseSummary;

/**
 * One of an assessor's cases: the case, the day its round ends (cases not assessed by then roll over, seed 001), and
 * how far its scorecard has got ("12 of 34 answered"), or null before it is started.
 */
public record MyCase(CaseSummary summary, LocalDate dueOn, @Nullable ScorecardStatus scorecard,
                     @Nullable String progress) {
}
