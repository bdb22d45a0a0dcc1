package uk.providerportal.cases;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.TenantScope;
import uk.providerportal.storage.FileStore;

/**
 * The case feature's API: records the cases intake has checked and placed, moves them through the cycle (assign,
 * withdraw, roll over) as {@link CaseStatus} allows, lets each person read only the cases they may, and publishes
 * what happened ({@link CaseSubmitted}, {@link CaseAssigned}, {@link CaseWithdrawn}, {@link CaseRolledOver}).
 */
@Service
@Transactional(readOnly = true)
public class CasesService {

    public static final String ENTITY = "CaseSample";

    /** The properties of {@link CaseSummary} a list of cases can be sorted by. */
    public static final Set<String> SORTABLE = Set.of("id", "reference", "organisationId", "channel", "completedOn",
            "submittedAt", "folderMonth", "sampleWeek", "late", "status", "assessmentMonth", "assessorName");

    private final CaseSampleRepository cases;
    private final CaseAccess access;
    private final TenantScope tenantScope;
    private final OrganisationService organisations;
    private final FileStore store;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CurrentUser currentUser;

    CasesService(CaseSampleRepository cases, CaseAccess access, TenantScope tenantScope,
                 OrganisationService organisations, FileStore store, AuditLog auditLog,
                 ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.cases = cases;
        this.access = access;
        this.tenantScope = tenantScope;
        this.organisations = organisations;
        this.store = store;
        this.auditLog = auditLog;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // --- intake -----------------------------------------------------------------------------------------------

    /** Cases counting towards an organisation's folder (withdrawn ones do not). */
    @PreAuthorize(Access.SIGNED_IN)
    public int countFiled(long organisationId, YearMonth folderMonth) {
        tenantScope.checkVisible("COUNT_MONTH_FOLDER", "Organisation", organisationId, organisationId);
        return (int) cases.countFiled(organisationId, folderMonth.atDay(1));
    }

    /** The folder's counts per assessment week, computed in the database. */
    @PreAuthorize(Access.SIGNED_IN)
    public FolderCounts folderCounts(long organisationId, YearMonth folderMonth) {
        tenantScope.checkVisible("COUNT_MONTH_FOLDER", "Organisation", organisationId, organisationId);
        Map<Integer, FolderCounts.Week> weeks = new HashMap<>();
        int filed = 0;
        for (Object[] row : cases.countByWeek(organisationId, folderMonth.atDay(1))) {
            int week = ((Number) row[0]).intValue();
            int count = ((Number) row[2]).intValue();
            boolean late = (Boolean) row[1];
            FolderCounts.Week sofar = weeks.getOrDefault(week, new FolderCounts.Week(0, 0));
            weeks.put(week, new FolderCounts.Week(sofar.received() + count, sofar.late() + (late ? count : 0)));
            filed += count;
        }
        return new FolderCounts(filed, weeks);
    }

    /**
     * Where a reference of the caller's organisation is already in play (a case not withdrawn), compared as the
     * database compares them: without regard to case or accents. A reference can be submitted once; a withdrawn
     * case frees it.
     */
    @PreAuthorize(Access.PROVIDER_USER)
    public Optional<LiveReference> liveReference(long organisationId, String reference) {
        tenantScope.checkVisible("READ_CASE", "Organisation", organisationId, organisationId);
        return cases.findLive(organisationId, reference).stream().findFirst()
                .map(sample -> new LiveReference(sample.reference(), sample.folderMonth()));
    }

    /**
     * The references of these that are already in play in the organisation, in one query (a manifest asks about
     * hundreds at once), each with the month folder its case is filed under. Matched as the database compares
     * text, ignoring case and accents: the caller matches them back the same way.
     */
    @PreAuthorize(Access.PROVIDER_USER)
    public List<LiveReference> liveReferences(long organisationId, java.util.Collection<String> references) {
        tenantScope.checkVisible("READ_CASE", "Organisation", organisationId, organisationId);
        if (references.isEmpty()) {
            return List.of();
        }
        return cases.findLiveReferences(organisationId, references).stream()
                .map(row -> new LiveReference((String) row[0], YearMonth.from((LocalDate) row[1]))).toList();
    }

    /**
     * The references of these cases of one organisation, by case id, in one query: for a list or an export that
     * already knows which cases it shows. Ids of another organisation's cases are left out. Its provider and quality
     * managers only (an assessor reaches cases one by one, and only those assigned to them).
     */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public Map<Long, String> references(long organisationId, Collection<Long> caseIds) {
        tenantScope.checkVisible("READ_CASE", "Organisation", organisationId, organisationId);
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> references = new HashMap<>();
        cases.references(organisationId, caseIds).forEach(row -> references.put((Long) row[0], (String) row[1]));
        return references;
    }

    /** A case reference in play, and the month folder its case is filed under. */
    public record LiveReference(String reference, YearMonth folderMonth) {
    }

    /** Records a case intake has checked and placed, in the caller's own organisation only. */
    @Transactional
    @PreAuthorize(Access.PROVIDER_USER)
    public CaseSummary record(NewCaseRecord record, String placement) {
        tenantScope.checkVisible("SUBMIT_CASE", "Organisation", record.organisationId(), record.organisationId());
        // No flush per case: a manifest records hundreds in one transaction, and each flush would dirty-check them all.
        var sample = cases.save(new CaseSample(record, clock.instant()));
        String organisation = organisationName(record.organisationId());
        auditLog.record("CASE_SUBMITTED", ENTITY, sample.getId(), "Submitted case " + record.reference() + " for "
                + organisation + " with " + record.files().size() + (record.files().size() == 1 ? " file: " : " files: ")
                + placement);
        if (!record.folderMonth().equals(YearMonth.from(record.submittedOn()))) {
            auditLog.record("CASE_FILED_IN_LATER_MONTH", ENTITY, sample.getId(), placement);
        }
        CaseSummary summary = sample.toSummary(organisation);
        events.publishEvent(new CaseSubmitted(summary.id(), summary.organisationId(), summary.folderMonth(),
                summary.sampleWeek(), summary.late()));
        return summary;
    }

    // --- month folders and single cases -------------------------------------------------------------------------

    /** The months an organisation has cases filed under. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<YearMonth> folderMonths(long organisationId) {
        tenantScope.checkVisible("LIST_MONTH_FOLDERS", "Organisation", organisationId, organisationId);
        return cases.folderMonths(organisationId).stream().map(YearMonth::from).sorted().toList();
    }

    /**
     * A page of a month folder's cases the caller may read (an assessor: only those assigned to them), filtered and
     * sorted in the database by {@link #SORTABLE} properties; oldest first when no order is asked for.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public List<CaseSummary> folderPage(FolderQuery query, Pageable pageable) {
        tenantScope.checkVisible("READ_MONTH_FOLDER", "Organisation", query.organisationId(), query.organisationId());
        String name = organisationName(query.organisationId());
        Sort sort = checkedSort(pageable.getSort());
        sort = (sort.isSorted() ? sort : Sort.by("submittedAt")).and(Sort.by("id"));
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        return cases.findAll(folderSpecification(query, access.onlyAssignedTo(query.organisationId())), page)
                .stream().map(sample -> sample.toSummary(name)).toList();
    }

    /** How many of a month folder's cases {@link #folderPage} lists for the caller, counted in the database. */
    @PreAuthorize(Access.SIGNED_IN)
    public long folderCount(FolderQuery query) {
        tenantScope.checkVisible("READ_MONTH_FOLDER", "Organisation", query.organisationId(), query.organisationId());
        return cases.count(folderSpecification(query, access.onlyAssignedTo(query.organisationId())));
    }

    @PreAuthorize(Access.SIGNED_IN)
    public CaseSummary caseSample(long caseId) {
        CaseSample sample = readable("READ_CASE", caseId);
        return sample.toSummary(organisationName(sample.organisationId()));
    }

    /**
     * A case's record (reference, organisation, files) for someone who may read the case, or an assessor another
     * feature granted the record to ({@link CaseRecordGrants}, e.g. a calibration exercise); never the way to its
     * assessment, which asks {@link #caseSample}.
     */
    @PreAuthorize(Access.FUNDER_STAFF)
    public CaseSummary caseRecord(long caseId) {
        CaseSample sample = access.recordReadable("READ_CASE_RECORD", caseId, cases.findById(caseId).orElse(null));
        return sample.toSummary(organisationName(sample.organisationId()));
    }

    /**
     * Opens a case record file, only for someone who may read the case or its record ({@link #caseRecord}); the
     * store key never leaves here.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public FileDownload openFile(long caseId, long fileId) {
        CaseSample sample = access.recordReadable("DOWNLOAD_CASE_FILE", caseId, cases.findById(caseId).orElse(null));
        for (CaseRecordFile file : sample.files()) {
            CaseFileSummary summary = file.toSummary();
            if (summary.id() == fileId) {
                String key = file.storageKey();
                return new FileDownload(summary.fileName(), summary.mediaType(), summary.sizeBytes(),
                        () -> store.open(key));
            }
        }
        throw new ItemNotFoundException("Case record file " + fileId);
    }

    /** A provider takes a case back before its assessment starts; its place in the folder is freed. */
    @Transactional
    @PreAuthorize(Access.PROVIDER_USER)
    public CaseSummary withdraw(long caseId, String reason) {
        CaseSample sample = readable("WITHDRAW_CASE", caseId);
        if (reason.isBlank()) {
            throw new ChangeRefused("reason", "Say why the case is withdrawn.");
        }
        if (reason.strip().length() > CaseSample.MAX_WITHDRAWN_REASON) {
            throw new ChangeRefused("reason", "Keep the reason to " + CaseSample.MAX_WITHDRAWN_REASON
                    + " characters or fewer: it has " + reason.strip().length() + ".");
        }
        if (!sample.status().withdrawable()) {
            throw new ChangeRefused("status", "Case " + sample.reference() + " is " + sample.status().inSentence()
                    + ": only cases whose assessment has not started can be withdrawn.");
        }
        sample.withdraw(reason.strip(), clock.instant());
        auditLog.record("CASE_WITHDRAWN", ENTITY, caseId, "Withdrew case " + sample.reference() + " from "
                + DateFormats.month(sample.folderMonth()) + ": " + reason.strip());
        events.publishEvent(new CaseWithdrawn(caseId, sample.organisationId(), sample.folderMonth()));
        return sample.toSummary(organisationName(sample.organisationId()));
    }

    private CaseSample readable(String operation, long caseId) {
        return access.readable(operation, caseId, cases.findById(caseId).orElse(null));
    }

    // --- an assessor's own cases -------------------------------------------------------------------------------

    /**
     * A page of the cases assigned to the signed-in assessor, filtered and sorted in the database: by the caller's
     * {@link #SORTABLE} order if any, then in triage order (round, then on-time weeks before late ones).
     */
    @PreAuthorize(Access.ASSESSOR)
    public List<CaseSummary> assignedToMe(AssignedQuery query, Pageable pageable) {
        Map<Long, String> names = organisationNames();
        Sort sort = checkedSort(pageable.getSort()).and(ASSESSOR_ORDER);
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        return cases.findAll(assignedSpecification(query, currentUser.require().userId()), page).stream()
                .map(sample -> sample.toSummary(names.getOrDefault(sample.organisationId(), unknown(sample))))
                .toList();
    }

    /** How many cases {@link #assignedToMe} lists, counted in the database. */
    @PreAuthorize(Access.ASSESSOR)
    public long countAssignedToMe(AssignedQuery query) {
        return cases.count(assignedSpecification(query, currentUser.require().userId()));
    }

    /** The triage order as an assessor works through it: oldest round first, then the queue's priority. */
    static final Sort ASSESSOR_ORDER = Sort.by("assessmentMonth", "late", "folderMonth", "sampleWeek", "submittedAt",
            "id");

    /** The assessor the case is assigned to starts on it: queued becomes in assessment. Only their own cases. */
    @Transactional
    @PreAuthorize(Access.ASSESSOR)
    public CaseSummary startAssessment(long caseId) {
        CaseSample sample = readable("START_ASSESSMENT", caseId);
        if (!sample.status().canMoveTo(CaseStatus.IN_ASSESSMENT)) {
            throw new ChangeRefused("status", "Case " + sample.reference() + " is " + sample.status().inSentence()
                    + ": only a queued case can be started.");
        }
        sample.startAssessment();
        auditLog.record("CASE_ASSESSMENT_STARTED", ENTITY, caseId, "Started assessing case " + sample.reference()
                + " (" + organisationName(sample.organisationId()) + ")");
        return sample.toSummary(organisationName(sample.organisationId()));
    }

    /** The assessor hands a finished assessment over: in assessment becomes submitted for moderation. */
    @Transactional
    @PreAuthorize(Access.ASSESSOR)
    public CaseSummary submitForModeration(long caseId) {
        CaseSample sample = readable("SUBMIT_ASSESSMENT", caseId);
        if (!sample.status().canMoveTo(CaseStatus.SUBMITTED_FOR_MODERATION)) {
            throw new ChangeRefused("status", "Case " + sample.reference() + " is " + sample.status().inSentence()
                    + ": only a case in assessment can be submitted for moderation.");
        }
        sample.submitForModeration();
        auditLog.record("CASE_SUBMITTED_FOR_MODERATION", ENTITY, caseId, "Submitted the assessment of case "
                + sample.reference() + " (" + organisationName(sample.organisationId()) + ") for moderation");
        return sample.toSummary(organisationName(sample.organisationId()));
    }

    /**
     * A quality manager completed the moderation of a submitted case: submitted for moderation becomes moderated.
     * Whether they may moderate it (independence) is the assessment feature's decision, made before this.
     */
    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER)
    public CaseSummary markModerated(long caseId) {
        CaseSample sample = readable("MODERATE_CASE", caseId);
        if (!sample.status().canMoveTo(CaseStatus.MODERATED)) {
            throw new ChangeRefused("status", "Case " + sample.reference() + " is " + sample.status().inSentence()
                    + ": only a case submitted for moderation can be moderated.");
        }
        sample.moderated();
        auditLog.record("CASE_MODERATED", ENTITY, caseId, "Moderated case " + sample.reference() + " ("
                + organisationName(sample.organisationId()) + ")");
        return sample.toSummary(organisationName(sample.organisationId()));
    }

