package uk.providerportal.submission;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import uk.providerportal.base.DateFormats;

/**
 * Monthly volume and month folders (seed 001): once the organisation's agreed volume for a month is reached,
 * further eligible cases go into the next month's folder, and the provider is told so when it happens.
 */
final class VolumeCheck {

    /** How far ahead a case may be filed when every folder on the way is full. */
    static final int MONTHS_AHEAD = 12;

    record Volume(int monthly, int weekly) {
    }

    /** The folder a case goes to, and how many cases that folder already held. */
    record Folder(YearMonth month, int alreadyFiled, Optional<Volume> volume, String explanation) {
        boolean movedFrom(YearMonth submissionMonth) {
            return !month.equals(submissionMonth);
        }
    }

    static class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private VolumeCheck() {
    }

    /**
     * The first folder from the submission month on that has room. The submission month must have an agreed
     * volume; a later month without one takes the case, to be counted once its volume is agreed.
     */
    static Folder folderFor(YearMonth submissionMonth, Function<YearMonth, Optional<Volume>> volumes,
                            ToIntFunction<YearMonth> filed) throws Refused {
        Optional<Volume> current = volumes.apply(submissionMonth);
        if (current.isEmpty()) {
            throw new Refused("No sample volume is agreed for " + DateFormats.month(submissionMonth) + " yet, so the case cannot "
                    + "be filed. Ask your quality manager to agree the month's volume.");
        }
        YearMonth full = null;
        int fullVolume = 0;
        for (int ahead = 0; ahead <= MONTHS_AHEAD; ahead++) {
            YearMonth month = submissionMonth.plusMonths(ahead);
            Optional<Volume> volume = ahead == 0 ? current : volumes.apply(month);
            int count = filed.applyAsInt(month);
            if (volume.isEmpty() || count < volume.get().monthly()) {
                String explanation = full == null ? "Filed under " + DateFormats.month(month) + "."
                        : fullVolume + " of " + fullVolume + " for " + DateFormats.month(full) + " reached: this case was filed "
                        + "under " + DateFormats.month(month) + ".";
                return new Folder(month, count, volume, explanation);
            }
            if (full == null) {
                full = month;
                fullVolume = volume.get().monthly();
            }
        }
        throw new Refused("Every month folder from " + DateFormats.month(submissionMonth) + " to "
                + DateFormats.month(submissionMonth.plusMonths(MONTHS_AHEAD)) + " is full, so the case cannot be filed.");
    }
}
