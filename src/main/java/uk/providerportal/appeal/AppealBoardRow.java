package uk.providerportal.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** A lodged appeal on the quality team's board: who, which month, the reviewer and when the decision is due. */
public record AppealBoardRow(long id, String organisationName, YearMonth month, AppealStatus status,
                             int standards, Instant lodgedAt, @Nullable Long reviewerId, @Nullable String reviewerName,
                             @Nullable LocalDate decisionDue, boolean overdue, String dueText) {
}
