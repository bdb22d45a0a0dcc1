package uk.providerportal.submission;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.cases.AdviceChannel;

/**
 * Eligibility of telephone cases (seed 000/001): all linked calls together last at most the programme's limit
 * (3 hours), counted across every linked call, not per call.
 */
final class LinkedCallLimit {

    static final String FIELD = "callMinutes";
    static final int LONGEST_CALL_MINUTES = 24 * 60;

    private LinkedCallLimit() {
    }

    static @Nullable Problem check(AdviceChannel channel, List<Integer> callMinutes, int maxTotalMinutes) {
        if (channel != AdviceChannel.TELEPHONE) {
            return callMinutes.isEmpty() ? null
                    : Problem.of(FIELD, "Linked call durations are for telephone cases only; this is a "
                    + channel.label().toLowerCase(java.util.Locale.UK) + " case.");
        }
        if (callMinutes.isEmpty()) {
            return Problem.of(FIELD, "Enter the duration in minutes of every call linked to this telephone case.");
        }
        for (int minutes : callMinutes) {
            if (minutes < 1 || minutes > LONGEST_CALL_MINUTES) {
                return Problem.of(FIELD, "Each call lasts between 1 minute and 24 hours; " + minutes
                        + " minutes is not a call duration.");
            }
        }
        int total = callMinutes.stream().mapToInt(Integer::intValue).sum();
        if (total > maxTotalMinutes) {
            return Problem.of(FIELD, "The linked calls last " + total + " minutes in total. A telephone case is "
                    + "eligible only if all its linked calls together last at most " + duration(maxTotalMinutes)
                    + " (" + maxTotalMinutes + " minutes).");
        }
        return null;
    }

    static String duration(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        String h = hours == 1 ? "1 hour" : hours + " hours";
        if (hours == 0) {
            return rest + " minutes";
        }
        return rest == 0 ? h : h + " " + rest + " minutes";
    }
}
