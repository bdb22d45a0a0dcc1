package uk.providerportal.sla;

import java.time.Instant;

/** A past value of one organisation's SLA volumes for one month. */
public record SlaHistoryEntry(Instant changedAt, String changedBy, String source, int monthlyVolume,
                              int weeklyVolume) {
}
