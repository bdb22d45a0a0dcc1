package uk.providerportal.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.audit.AuditOutcome;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.calendar.WorkingDayCalendar;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.CasesService;
import uk.providerportal.cases.FolderCounts;
import uk.providerportal.cases.NewCaseRecord;
import uk.providerportal.jobs.JobService;
import uk.providerportal.jobs.JobSummary;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.policy.SubmissionRules;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.sla.SlaService;
import uk.providerportal.storage.FileStore;
import uk.providerportal.storage.StoredUploads;
import uk.providerportal.storage.StoredFile;
import uk.providerportal.submission.CaseRecordCheck.Checked;
import uk.providerportal.submission.CaseRecordCheck.Rejected;
import uk.providerportal.submission.CaseRecordCheck.Verdict;

/**
 * The providers' side of the monthly cycle (seed 001): submit a case sample, singly or from a manifest, checked at
 * that moment and filed into the right month folder; see month folders with their progress. The cases themselves
 * are recorded, read, withdrawn and downloaded through {@link CasesService}.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionService {

    static final String ENTITY = CasesService.ENTITY;
    public static final long MAX_MANIFEST_BYTES = 5L * 1024 * 1024;
    public static final int MAX_MANIFEST_ROWS = 500;

    private final CasesService cases;
    private final SubmissionLocks locks;
    private final FileStore store;
    private final OrganisationService organisations;
    private final SlaService sla;
    private final PolicyService policies;
    private final WorkingDayCalendar calendar;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final JobService jobs;
    private final ObjectProvider<SubmissionService> self;

    SubmissionService(CasesService cases, SubmissionLocks locks, FileStore store,
                      OrganisationService organisations, SlaService sla, PolicyService policies,
                      WorkingDayCalendar calendar, CurrentUser currentUser, AuditLog auditLog, Clock clock,
                      JobService jobs, ObjectProvider<SubmissionService> self) {
        this.jobs = jobs;
        this.self = self;
        this.cases = cases;
        this.locks = locks;
        this.store = store;
        this.organisations = organisations;
        this.sla = sla;
        this.policies = policies;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Who is submitting, for which organisation, under which rules, on which day. */
    private record Context(OrganisationSummary organisation, SubmissionRules rules, LocalDate today,
                           String submittedBy) {
        YearMonth month() {
            return YearMonth.from(today);
        }

        long maxFileBytes() {
            return rules.maxFileSizeMb() * 1024L * 1024L;
        }
    }

    @PreAuthorize(Access.PROVIDER_USER)
    public SubmissionLimits limits() {
        Context context = context();
        return new SubmissionLimits(context.month(), context.rules().maxLinkedCallMinutes(),
                context.rules().completionMonthsBack(), context.rules().allowedFileTypes(),
                CaseRecordCheck.allowedNames(context.rules().allowedFileTypes()), context.maxFileBytes(),
                CaseRecordCheck.MAX_FILES, MAX_MANIFEST_BYTES, MAX_MANIFEST_ROWS, MAX_MANIFEST_FILES);
    }

    /**
     * Checks one file exactly as a case record file is checked (plain name, not empty, the programme's size limit and
     * allowed types judged by content); refused with the reason, naming the file. Appeal evidence uses it.
     */
    @PreAuthorize(Access.PROVIDER_USER)
    public CheckedFile checkFile(CaseFileUpload upload) {
        Context context = context();
        return switch (CaseRecordCheck.check(upload, context.rules().allowedFileTypes(), context.maxFileBytes())) {
            case CaseRecordCheck.Checked checked -> new CheckedFile(upload.fileName(), checked.mediaType(),
                    checked.size());
            case CaseRecordCheck.Rejected rejected -> throw new ChangeRefused("files",
                    rejected.problem().message());
        };
    }

    /**
     * Checks the case and, if it passes, files it: into this month's folder, or the next one with room once this
     * month's agreed volume is reached. Parallel submissions of one organisation are filed one at a time.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Access.PROVIDER_USER)
    public SubmissionResult submit(NewCaseSample sample) {
        Context context = context();
        List<Problem> problems = new ArrayList<>();
        List<Integer> calls = eligibility(sample, context, problems);
        List<Checked> files = checkFiles(sample.files(), context, problems);
        if (!problems.isEmpty()) {
            return refuse(sample.reference(), problems);
        }
        // Files go into the store before the lock, so the lock is held only to count, check and insert.
        var stored = new StoredUploads(store);
        List<StoredCheckedFile> storedFiles = files.stream()
                .map(file -> new StoredCheckedFile(file, stored.put(file.upload().file()))).toList();
        if (!lock(context)) {
            return refuse(sample.reference(), List.of(BUSY));
        }
        Optional<Problem> duplicate = duplicate(sample.reference(), context);
        if (duplicate.isPresent()) {
            return refuse(sample.reference(), List.of(duplicate.get()));
        }
        try {
            long organisationId = context.organisation().id();
            Map<YearMonth, FolderCounts> counts = new HashMap<>();
            Filed filed = file(sample, calls, storedFiles, context, month -> cases.countFiled(organisationId, month),
                    month -> volume(organisationId, month), (month, week) -> counts.computeIfAbsent(month,
                            m -> cases.folderCounts(organisationId, m)).week(week).received());
            stored.keep();
            return SubmissionResult.filed(filed.sample(),
                    "Case " + sample.reference() + " was submitted. " + filed.placement().explanation());
        } catch (VolumeCheck.Refused refused) {
            return refuse(sample.reference(), List.of(Problem.of("volume", refused.getMessage())));
        }
    }

    static final Problem BUSY = Problem.of("volume", "Another submission for your organisation is being saved "
            + "just now, so this case was not filed. Submit it again in a minute; nothing was lost.");

    /** A checked file and where the store put it. */
    private record StoredCheckedFile(Checked checked, StoredFile stored) {
    }

    /** Takes the organisation's filing lock; false when it stays taken too long (e.g. a large manifest saving). */
    private boolean lock(Context context) {
        try {
            locks.lock(context.organisation().id());
            return true;
        } catch (org.springframework.dao.PessimisticLockingFailureException busy) {
            return false;
        }
    }

    private SubmissionResult refuse(String reference, List<Problem> problems) {
        auditLog.recordFor(auditLog.currentActor(), "CASE_REFUSED", ENTITY, null, "Case " + printable(reference)
                + " refused: " + problems.stream().map(Problem::message).collect(Collectors.joining(" ")),
                AuditOutcome.FAILED);
        return SubmissionResult.refused(problems);
    }

    private List<Integer> eligibility(NewCaseSample sample, Context context, List<Problem> problems) {
        add(problems, CaseReferenceRule.check(sample.reference()));
        if (sample.channel() == null) {
            problems.add(Problem.of("channel", "Choose the advice channel."));
        }
        add(problems, CompletionWindow.check(sample.completedOn(), context.today(),
                context.rules().completionMonthsBack()));
        List<Integer> calls = List.of();
        try {
            calls = NewCaseSample.parseCallMinutes(sample.callMinutes());
            if (sample.channel() != null) {
                add(problems, LinkedCallLimit.check(sample.channel(), calls,
                        context.rules().maxLinkedCallMinutes()));
            }
        } catch (NumberFormatException e) {
            problems.add(Problem.of(LinkedCallLimit.FIELD, "Enter each call's duration as a whole number of minutes,"
                    + " separated by commas, e.g. 45, 60, 30."));
        }
        return calls;
    }

    private List<Checked> checkFiles(List<CaseFileUpload> uploads, Context context, List<Problem> problems) {
        add(problems, CaseRecordCheck.checkCount(uploads.size()));
        List<Checked> checked = new ArrayList<>();
        for (CaseFileUpload upload : uploads) {
            switch (CaseRecordCheck.check(upload, context.rules().allowedFileTypes(), context.maxFileBytes())) {
                case Checked ok -> checked.add(ok);
                case Rejected rejected -> problems.add(rejected.problem());
            }
        }
        return checked;
    }

    private Optional<Problem> duplicate(String reference, Context context) {
        if (reference.isBlank()) {
            return Optional.empty();
        }
        return cases.liveReference(context.organisation().id(), reference).map(existing -> duplicate(existing, context));
    }

    private static Problem duplicate(CasesService.LiveReference existing, Context context) {
        return Problem.of(CaseReferenceRule.FIELD, "Case reference " + existing.reference() + " was already submitted "
                + "by " + context.organisation().name() + " (filed under " + DateFormats.month(existing.folderMonth())
                + "); the same case cannot be submitted twice.");
    }

    /**
     * What one pass over a manifest reads once instead of once per row: the cases already filed in each month folder
     * (plus the rows this pass placed there) and each month's agreed volume.
     */
    private final class ManifestPass {
        private final long organisationId;
        private final Map<YearMonth, Integer> filedBefore = new HashMap<>();
        private final Map<YearMonth, Integer> placed = new HashMap<>();
        private final Map<YearMonth, Optional<VolumeCheck.Volume>> volumes = new HashMap<>();
        private final Map<YearMonth, FolderCounts> countsBefore = new HashMap<>();
        private final Map<YearMonth, Map<Integer, Integer>> placedInWeeks = new HashMap<>();

        ManifestPass(Context context) {
            this.organisationId = context.organisation().id();
        }

        int filed(YearMonth month) {
            return filedBefore.computeIfAbsent(month, m -> cases.countFiled(organisationId, m))
                    + placed.getOrDefault(month, 0);
        }

        Optional<VolumeCheck.Volume> volume(YearMonth month) {
            return volumes.computeIfAbsent(month, m -> SubmissionService.this.volume(organisationId, m));
        }

        int received(YearMonth month, int week) {
            return countsBefore.computeIfAbsent(month, m -> cases.folderCounts(organisationId, m)).week(week).received()
                    + placedInWeeks.getOrDefault(month, Map.of()).getOrDefault(week, 0);
        }

        void placedIn(Placement placement) {
            placed.merge(placement.folder(), 1, Integer::sum);
            placedInWeeks.computeIfAbsent(placement.folder(), month -> new HashMap<>())
                    .merge(placement.week().number(), 1, Integer::sum);
        }
    }

    private record Filed(CaseSummary sample, Placement placement) {
    }

    /** Files one checked, stored case: its folder and week, then its row. Runs under the lock. */
    private Filed file(NewCaseSample sample, List<Integer> calls, List<StoredCheckedFile> files, Context context,
                       ToIntFunction<YearMonth> filed, Function<YearMonth, Optional<VolumeCheck.Volume>> volumes,
                       ToIntBiFunction<YearMonth, Integer> received) throws VolumeCheck.Refused {
        Placement placement = place(context, filed, volumes, received);
        var record = new NewCaseRecord(context.organisation().id(), sample.reference(),
                java.util.Objects.requireNonNull(sample.channel()), java.util.Objects.requireNonNull(sample.completedOn()),
                calls, context.today(), context.submittedBy(), placement.folder(), placement.week().number(),
                placement.week().endsOn(), placement.late(), files.stream().map(file -> new NewCaseRecord.StoredRecordFile(
                        file.checked().upload().fileName(), file.stored().key(), file.stored().size(),
                        file.stored().sha256(), file.checked().mediaType())).toList());
        return new Filed(cases.record(record, placement.explanation()), placement);
    }

    /**
     * The folder and week a case goes to now ({@link VolumeCheck}, {@link AssessmentWeeks}); {@code received} counts
     * the cases a folder's week already holds, including those a manifest being checked or filed has placed there.
     */
    private Placement place(Context context, ToIntFunction<YearMonth> filed,
                            Function<YearMonth, Optional<VolumeCheck.Volume>> volumes,
                            ToIntBiFunction<YearMonth, Integer> received) throws VolumeCheck.Refused {
        VolumeCheck.Folder folder = VolumeCheck.folderFor(context.month(), volumes::apply, filed);
        List<AssessmentWeek> weeks = AssessmentWeeks.of(folder.month(),
                day -> calendar.isWorkingDay(context.organisation().nation(), day));
        int weekly = folder.volume().map(VolumeCheck.Volume::weekly).orElse(0);
        int monthly = folder.volume().map(VolumeCheck.Volume::monthly).orElse(0);
        AssessmentWeek week = AssessmentWeeks.weekFor(n -> received.applyAsInt(folder.month(), n), monthly, weekly,
                weeks, context.today());
        // Lateness is against an agreed weekly sample; without one a case cannot be late for its week.
        boolean late = weekly > 0 && context.today().isAfter(week.endsOn());
        String explanation = folder.explanation() + " It counts towards the sample of week " + week.number()
                + (late ? ", which ended on " + DateFormats.date(week.endsOn()) + ", so it is marked late: late cases "
                + "are assessed after the cases that arrived on time." : " (" + DateFormats.dayAndMonth(week.startsOn())
                + " to " + DateFormats.dayAndMonth(week.endsOn()) + ").");
        return new Placement(folder.month(), week, late, folder.movedFrom(context.month()), explanation);
    }

    private Optional<VolumeCheck.Volume> volume(long organisationId, YearMonth month) {
        return sla.volumeFor(organisationId, month)
                .filter(row -> row.monthlyVolume() != null)
                .map(row -> new VolumeCheck.Volume(row.monthlyVolume(),
                        row.weeklyVolume() == null ? 0 : row.weeklyVolume()));
    }

    private Context context() {
        var me = currentUser.require();
        Long organisationId = me.organisationId();
        if (organisationId == null) {
            throw new ChangeRefused("organisation", "Only people who work for a delivery partner submit cases.");
        }
        OrganisationSummary organisation = organisations.findOrganisation(organisationId);
        LocalDate today = LocalDate.now(clock);
        SubmissionRules rules = policies.submissionRules(organisation.programmeId(), today)
                .orElseThrow(() -> new ChangeRefused("rules", "No submission rules are in force for the "
                        + organisation.programmeName() + " programme, so cases cannot be checked. Ask an admin."));
        return new Context(organisation, rules, today, me.displayName());
    }

    // --- bulk submission ------------------------------------------------------------------------------------

    /** Writes a manifest template: one row per case, with the names of its files. */
    @PreAuthorize(Access.PROVIDER_USER)
    public void writeManifestTemplate(java.io.OutputStream out) throws IOException {
        CaseManifest.writeTemplate(out, LocalDate.now(clock));
    }

    /** Checks a manifest and its files without saving anything; every problem names its row. */
    @PreAuthorize(Access.PROVIDER_USER)
    public BulkReport checkManifest(Path manifest, List<CaseFileUpload> files, IntConsumer progress) {
        Context context = context();
        return check(manifest, verdicts(files, context), context, progress);
    }

    private BulkReport check(Path manifest, Verdicts verdicts, Context context, IntConsumer progress) {
        ManifestPass pass = new ManifestPass(context);
        return runManifest(manifest, verdicts, context, progress, (row, sample, calls, checked) -> {
            Placement placement = place(context, pass::filed, pass::volume, pass::received);
            pass.placedIn(placement);
            return placement;
        });
    }

    /**
     * Checks the manifest and, only if every row passes, files every case in one transaction: files are checked
     * once and stored before the organisation's lock is taken; under the lock each row is checked again against
     * what others filed meanwhile, and any problem then undoes the whole manifest.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Access.PROVIDER_USER)
    public BulkReport submitManifest(Path manifest, String manifestName, List<CaseFileUpload> files,
                                     IntConsumer progress) {
        Context context = context();
        Verdicts verdicts = verdicts(files, context);
        BulkReport check = check(manifest, verdicts, context, progress);
        if (!check.ok()) {
            auditLog.recordFor(auditLog.currentActor(), "CASE_REFUSED", ENTITY, null, "Manifest " + printable(manifestName)
                    + " refused with " + Plural.of(check.problemCount(), "problem") + "; nothing was saved", AuditOutcome.FAILED);
            return check;
        }
        var stored = new StoredUploads(store);
        Map<String, StoredFile> storedByName = new HashMap<>();
        verdicts.checked().forEach(file -> storedByName.put(file.upload().fileName(), stored.put(file.upload().file())));
        if (!lock(context)) {
            return BulkReport.refused(BUSY.message());
        }
        // Under the lock nobody else files for this organisation: counting each folder once, then adding this
        // manifest's own rows, gives the same answer as counting again for every row.
        ManifestPass pass = new ManifestPass(context);
        BulkReport saved = runManifest(manifest, verdicts, context, progress, (row, sample, calls, checked) -> {
            Placement placement = file(sample, calls, checked.stream().map(file -> new StoredCheckedFile(file,
                    storedByName.get(file.upload().fileName()))).toList(), context, pass::filed, pass::volume,
                    pass::received).placement();
            pass.placedIn(placement);
            return placement;
        });
        if (!saved.ok()) {
            // Someone else filed meanwhile (e.g. the same reference): undo every row of this manifest.
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
                    .setRollbackOnly();
            return saved;
        }
        stored.keep();
        auditLog.record("MANIFEST_SUBMITTED", ENTITY, null, "Submitted " + Plural.of(saved.lines().size(), "case") + " from "
                + printable(manifestName) + " for " + context.organisation().name());
        return new BulkReport(saved.lines(), List.of(), true);
    }

    /** Every uploaded file checked once by content, with the problems of the upload as a whole. */
    private record Verdicts(Map<String, Verdict> byName, List<Problem> problems) {
        List<Checked> checked() {
            return byName.values().stream().filter(Checked.class::isInstance).map(Checked.class::cast).toList();
        }
    }

    static final int MAX_MANIFEST_FILES = 2000;

    private static Verdicts verdicts(List<CaseFileUpload> uploads, Context context) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Verdict> byName = new LinkedHashMap<>();
        if (uploads.size() > MAX_MANIFEST_FILES) {
            problems.add(Problem.of(CaseRecordCheck.FIELD, uploads.size() + " files were uploaded; a manifest takes at "
                    + "most " + MAX_MANIFEST_FILES + ". Split it into several."));
            return new Verdicts(byName, problems);
        }
        for (CaseFileUpload upload : uploads) {
            if (byName.containsKey(upload.fileName())) {
                problems.add(Problem.of(CaseRecordCheck.FIELD, "Two files are called “" + upload.fileName()
                        + "”; give each file its own name."));
            }
            Verdict verdict = CaseRecordCheck.check(upload, context.rules().allowedFileTypes(), context.maxFileBytes());
            byName.put(upload.fileName(), verdict);
            if (verdict instanceof Rejected rejected) {
                problems.add(rejected.problem());
            }
        }
        return new Verdicts(byName, problems);
    }

    private interface RowAction {
        Placement apply(int row, NewCaseSample sample, List<Integer> calls, List<Checked> files)
                throws VolumeCheck.Refused;
    }

    private BulkReport runManifest(Path manifest, Verdicts verdictsOfFiles, Context context,
                                   IntConsumer progress, RowAction action) {
        try {
            if (Files.size(manifest) > MAX_MANIFEST_BYTES) {
                return BulkReport.refused("The manifest is larger than " + CaseRecordCheck.megabytes(MAX_MANIFEST_BYTES)
                        + "; split it into several.");
            }
        } catch (IOException e) {
            return BulkReport.refused("The manifest did not arrive completely; upload it again.");
        }
        CaseManifest.Read read = CaseManifest.read(manifest, MAX_MANIFEST_ROWS);
        if (read.problem() != null) {
            return BulkReport.refused(read.problem());
        }
        List<Problem> fileProblems = new ArrayList<>(verdictsOfFiles.problems());
        Map<String, Verdict> verdicts = verdictsOfFiles.byName();
        Map<String, Integer> usedBy = new HashMap<>();
        Map<String, Integer> referenceRows = new HashMap<>();
        List<BulkReport.Line> lines = new ArrayList<>();
        Map<String, CasesService.LiveReference> live = new HashMap<>();
        cases.liveReferences(context.organisation().id(), read.rows().stream().map(CaseManifest.Row::reference)
                        .filter(reference -> !reference.isBlank()).distinct().toList())
                .forEach(existing -> live.put(comparable(existing.reference()), existing));
        int done = 0;
        for (CaseManifest.Row row : read.rows()) {
            List<Problem> problems = new ArrayList<>(row.problems());
            NewCaseSample sample = new NewCaseSample(row.reference(), row.channel(), row.completedOn(),
                    row.callMinutes(), List.of());
            List<Problem> rules = new ArrayList<>();
            List<Integer> calls = eligibility(sample, context, rules);
            // A cell that could not be read already has its problem; "enter a value" would only repeat it.
            rules.stream().filter(rule -> problems.stream().noneMatch(p -> p.field().equals(rule.field())))
                    .forEach(problems::add);
            Integer sameReference = referenceRows.putIfAbsent(comparable(sample.reference()), row.row());
            if (sameReference != null && !sample.reference().isBlank()) {
                problems.add(Problem.of(CaseReferenceRule.FIELD, "Case reference " + sample.reference()
                        + " is also on row " + sameReference + "; each case is submitted once."));
            }
            if (!sample.reference().isBlank() && live.containsKey(comparable(sample.reference()))) {
                problems.add(duplicate(live.get(comparable(sample.reference())), context));
            }
            List<Checked> files = new ArrayList<>();
            add(problems, CaseRecordCheck.checkCount(row.fileNames().size()));
            for (String name : row.fileNames()) {
                Integer other = usedBy.putIfAbsent(name, row.row());
                Verdict verdict = verdicts.get(name);
                if (other != null) {
                    problems.add(Problem.of(CaseRecordCheck.FIELD, "“" + name + "” is already named on row " + other
                            + "; each file belongs to one case."));
                } else if (verdict == null) {
                    problems.add(Problem.of(CaseRecordCheck.FIELD, "“" + name + "” is named here but was not "
                            + "uploaded with the manifest."));
                } else if (verdict instanceof Checked checked) {
                    files.add(checked);
                } else {
                    problems.add(Problem.of(CaseRecordCheck.FIELD, "“" + name + "” was refused (see the file "
                            + "problems above)."));
                }
            }
            YearMonth folder = null;
            int week = 0;
            boolean late = false;
            String note = "";
            if (problems.isEmpty()) {
                try {
                    Placement placement = action.apply(row.row(), sample, calls, files);
                    folder = placement.folder();
                    week = placement.week().number();
                    late = placement.late();
                    note = placement.explanation();
                } catch (VolumeCheck.Refused refused) {
                    problems.add(Problem.of("volume", refused.getMessage()));
                }
            }
            lines.add(new BulkReport.Line(row.row(), sample.reference(), folder, week, late, note,
                    problems.stream().map(problem -> problem.atRow(row.row())).toList()));
            progress.accept(++done);
        }
        for (String name : verdicts.keySet()) {
            if (!usedBy.containsKey(name)) {
                fileProblems.add(Problem.of(CaseRecordCheck.FIELD, "“" + name + "” was uploaded but no row of the "
                        + "manifest names it."));
            }
        }
        if (lines.isEmpty()) {
            fileProblems.add(Problem.of("manifest", "The manifest has no case rows below its headings."));
        }
        return new BulkReport(lines, fileProblems, false);
    }

    /** The kind of background job a bulk submission runs as. */
    public static final String BULK_SUBMISSION = "BULK_SUBMISSION";

    /**
     * Starts submitting a manifest as a background job of the caller's organisation: the manifest and files are
     * moved into the job's folder before this returns (the job owns them), then checked and saved all or nothing as
     * {@link #submitManifest} does, whether or not the person stays on the page. The result is kept on the job.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    @PreAuthorize(Access.PROVIDER_USER)
    public JobSummary startManifestSubmission(Path manifest, String manifestName, List<CaseFileUpload> files) {
        context();
        String name = printable(manifestName);
        return jobs.start(BULK_SUBMISSION, name, folder -> BulkJobInput.moveInto(folder, manifest, files),
                (input, progress) -> {
                    int rows = CaseManifest.read(input.manifest(), MAX_MANIFEST_ROWS).rows().size();
                    progress.update(0, rows);
                    int[] steps = {0};
                    // Each row is reported twice, checked then saved: the job's progress counts rows saved.
                    BulkReport report = self.getObject().submitManifest(input.manifest(), name, input.files(),
                            row -> progress.update((++steps[0] + 1) / 2, rows));
                    return BulkJobInput.outcome(report, name);
                });
    }

    // --- month folders -------------------------------------------------------------------------------------

    /** The months an organisation has cases filed under, plus the current and next month, newest first. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<YearMonth> folderMonths(long organisationId) {
        YearMonth now = YearMonth.now(clock);
        var months = new java.util.TreeSet<YearMonth>(java.util.Comparator.reverseOrder());
        months.addAll(cases.folderMonths(organisationId));
        months.add(now);
        months.add(now.plusMonths(1));
        return List.copyOf(months);
    }

    /**
     * One organisation's month folder: progress against the agreed volume, overall and per week (counted in the
     * database over every case, whoever the caller). The cases themselves are listed a page at a time by
     * {@link CasesService#folderPage}.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public MonthFolder monthFolder(long organisationId, YearMonth month) {
        FolderCounts counts = cases.folderCounts(organisationId, month);
        OrganisationSummary organisation = organisations.findOrganisation(organisationId);
        Optional<VolumeCheck.Volume> volume = volume(organisationId, month);
        List<AssessmentWeek> weeks = AssessmentWeeks.of(month,
                day -> calendar.isWorkingDay(organisation.nation(), day));
        LocalDate today = LocalDate.now(clock);
        List<WeekProgress> progress = new ArrayList<>();
        for (AssessmentWeek week : weeks) {
            int expected = volume.map(v -> AssessmentWeeks.expectedIn(week.number(), v.monthly(), v.weekly(),
                    weeks.size())).orElse(0);
            FolderCounts.Week counted = counts.week(week.number());
            progress.add(new WeekProgress(week, expected, counted.received(), counted.late(),
                    weekState(week, expected, counted.received(), counted.late(), today)));
        }
        return new MonthFolder(organisationId, organisation.name(), month,
                volume.map(VolumeCheck.Volume::monthly).orElse(null), volume.map(VolumeCheck.Volume::weekly).orElse(null),
                counts.filed(), progress);
    }

    private static String weekState(AssessmentWeek week, int expected, int received, int late, LocalDate today) {
        String count = received + " of " + expected;
        if (expected == 0) {
            return received == 0 ? "no sample due" : received + " more than agreed";
        }
        if (received >= expected) {
            return count + (late > 0 ? ", complete (" + late + " late)" : ", complete");
        }
        if (today.isAfter(week.endsOn())) {
            return count + ", late";
        }
        return count + ", due by " + DateFormats.dayAndMonth(week.endsOn());
    }

    /** References compare as the database compares them: ignoring case and accents. */
    static String comparable(String reference) {
        return java.text.Normalizer.normalize(reference, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(java.util.Locale.ROOT);
    }

    static String printable(String text) {
        return text.codePoints().mapToObj(c -> Character.isISOControl(c) ? "?" : Character.toString(c))
                .collect(Collectors.joining());
    }

    private static void add(Collection<Problem> problems, @Nullable Problem problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }
}
