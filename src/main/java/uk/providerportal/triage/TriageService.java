package uk.providerportal.triage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.audit.AuditOutcome;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.cases.Assignment;
import uk.providerportal.cases.CaseQuery;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.CasesService;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Access;
import uk.providerportal.security.Role;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserService;

/**
 * The quality team's intake (seed 001): the triage queue across organisations (cases that arrived on time for their
 * week first, late weeks at the back), assignment to assessors who can assess the case independently, workload per
 * assessor, declared conflicts of interest, and the roll-over of unassessed cases into the next month's round.
 */
@Service
@Transactional(readOnly = true)
public class TriageService {

    static final Sort QUEUE_ORDER = Sort.by("late", "folderMonth", "sampleWeek", "submittedAt", "id");

    private final CasesService cases;
    private final AssessorConflictRepository conflicts;
    private final OrganisationService organisations;
    private final UserService users;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    TriageService(CasesService cases, AssessorConflictRepository conflicts, OrganisationService organisations,
                  UserService users, AuditLog auditLog, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                  Clock clock) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.cases = cases;
        this.conflicts = conflicts;
        this.organisations = organisations;
        this.users = users;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A page of the queue: unless the caller sorts otherwise, on-time cases by week, then late cases. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<CaseSummary> queue(QueueFilter filter, Pageable pageable) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort().and(QUEUE_ORDER) : QUEUE_ORDER;
        return cases.search(query(filter), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort));
    }

    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public long count(QueueFilter filter) {
        return cases.count(query(filter));
    }

    private CaseQuery query(QueueFilter filter) {
        Set<Long> organisationIds = null;
        if (filter.organisationId() != null) {
            organisationIds = Set.of(filter.organisationId());
        }
        if (filter.programmeId() != null) {
            Set<Long> inProgramme = organisations.visibleOrganisations().stream()
                    .filter(o -> o.programmeId() == filter.programmeId()).map(OrganisationSummary::id)
                    .collect(Collectors.toSet());
            organisationIds = organisationIds == null ? inProgramme
                    : organisationIds.stream().filter(inProgramme::contains).collect(Collectors.toSet());
        }
        return new CaseQuery(filter.round(), organisationIds, filter.status(), filter.assessorId());
    }

    /** The assessors a quality manager can assign. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<UserAccount> assessors() {
        return users.activeWithRole(Role.ASSESSOR);
    }

    /**
     * Assigns (or reassigns) the chosen cases to an assessor: all of them, or, if the assessor cannot take any one
     * of them independently or a case is past assignment, none.
     */
    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER)
    public AssignmentResult assign(Collection<Long> caseIds, long assessorId) {
        if (caseIds.isEmpty()) {
            throw new ChangeRefused("cases", "Choose at least one case to assign.");
        }
        UserAccount assessor = users.findAccount(assessorId)
                .orElseThrow(() -> new ChangeRefused("assessor", "Choose an assessor."));
        Set<Long> declared = conflicts.findByAssessorId(assessorId).stream().map(AssessorConflict::organisationId)
                .collect(Collectors.toSet());
        List<CaseSummary> chosen = cases.casesById(caseIds);
        List<String> problems = new ArrayList<>();
        for (CaseSummary sample : chosen) {
            String conflict = IndependenceCheck.conflict(assessor, sample.organisationId(), sample.organisationName(),
                    declared);
            if (conflict != null) {
                problems.add("Case " + sample.reference() + " (" + sample.organisationName() + "): " + conflict);
            } else if (!sample.status().canMoveTo(CaseStatus.QUEUED)) {
                problems.add("Case " + sample.reference() + " (" + sample.organisationName() + ") is "
                        + sample.status().inSentence() + " and can no longer be assigned.");
            }
        }
        if (!problems.isEmpty()) {
            auditLog.recordFor(auditLog.currentActor(), "ASSIGNMENT_REFUSED", CasesService.ENTITY, null,
                    "Refused to assign " + chosen.stream().map(CaseSummary::reference).limit(20)
                            .collect(Collectors.joining(", ")) + " to " + assessor.name() + ": "
                            + String.join(" ", problems), AuditOutcome.FAILED);
            return new AssignmentResult(0, 0, problems, "Nothing was assigned: " + problems.size()
                    + (problems.size() == 1 ? " case" : " cases") + " cannot go to " + assessor.name() + ".");
        }
        List<Assignment> done = cases.assign(caseIds, assessorId, assessor.name());
        int assigned = count(done, Assignment.Outcome.ASSIGNED);
        int reassigned = count(done, Assignment.Outcome.REASSIGNED);
        int moved = assigned + reassigned;
        String message = moved == 0 ? "These cases were already with " + assessor.name() + "."
                : "Assigned " + moved + (moved == 1 ? " case" : " cases") + " to " + assessor.name()
                + (reassigned > 0 ? " (" + reassigned + " reassigned from another assessor)." : ".");
        return new AssignmentResult(assigned, reassigned, List.of(), message);
    }

    private static int count(List<Assignment> done, Assignment.Outcome outcome) {
        return (int) done.stream().filter(assignment -> assignment.outcome() == outcome).count();
    }

    /** Cases per assessor in a round, every active assessor listed even with none. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<AssessorWorkload> workload(YearMonth round) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (UserAccount assessor : assessors()) {
            counts.put(assessor.id(), new int[3]);
            names.put(assessor.id(), assessor.name());
        }
        for (var row : cases.assignedCounts(round)) {
            names.putIfAbsent(row.assessorId(), row.assessorName());
            int[] count = counts.computeIfAbsent(row.assessorId(), key -> new int[3]);
            switch (row.status()) {
                case QUEUED, RECEIVED -> count[0] += row.cases();
                case IN_ASSESSMENT -> count[1] += row.cases();
                case SUBMITTED_FOR_MODERATION, MODERATED, RELEASED -> count[2] += row.cases();
                case WITHDRAWN -> { }
            }
        }
        return counts.entrySet().stream().map(e -> new AssessorWorkload(e.getKey(), names.get(e.getKey()),
                e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    // --- conflicts of interest ------------------------------------------------------------------------------

    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<ConflictOfInterest> conflicts() {
        Map<Long, OrganisationSummary> names = organisationsById();
        Map<Long, String> assessorNames = new LinkedHashMap<>();
        return conflicts.findAll(Sort.by("assessorId", "organisationId")).stream().map(conflict ->
                new ConflictOfInterest(Objects.requireNonNull(conflict.getId()), conflict.assessorId(),
                        assessorNames.computeIfAbsent(conflict.assessorId(), id -> users.findAccount(id)
                                .map(UserAccount::name).orElse("user " + id)),
                        conflict.organisationId(), name(names, conflict.organisationId()), conflict.reason(),
                        conflict.declaredBy(), conflict.getCreatedAt())).toList();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public ConflictOfInterest declareConflict(long assessorId, long organisationId, String reason) {
        UserAccount assessor = users.findAccount(assessorId)
                .filter(account -> account.roles().contains(Role.ASSESSOR))
                .orElseThrow(() -> new ChangeRefused("assessor", "Choose an assessor."));
        OrganisationSummary organisation = organisationsById().get(organisationId);
        if (organisation == null) {
            throw new ChangeRefused("organisation", "Choose a delivery partner.");
        }
        if (reason.isBlank()) {
            throw new ChangeRefused("reason", "Say what the conflict of interest is.");
        }
        if (conflicts.existsByAssessorIdAndOrganisationId(assessorId, organisationId)) {
            throw new ChangeRefused("organisation", assessor.name() + " already has a declared conflict with "
                    + organisation.name() + ".");
        }
        var conflict = conflicts.saveAndFlush(new AssessorConflict(assessorId, organisationId, reason.strip(),
                auditLog.currentActor().name()));
        auditLog.record("CONFLICT_DECLARED", "AssessorConflict", conflict.getId(), assessor.name()
                + " has a conflict of interest with " + organisation.name() + ": " + reason.strip());
        return new ConflictOfInterest(Objects.requireNonNull(conflict.getId()), assessorId, assessor.name(),
                organisationId, organisation.name(), conflict.reason(), conflict.declaredBy(), conflict.getCreatedAt());
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public void removeConflict(long conflictId) {
        AssessorConflict conflict = conflicts.findById(conflictId)
                .orElseThrow(() -> new ItemNotFoundException("Conflict of interest " + conflictId));
        conflicts.delete(conflict);
        auditLog.record("CONFLICT_REMOVED", "AssessorConflict", conflictId, "Removed the conflict of interest of "
                + users.findAccount(conflict.assessorId()).map(UserAccount::name).orElse("assessor")
                + " with " + name(organisationsById(), conflict.organisationId()));
    }

    // --- roll-over ------------------------------------------------------------------------------------------

    /**
     * Closes an assessment round (seed 001): its cases not yet assessed move into the next month's round, each
     * audited. Safe to run twice, or on several instances at once: the round's row in {@code roll_over} is created
     * once (in its own short transaction) and then locked, so runs of one round take turns, and whoever comes
     * second finds nothing left to move.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public RollOverResult rollOver(YearMonth closing) {
        YearMonth now = YearMonth.now(clock);
        if (!closing.isBefore(now)) {
            throw new ChangeRefused("month", "The " + DateFormats.month(closing) + " round is open until its last day;"
                    + " it rolls over once the month has ended.");
        }
        String actor = auditLog.currentActor().name();
        LocalDateTime ranAt = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate month = closing.atDay(1);
        boolean claimed = Boolean.TRUE.equals(ownTransaction.execute(status -> jdbc.update(
                "insert ignore into roll_over (closed_month, ran_at, ran_by, cases_moved) values (?, ?, ?, 0)",
                month, ranAt, actor) == 1));
        int movedBefore = Objects.requireNonNull(jdbc.queryForObject(
                "select cases_moved from roll_over where closed_month = ? for update", Integer.class, month));
        int moved = cases.rollOverOpenCases(closing).size();
        if (moved > 0) {
            // Whoever moves the cases is named, even if another run created the round's row a moment earlier.
            jdbc.update("update roll_over set cases_moved = cases_moved + ?, ran_at = ?, ran_by = ? where closed_month = ?",
                    moved, ranAt, actor, month);
            auditLog.record("CASES_ROLLED_OVER", CasesService.ENTITY, null, moved + (moved == 1 ? " case" : " cases")
                    + " not assessed by the end of " + DateFormats.month(closing) + " moved into the "
                    + DateFormats.month(closing.plusMonths(1)) + " assessment round");
        }
        RollOverResult round = rollOver(month);
        // Nothing moved by this run, and either another run moved them or another run closed the round first.
        boolean alreadyDone = moved == 0 && (movedBefore > 0 || !claimed);
        return new RollOverResult(closing, round.ranAt(), round.ranBy(), round.casesMoved(), alreadyDone);
    }

    /** Rolls over every ended round that still holds open cases, oldest first, so a missed night catches up. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<RollOverResult> rollOverDue() {
        YearMonth now = YearMonth.now(clock);
        List<RollOverResult> results = new ArrayList<>();
        Set<YearMonth> done = new java.util.HashSet<>();
        for (YearMonth due = firstDue(now); due != null && done.add(due); due = firstDue(now)) {
            results.add(rollOver(due));
        }
        return results;
    }

    private @Nullable YearMonth firstDue(YearMonth now) {
        List<YearMonth> rounds = cases.roundsWithOpenCases(now);
        return rounds.isEmpty() ? null : rounds.getFirst();
    }

    private RollOverResult rollOver(LocalDate closedMonth) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select closed_month, ran_at, ran_by, cases_moved from roll_over where closed_month = ?",
                ROLL_OVER, closedMonth));
    }

    private static final RowMapper<RollOverResult> ROLL_OVER = (rs, i) ->
            new RollOverResult(YearMonth.from(rs.getDate(1).toLocalDate()),
                    rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(3),
                    rs.getInt(4), true);

    /** The latest closed rounds, newest first. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<RollOverResult> rollOvers() {
        return jdbc.query("select closed_month, ran_at, ran_by, cases_moved from roll_over order by closed_month desc"
                + " limit 24", ROLL_OVER);
    }

    private Map<Long, OrganisationSummary> organisationsById() {
        return organisations.visibleOrganisations().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
    }

    private static String name(Map<Long, OrganisationSummary> organisations, long id) {
        OrganisationSummary organisation = organisations.get(id);
        return organisation == null ? "organisation " + id : organisation.name();
    }
}
