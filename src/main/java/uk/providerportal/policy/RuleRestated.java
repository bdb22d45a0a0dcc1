package uk.providerportal.policy;

import java.time.YearMonth;

/**
 * A programme rule was restated from a date in a month already closed: figures from {@code firstAffectedMonth} on
 * were worked out under the old rule, so the KPI feature revises them (and says so) when it hears this.
 */
public record RuleRestated(long programmeId, RuleKind rule, YearMonth firstAffectedMonth, String reason) {
}
