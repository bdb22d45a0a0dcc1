package uk.providerportal.triage;

import java.time.Instant;
import java.time.YearMonth;

/** One closed assessment round: when its unassessed cases moved into the next month's round, and how many. */
public record RollOverResult(YearMonth closedMonth, Instant ranAt, String ranBy, int casesMoved,
                             boolean alreadyDone) {
}
