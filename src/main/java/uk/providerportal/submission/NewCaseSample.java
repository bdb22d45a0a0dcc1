package uk.providerportal.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.cases.AdviceChannel;

/**
 * A case as the provider enters it, before any check.
 *
 * @param callMinutes the durations of all linked calls as typed, e.g. "45, 60, 30"; read on the server
 */
public record NewCaseSample(String reference, @Nullable AdviceChannel channel, @Nullable LocalDate completedOn,
                            String callMinutes, List<CaseFileUpload> files) {

    public NewCaseSample {
        reference = reference.strip();
        files = List.copyOf(files);
    }

    /** Reads "45, 60; 30" as three calls; anything that is not a whole number of minutes is a problem. */
    static List<Integer> parseCallMinutes(String text) throws NumberFormatException {
        List<Integer> minutes = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                minutes.add(Integer.parseInt(part.strip()));
            }
        }
        return minutes;
    }
}
