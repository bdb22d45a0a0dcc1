package uk.providerportal.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.providerportal.base.DateFormats;
import uk.providerportal.jobs.JobOutcome;

/** A bulk submission's manifest and files once moved into its job folder, and how its result reads afterwards. */
record BulkJobInput(Path manifest, List<CaseFileUpload> files) {

    static final int PROBLEMS_SHOWN = 5;

    /** Moves (never copies) the uploads into the job folder: from then on the job alone owns them. */
    static BulkJobInput moveInto(Path folder, Path manifest, List<CaseFileUpload> files) {
        try {
            Path movedManifest = Files.move(manifest, folder.resolve("manifest.xlsx"),
                    StandardCopyOption.REPLACE_EXISTING);
            Path filesFolder = Files.createDirectories(folder.resolve("files"));
            List<CaseFileUpload> moved = new ArrayList<>();
            int n = 0;
            for (CaseFileUpload file : files) {
                // Numbered, not named by the person: a file name never becomes a path here.
                moved.add(new CaseFileUpload(file.fileName(), Files.move(file.file(),
                        filesFolder.resolve(Integer.toString(++n)), StandardCopyOption.REPLACE_EXISTING)));
            }
            return new BulkJobInput(movedManifest, moved);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move the uploads into the job folder " + folder, e);
        }
    }

    static JobOutcome outcome(BulkReport report, String manifestName) {
        if (report.saved()) {
            Map<YearMonth, Long> byFolder = report.lines().stream().filter(line -> line.folder() != null)
                    .collect(Collectors.groupingBy(BulkReport.Line::folder, TreeMap::new, Collectors.counting()));
            long late = report.lines().stream().filter(BulkReport.Line::late).count();
            return JobOutcome.succeeded(cases(report.lines().size()) + " submitted from " + manifestName + ": "
                    + byFolder.entrySet().stream().map(entry -> entry.getValue() + " in the "
                    + DateFormats.month(entry.getKey()) + " folder").collect(Collectors.joining(", "))
                    + (late == 0 ? "." : "; " + late + " marked late."));
        }
        List<String> problems = new ArrayList<>();
        report.fileProblems().forEach(problem -> problems.add(problem.message()));
        report.lines().forEach(line -> line.problems().forEach(problem -> problems.add("Row " + line.row() + ": "
                + problem.message())));
        long count = report.problemCount();
        String shown = String.join(" ", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())));
        return JobOutcome.failed("Nothing was submitted: " + (count == 1 ? "there is 1 problem. " : "there are "
                + count + " problems" + (count > PROBLEMS_SHOWN ? " (the first " + PROBLEMS_SHOWN + " below; check "
                + "the manifest to see them all). " : ". ")) + shown);
    }

    static String cases(long count) {
        return count == 1 ? "1 case" : count + " cases";
    }
}
