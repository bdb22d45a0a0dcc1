package uk.providerportal.submission;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking (or saving) a manifest: one line per case row, with the folder it goes to or its
 * problems, and problems with the upload as a whole. Saved only when nothing is wrong, and then all of it.
 */
public record BulkReport(List<Line> lines, List<Problem> fileProblems, boolean saved) {

    /** One manifest row: where the case goes, or why it cannot. */
    public record Line(int row, String reference, @Nullable YearMonth folder, int sampleWeek, boolean late,
                       String note, List<Problem> problems) {
    }

    static BulkReport refused(String message) {
        return new BulkReport(List.of(), List.of(Problem.of("manifest", message)), false);
    }

    public boolean ok() {
        return fileProblems.isEmpty() && !lines.isEmpty() && lines.stream().allMatch(line -> line.problems().isEmpty());
    }

    public long problemCount() {
        return fileProblems.size() + lines.stream().mapToLong(line -> line.problems().size()).sum();
    }
}
