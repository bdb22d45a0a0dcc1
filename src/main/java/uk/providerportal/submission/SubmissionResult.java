package uk.providerportal.submission;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.cases.CaseSummary;

/**
 * What happened to a submitted case, in the user's words: filed (and where, and whether late), or refused with
 * every rule it broke. A refused case left nothing behind.
 */
public record SubmissionResult(@Nullable CaseSummary filed, String message, List<Problem> problems) {

    static SubmissionResult filed(CaseSummary sample, String message) {
        return new SubmissionResult(sample, message, List.of());
    }

    static SubmissionResult refused(List<Problem> problems) {
        return new SubmissionResult(null, "The case was not submitted: " + problems.size()
                + (problems.size() == 1 ? " thing needs" : " things need") + " putting right.", List.copyOf(problems));
    }

    public boolean accepted() {
        return filed != null;
    }

    /** True when the month's volume was reached and the case went into a later month's folder. */
    public boolean movedToLaterMonth() {
        return filed != null && !filed.folderMonth().equals(filed.submissionMonth());
    }
}
