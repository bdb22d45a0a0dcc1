package uk.providerportal.appeal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What an organisation may appeal for a month: the appeal policy in force (its name and its criteria in words), the
 * published KPI against its target, whether appeals are in scope at all and why, the window, and every counted case
 * with its unmet standards, each saying why it is or is not eligible.
 *
 * @param kpi the published in-month KPI (percent, one decimal)
 */
public record AppealEligibility(long organisationId, String organisationName, YearMonth month, String policyName,
                                List<String> criteria, int counted, int passing, BigDecimal kpi, BigDecimal target,
                                BigDecimal passMark, String tier, boolean inScope, String why, AppealWindow window,
                                List<AppealableCase> cases) {

    public AppealEligibility {
        criteria = List.copyOf(criteria);
        cases = List.copyOf(cases);
    }

    public List<AppealableCase> eligibleCases() {
        return cases.stream().filter(AppealableCase::eligible).toList();
    }

    public Optional<AppealableCase> caseByReference(String reference) {
        return cases.stream().filter(c -> c.reference().equalsIgnoreCase(reference.strip())).findFirst();
    }
}
