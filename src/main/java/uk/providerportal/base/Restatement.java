package uk.providerportal.base;

import java.time.Instant;

/**
 * A correction that takes effect in a month already closed (its assessment round ended or its KPI published): who
 * made it, when (UTC) and why. A closed month's figures change only this way, never silently.
 */
public record Restatement(String by, Instant at, String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    /** For people: "Restated on 6 March 2027, 14:05 by Alex Reid: Target agreed with the funder in February". */
    public String describe() {
        return "Restated on " + DateFormats.dateTime(at) + " by " + by + ": " + reason;
    }
}
