package uk.providerportal.returns;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an upload or form did: the return as saved, or every problem found, in which case nothing was saved. */
public record ReturnResult(@Nullable ReturnSummary saved, List<String> problems) {

    public ReturnResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return saved != null;
    }
}
