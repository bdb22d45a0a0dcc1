package uk.providerportal.submission;

import java.time.YearMonth;

/** Where a submitted case is filed: its month folder, the week whose sample it counts towards, and whether late. */
record Placement(YearMonth folder, AssessmentWeek week, boolean late, boolean movedOn, String explanation) {
}