    /**
     * Releases a case's outcome to its provider: a moderated case, or a submitted one moderation did not pick. The
     * assessment feature calls this when moderation completes (a quality manager) or when a submitted scorecard is
     * not picked (its assessor, who reaches only their own cases here); it decides which.
     */
    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER_OR_ASSESSOR)
    public CaseSummary release(long caseId) {
        CaseSample sample = readable("RELEASE_CASE", caseId);
        if (!sample.status().canMoveTo(CaseStatus.RELEASED)) {
            throw new ChangeRefused("status", "Case " + sample.reference() + " is " + sample.status().inSentence()
                    + ": only a submitted or moderated case can be released.");
        }
        sample.release();
        auditLog.record("CASE_RELEASED", ENTITY, caseId, "Released the outcome of case " + sample.reference() + " ("
                + organisationName(sample.organisationId()) + ") to its provider");
        return sample.toSummary(organisationName(sample.organisationId()));
    }

    private static Specification<CaseSample> assignedSpecification(AssignedQuery query, long assessorId) {
        return (root, criteria, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("assessorId"), assessorId));
            where.add(root.get("status").in(query.statuses().isEmpty() ? AssignedQuery.WORKING : query.statuses()));
            if (query.round() != null) {
                where.add(cb.equal(root.get("assessmentMonth"), query.round().atDay(1)));
            }
            String reference = query.reference() == null ? "" : query.reference().strip();
            if (!reference.isEmpty()) {
                where.add(cb.like(cb.upper(root.get("reference")), "%" + escapeLike(reference) + "%", '\\'));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return text.toUpperCase(Locale.UK).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    // --- the quality team's lists and moves ---------------------------------------------------------------------

    /** A page of a round's cases in the caller's order (by {@link #SORTABLE} properties). */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<CaseSummary> search(CaseQuery query, Pageable pageable) {
        Map<Long, String> names = organisationNames();
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), checkedSort(pageable.getSort()));
        return cases.findAll(specification(query), page).stream()
                .map(sample -> sample.toSummary(names.getOrDefault(sample.organisationId(), unknown(sample))))
                .toList();
    }

    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public long count(CaseQuery query) {
        return cases.count(specification(query));
    }

    /**
     * The organisation's case (not withdrawn) with this reference, compared as the database compares text (ignoring
     * case and accents), for a quality manager who knows a case by its reference.
     */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public Optional<CaseSummary> caseByReference(long organisationId, String reference) {
        String name = organisationName(organisationId);
        return cases.findLive(organisationId, reference.strip()).stream().findFirst()
                .map(sample -> sample.toSummary(name));
    }

    /** The chosen cases, for a quality manager about to assign them; every id must exist. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<CaseSummary> casesById(Collection<Long> caseIds) {
        Map<Long, String> names = organisationNames();
        List<CaseSample> found = cases.findAllById(caseIds);
        if (found.size() != Set.copyOf(caseIds).size()) {
            throw new ItemNotFoundException(ENTITY);
        }
        return found.stream().map(sample -> sample.toSummary(names.getOrDefault(sample.organisationId(),
                unknown(sample)))).toList();
    }

    /**
     * Gives the cases to an assessor (triage has checked the assessor is independent of each): a received case is
     * queued, a queued one reassigned; each move audited and published. All or none: a case that can no longer be
     * assigned undoes the whole call.
     */
    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER)
    public List<Assignment> assign(Collection<Long> caseIds, long assessorId, String assessorName) {
        Map<Long, String> names = organisationNames();
        List<CaseSample> chosen = cases.findAllById(caseIds);
        if (chosen.size() != Set.copyOf(caseIds).size()) {
            throw new ItemNotFoundException(ENTITY);
        }
        List<Assignment> done = new ArrayList<>();
        for (CaseSample sample : chosen) {
            String organisation = names.getOrDefault(sample.organisationId(), unknown(sample));
            Long before = sample.assessorId();
            String beforeName = sample.assessorName();
            if (before != null && before == assessorId) {
                done.add(new Assignment(sample.getId(), sample.reference(), sample.organisationId(), beforeName,
                        Assignment.Outcome.UNCHANGED));
                continue;
            }
            if (!sample.status().canMoveTo(CaseStatus.QUEUED)) {
                throw new ChangeRefused("cases", "Case " + sample.reference() + " (" + organisation + ") is "
                        + sample.status().inSentence() + " and can no longer be assigned.");
            }
            sample.assign(assessorId, assessorName, clock.instant());
            if (before == null) {
                auditLog.record("CASE_ASSIGNED", ENTITY, sample.getId(), "Assigned case " + sample.reference()
                        + " (" + organisation + ") to " + assessorName);
            } else {
                auditLog.record("CASE_REASSIGNED", ENTITY, sample.getId(), "Reassigned case " + sample.reference()
                        + " (" + organisation + ") from " + beforeName + " to " + assessorName);
            }
            events.publishEvent(new CaseAssigned(sample.getId(), sample.organisationId(), sample.assessmentMonth(),
                    assessorId, before));
            done.add(new Assignment(sample.getId(), sample.reference(), sample.organisationId(), beforeName,
                    before == null ? Assignment.Outcome.ASSIGNED : Assignment.Outcome.REASSIGNED));
        }
        return done;
    }

    /** Cases per assessor and status in a round, counted in the database. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<AssignedCount> assignedCounts(YearMonth round) {
        return cases.workload(round.atDay(1)).stream().map(row -> new AssignedCount((Long) row[0], (String) row[1],
                (CaseStatus) row[2], ((Number) row[3]).intValue())).toList();
    }

    /** Every organisation's month in two grouped queries: filed into the folder, and the round by status. */
    @PreAuthorize(Access.FUNDER_STAFF)
    public Map<Long, RoundProgress> roundProgress(YearMonth month) {
        Map<Long, int[]> filed = new HashMap<>();
        for (Object[] row : cases.filedByOrganisation(month.atDay(1))) {
            filed.put((Long) row[0], new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue()});
        }
        Map<Long, Map<CaseStatus, Integer>> round = new HashMap<>();
        for (Object[] row : cases.roundByStatus(month.atDay(1))) {
            round.computeIfAbsent((Long) row[0], id -> new java.util.EnumMap<>(CaseStatus.class))
                    .put((CaseStatus) row[1], ((Number) row[2]).intValue());
        }
        Map<Long, RoundProgress> progress = new HashMap<>();
        java.util.Set<Long> organisations = new java.util.HashSet<>(filed.keySet());
        organisations.addAll(round.keySet());
        for (Long id : organisations) {
            int[] f = filed.getOrDefault(id, new int[2]);
            progress.put(id, new RoundProgress(id, f[0], f[1], round.getOrDefault(id, Map.of())));
        }
        return progress;
    }

    /** Rounds before this month that still hold cases not yet assessed, oldest first. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<YearMonth> roundsWithOpenCases(YearMonth before) {
        return cases.roundsWithOpenCases(before.atDay(1), CaseStatus.OPEN).stream().map(YearMonth::from).toList();
    }

    /**
     * Moves every case of a round not yet assessed into the next month's round (seed 001), each audited and
     * published. The cases are locked first, so two callers at once take turns and the second finds none left.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<Long> rollOverOpenCases(YearMonth closing) {
        LocalDate month = closing.atDay(1);
        YearMonth into = closing.plusMonths(1);
        List<Map<String, Object>> moving = jdbc.queryForList("select id, organisation_id from case_sample"
                + " where assessment_month = ? and status in" + CaseStatus.OPEN.stream()
                .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ", " (", ")"))
                + " order by id for update", month);
        List<Long> ids = moving.stream().map(row -> ((Number) row.get("id")).longValue()).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            cases.rollOver(ids.subList(from, Math.min(ids.size(), from + 1000)), into.atDay(1), clock.instant());
        }
        for (Map<String, Object> row : moving) {
            long id = ((Number) row.get("id")).longValue();
            auditLog.record("CASE_ROLLED_OVER", ENTITY, id, "Not assessed by the end of " + DateFormats.month(closing)
                    + ": moved into the " + DateFormats.month(into) + " assessment round");
            events.publishEvent(new CaseRolledOver(id, ((Number) row.get("organisation_id")).longValue(), closing,
                    into));
        }
        return ids;
    }

    private static Sort checkedSort(Sort sort) {
        for (Sort.Order order : sort) {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new IllegalArgumentException("Cases cannot be sorted by " + order.getProperty());
            }
        }
        return sort;
    }

    private static Specification<CaseSample> folderSpecification(FolderQuery query, @Nullable Long onlyAssessor) {
        return (root, criteria, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("organisationId"), query.organisationId()));
            where.add(cb.equal(root.get("folderMonth"), query.month().atDay(1)));
            if (onlyAssessor != null) {
                where.add(cb.equal(root.get("assessorId"), onlyAssessor));
            }
            String reference = query.reference() == null ? "" : query.reference().strip();
            if (!reference.isEmpty()) {
                where.add(cb.like(cb.upper(root.get("reference")), "%" + escapeLike(reference) + "%", '\\'));
            }
            if (query.status() != null) {
                where.add(cb.equal(root.get("status"), query.status()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Specification<CaseSample> specification(CaseQuery query) {
        return (root, criteria, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("assessmentMonth"), query.round().atDay(1)));
            if (query.status() == null) {
                where.add(root.get("status").in(CaseStatus.OPEN));
            } else {
                where.add(cb.equal(root.get("status"), query.status()));
            }
            if (query.organisationIds() != null) {
                where.add(query.organisationIds().isEmpty() ? cb.disjunction()
                        : root.get("organisationId").in(query.organisationIds()));
            }
            if (query.assessorId() != null) {
                where.add(cb.equal(root.get("assessorId"), query.assessorId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private Map<Long, String> organisationNames() {
        return organisations.visibleOrganisations().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
    }

    private String organisationName(long organisationId) {
        return organisations.findOrganisation(organisationId).name();
    }

    private static String unknown(CaseSample sample) {
        return "organisation " + sample.organisationId();
    }
}
