package uk.providerportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.providerportal.appeal.AppealFixtures;
import uk.providerportal.appeal.AppealRecord;
import uk.providerportal.appeal.AppealService;
import uk.providerportal.appeal.AppealStatus;
import uk.providerportal.appeal.ItemDecision;
import uk.providerportal.appeal.ReviewerChoice;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.ModerationChange;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.OutcomeAmendment;
import uk.providerportal.assessment.OutcomeLockService;
import uk.providerportal.assessment.Scorecard;
import uk.providerportal.assessment.ScorecardAnswer;
import uk.providerportal.assessment.ScorecardDraft;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.audit.AuditQuery;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.calendar.AssessmentCalendar;
import uk.providerportal.calibration.CalibrationRequestMeeting;
import uk.providerportal.calibration.CalibrationRequestQuery;
import uk.providerportal.calibration.CalibrationRequestService;
import uk.providerportal.calibration.CalibrationRequestSession;
import uk.providerportal.calibration.CalibrationRequestSummary;
import uk.providerportal.calendar.ExceptionKind;
import uk.providerportal.calendar.MonthTimetable;
import uk.providerportal.calendar.WorkingDayCalendar;
import uk.providerportal.calibration.BlindAnswers;
import uk.providerportal.calibration.BlindScorecard;
import uk.providerportal.calibration.CalibrationService;
import uk.providerportal.calibration.ExerciseStatus;
import uk.providerportal.calibration.NewExercise;
import uk.providerportal.cases.AdviceChannel;
import uk.providerportal.cases.AssignedQuery;
import uk.providerportal.cases.CaseFixtures;
import uk.providerportal.cases.CaseQuery;
import uk.providerportal.cases.CasesService;
import uk.providerportal.cases.NewCaseRecord;
import uk.providerportal.kpi.KpiService;
import uk.providerportal.jobs.JobOutcome;
import uk.providerportal.kpi.KpiReports;
import uk.providerportal.jobs.JobService;
import uk.providerportal.jobs.JobStatus;
import uk.providerportal.jobs.JobSummary;
import uk.providerportal.notification.NoticeKind;
import uk.providerportal.notification.NotificationService;
import uk.providerportal.notification.OutboxFilter;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationDetails;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.organisation.ProgrammeSummary;
import uk.providerportal.policy.AppealPolicy;
import uk.providerportal.policy.KpiPolicy;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.policy.SubmissionRules;
import uk.providerportal.security.Role;
import uk.providerportal.selfassessment.SelfAssessmentAnswer;
import uk.providerportal.selfassessment.SelfAssessmentDraft;
import uk.providerportal.selfassessment.SelfAssessmentService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.sla.SlaService;
import uk.providerportal.sla.SlaWorkbooks;
import uk.providerportal.standard.Standard;
import uk.providerportal.standard.StandardsService;
import uk.providerportal.performance.ActionPlanDraft;
import uk.providerportal.performance.ActionStatus;
import uk.providerportal.performance.AssuranceArea;
import uk.providerportal.performance.AssuranceRating;
import uk.providerportal.performance.Finding;
import uk.providerportal.performance.InterventionLevel;
import uk.providerportal.performance.LevelChange;
import uk.providerportal.performance.NewAssuranceReview;
import uk.providerportal.performance.PerformanceRecord;
import uk.providerportal.performance.PerformanceService;
import uk.providerportal.returns.ContractKpiService;
import uk.providerportal.returns.Frequency;
import uk.providerportal.returns.KpiMeasure;
import uk.providerportal.returns.KpiSource;
import uk.providerportal.returns.NewContractKpi;
import uk.providerportal.returns.ReturnService;
import uk.providerportal.returns.ReturnType;
import uk.providerportal.returns.TierBounds;
import uk.providerportal.story.ConsentUse;
import uk.providerportal.story.StoryDraft;
import uk.providerportal.story.StoryRecord;
import uk.providerportal.story.StoryService;
import uk.providerportal.story.StoryStatus;
import uk.providerportal.story.StoryUpload;
import uk.providerportal.submission.CaseFileUpload;
import uk.providerportal.submission.CaseFiles;
import uk.providerportal.submission.NewCaseSample;
import uk.providerportal.submission.SubmissionService;
import uk.providerportal.triage.QueueFilter;
import uk.providerportal.triage.TriageService;
import uk.providerportal.user.SignInClaims;
import uk.providerportal.user.UserFilter;
import uk.providerportal.user.UserService;

/**
 * Every public method of every feature service, for each role, against the caller's own organisation and another
 * one: exactly the expected allow or deny, and every deny lands in the audit trail. The list of methods comes from
 * the services themselves, so a new method without a row here fails the build ({@link #everyPublicServiceMethod_hasARow}),
 * unless {@link ArchitectureTest#PUBLIC_BY_DESIGN} lists it with its reason.
 *
 * <p>Each row really does its work: it reads or changes the target organisation's data with valid input, so an
 * allowed call succeeds and a refusal can only be the access rule. A row's {@link Scope} says how the organisation
 * enters: the target organisation itself; always the caller's own (the row then checks that the work landed there and
 * not in the target); or none at all (programme-wide and funder-wide operations, run once per role).
 */
@PortalTest
class AuthorizationMatrixIT {

    enum Tenant { OWN, OTHER }

    enum Scope { ORGANISATION, CALLERS_OWN, NONE }

    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    static final Set<Role> FUNDER = EnumSet.of(Role.QUALITY_MANAGER, Role.ASSESSOR, Role.ADMIN);
    static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    static final Set<Role> QUALITY_MANAGER = EnumSet.of(Role.QUALITY_MANAGER);
    static final Set<Role> ADMIN_OR_QM = EnumSet.of(Role.ADMIN, Role.QUALITY_MANAGER);
    static final Set<Role> PROVIDER = EnumSet.of(Role.PROVIDER_USER);
    static final Set<Role> ASSESSOR = EnumSet.of(Role.ASSESSOR);
    static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);
    static final Set<Role> QM_OR_ASSESSOR = EnumSet.of(Role.QUALITY_MANAGER, Role.ASSESSOR);
    static final Set<Role> PROVIDER_OR_QM = EnumSet.of(Role.PROVIDER_USER, Role.QUALITY_MANAGER);
    /** Case content: the provider of the case's organisation, quality managers and admins; an assessor only when
     * the case is assigned to them, which the matrix's cases never are (see {@code CaseAccessIT}). */
    static final Set<Role> CASE_READERS = EnumSet.of(Role.PROVIDER_USER, Role.QUALITY_MANAGER, Role.ADMIN);

    /** Where a row acts: the organisation under test and, for a provider user, their own. */
    record Target(Role role, Tenant tenant, long organisationId, long callersOrganisationId) {
    }

    interface Call {
        Object invoke(Target target) throws Exception;
    }

    /**
     * @param method the service method, as {@code Service.method}, with parameter types when overloaded
     * @param allowedOwn roles allowed against their own organisation (funder staff "own" every organisation)
     * @param allowedOther roles allowed against another organisation
     * @param filtered a refusal here is a narrower answer (other organisations left out), not an audited denial
     */
    record Operation(String method, Scope scope, Set<Role> allowedOwn, Set<Role> allowedOther, boolean filtered,
                     Call call) {
    }

    static Operation org(String method, Set<Role> own, Set<Role> other, Call call) {
        return new Operation(method, Scope.ORGANISATION, own, other, false, call);
    }

    static Operation callersOwn(String method, Set<Role> allowed, Call call) {
        return new Operation(method, Scope.CALLERS_OWN, allowed, allowed, false, call);
    }

    static Operation global(String method, Set<Role> allowed, Call call) {
        return new Operation(method, Scope.NONE, allowed, allowed, false, call);
    }

    /** The world the matrix acts in, made once: two delivery partners of its own and the people playing each role. */
    record World(Fixtures.Partner own, Fixtures.Partner other, String assessor, long programmeId, YearMonth month) {
    }

    static World world;
    static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Months in the past (each locked once), counted apart from SEQUENCE, which grows with every row. */
    static final AtomicInteger LOCKED_MONTHS = new AtomicInteger();
    /** Months whose KPIs a row publishes or records, each once (from February 2023, before the demo's history). */
    static final AtomicInteger KPI_MONTHS = new AtomicInteger();

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired OrganisationService organisations;
    @Autowired UserService users;
    @Autowired AuditLog auditLog;
    @Autowired SlaService sla;
    @Autowired PolicyService policies;
    @Autowired StandardsService standards;
    @Autowired AssessmentCalendar assessmentCalendar;
    @Autowired WorkingDayCalendar workingDays;
    @Autowired CasesService cases;
    @Autowired SubmissionService submissions;
    @Autowired TriageService triage;
    @Autowired JobService jobs;
    @Autowired AssessmentService assessments;
    @Autowired ModerationService moderation;
    @Autowired KpiService kpis;
    @Autowired SelfAssessmentService selfAssessments;
    @Autowired OutcomeLockService outcomeLocks;
    @Autowired CalibrationRequestService calibrationRequests;
    @Autowired CalibrationService calibration;
    @Autowired NotificationService notifications;
    @Autowired KpiReports kpiReports;
    @Autowired AppealService appeals;
    @Autowired StoryService storyService;
    @Autowired uk.providerportal.contractreview.ContractReviewService contractReviews;
    @Autowired PerformanceService performanceService;
    @Autowired ReturnService returnService;
    @Autowired ContractKpiService contractKpis;

    /** The month whose returns the matrix sends: ended by its pinned today, 15 September 2027. */
    static final YearMonth RETURN_MONTH = YearMonth.of(2027, 8);
    /** Earlier months, one per recorded return. */
    static final AtomicInteger RETURN_MONTHS = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        fixtures.today("2027-09-15");
        if (world == null) {
            YearMonth month = YearMonth.of(2027, 9);
            Fixtures.Partner own = fixtures.partner();
            Fixtures.Partner other = fixtures.partner();
            fixtures.agree(own, month, 500, 200);
            fixtures.agree(other, month, 500, 200);
            long programme = asAdmin(() -> organisations.ensureProgramme("MATRIX", "Authorization matrix programme"));
            world = new World(own, other, fixtures.assessor(), programme, month);
            // Every scorecard the matrix submits is picked for moderation, so it waits for a quality manager.
            signInAs.call("helen.carter", () -> moderation.setRate(month, 100));
        }
    }

    @AfterAll
    static void resetClock(@Autowired MutableClock clock) {
        clock.reset();
    }

    String player(Role role) {
        return switch (role) {
            case PROVIDER_USER -> world.own().provider();
            case QUALITY_MANAGER -> "helen.carter";
            case ASSESSOR -> world.assessor();
            case ADMIN -> "alex.reid";
        };
    }

    <T> T asAdmin(java.util.concurrent.Callable<T> work) throws Exception {
        return signInAs.call("alex.reid", work);
    }

    // --- appeals ---------------------------------------------------------------------------------------------

    static final Map<Long, AppealFixtures.AppealMonth> APPEAL_MONTHS = new java.util.concurrent.ConcurrentHashMap<>();
    static final Map<Long, Long> LODGED_APPEALS = new java.util.concurrent.ConcurrentHashMap<>();
    static final Map<Long, AppealFixtures.AppealMonth> APPEAL_MONTHS_BY_APPEAL =
            new java.util.concurrent.ConcurrentHashMap<>();

    AppealFixtures appealFixtures() {
        return new AppealFixtures(signInAs, fixtures, jdbc, clock, triage, assessments, moderation, selfAssessments,
                kpis);
    }

    String providerOf(long organisationId) {
        return organisationId == world.own().id() ? world.own().provider() : world.other().provider();
    }

    /** A published month the organisation can appeal, made once per organisation. */
    AppealFixtures.AppealMonth appealMonthOf(long organisationId) throws Exception {
        AppealFixtures.AppealMonth made = APPEAL_MONTHS.get(organisationId);
        if (made == null) {
            made = newAppealMonth(organisationId);
            APPEAL_MONTHS.put(organisationId, made);
        }
        return made;
    }

    AppealFixtures.AppealMonth newAppealMonth(long organisationId) throws Exception {
        return appealFixtures().appealable(organisationId, providerOf(organisationId), AppealFixtures.nextMonth());
    }

    /** The organisation's appeal month with a draft holding both unmet standards, saved by its provider. */
    AppealFixtures.AppealMonth draftedAppealMonthOf(long organisationId) throws Exception {
        var made = appealMonthOf(organisationId);
        var draft = signInAs.call("helen.carter", () -> appeals.appeal(organisationId, made.month()));
        if (draft.map(d -> d.items().size() < 2).orElse(true)) {
            long version = draft.map(AppealRecord::version).orElse(-1L);
            signInAs.call(providerOf(organisationId), () -> appeals.saveDraft(organisationId, made.month(),
                    made.bothUnmet("Matrix draft"), version));
        }
        return made;
    }

    static final Map<Long, Long> EVIDENCE = new java.util.concurrent.ConcurrentHashMap<>();

    /** An evidence file of the organisation's draft appeal, attached once by its provider; returns its id. */
    long evidenceOf(long organisationId) throws Exception {
        Long id = EVIDENCE.get(organisationId);
        if (id == null) {
            id = newEvidenceOf(organisationId);
            EVIDENCE.put(organisationId, id);
        }
        return id;
    }

    /** A new evidence file of the organisation's draft appeal, attached by its provider; returns its id. */
    long newEvidenceOf(long organisationId) throws Exception {
        var made = draftedAppealMonthOf(organisationId);
        Path file = evidencePdf();
        try {
            return signInAs.call(providerOf(organisationId), () -> appeals.attachEvidence(organisationId,
                    made.month(), made.failingCaseId(), made.unmetVersionIds().get(1), "evidence.pdf", file)).id();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static Path evidencePdf() throws java.io.IOException {
        Path file = Files.createTempFile("matrix-evidence", ".pdf");
        Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return file;
    }

    long draftVersion(AppealFixtures.AppealMonth made) throws Exception {
        return signInAs.call("helen.carter", () -> appeals.appeal(made.organisationId(), made.month()))
                .map(AppealRecord::version).orElse(-1L);
    }

    /** An appeal lodged by the organisation's provider, made once per organisation. */
    long lodgedAppealOf(long organisationId) throws Exception {
        Long id = LODGED_APPEALS.get(organisationId);
        if (id == null) {
            id = lodgedAppeal(organisationId);
            LODGED_APPEALS.put(organisationId, id);
        }
        return id;
    }

    long lodgedAppeal(long organisationId) throws Exception {
        var made = newAppealMonth(organisationId);
        long id = signInAs.call(providerOf(organisationId), () -> appeals.lodge(organisationId, made.month(),
                made.bothUnmet("Matrix: the record shows it"), -1)).id();
        APPEAL_MONTHS_BY_APPEAL.put(id, made);
        return id;
    }

    long lodgedAppealAssignedToHelen(long organisationId) throws Exception {
        long id = lodgedAppeal(organisationId);
        signInAs.call("helen.carter", () -> appeals.assign(id, fixtures.userId("helen.carter")));
        return id;
    }

    /** The organisation's appeals template with a rationale beside its first standard, saved to a file. */
    Path filledTemplate(AppealFixtures.AppealMonth made) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        signInAs.call("helen.carter", () -> {
            appeals.writeTemplate(made.organisationId(), made.month(), out);
            return null;
        });
        Path file = Files.createTempFile("matrix-appeals", ".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(out.toByteArray())); var written = Files.newOutputStream(file)) {
            var sheet = workbook.getSheetAt(0);
            sheet.getRow(1).getCell(6, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue("Matrix: the record shows it");
            workbook.write(written);
        }
        return file;
    }

    // --- good news stories -------------------------------------------------------------------------------

    static final Map<Long, Long> SUBMITTED_STORIES = new java.util.concurrent.ConcurrentHashMap<>();
    static final Map<Long, Long> FORWARDED_STORIES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A small PDF with bytes of its own: a consent form's content hash belongs to one story only. */
    static Path storyPdf(String label) throws java.io.IOException {
        Path file = Files.createTempFile("matrix-" + label, ".pdf");
        Files.writeString(file, "%PDF-1.4\n% " + unique(label) + " " + java.util.UUID.randomUUID()
                + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return file;
    }

    static StoryDraft storyDraft() {
        return new StoryDraft("Matrix story", "A matrix summary", "The matrix story.", "Matrix participant",
                LocalDate.of(2027, 9, 1), EnumSet.of(ConsentUse.INTERNAL, ConsentUse.PUBLICITY), null);
    }

    /** A new story of the organisation, saved by its provider with its own consent form and a story document. */
    StoryRecord newStoryOf(long organisationId, boolean submit) throws Exception {
        Path consent = storyPdf("consent");
        Path document = storyPdf("template");
        try {
            return signInAs.call(providerOf(organisationId), () -> storyService.create(organisationId, storyDraft(),
                    new StoryUpload("consent.pdf", consent), new StoryUpload("template.pdf", document), submit));
        } finally {
            Files.deleteIfExists(consent);
            Files.deleteIfExists(document);
        }
    }

    /** A submitted story of the organisation, made once per organisation: what reading rows and refusals act on. */
    long submittedStoryOf(long organisationId) throws Exception {
        Long id = SUBMITTED_STORIES.get(organisationId);
        if (id == null) {
            id = newStoryOf(organisationId, true).id();
            SUBMITTED_STORIES.put(organisationId, id);
        }
        return id;
    }

    /** A story of the organisation forwarded to the national team, made once per organisation. */
    long forwardedStoryOf(long organisationId) throws Exception {
        Long id = FORWARDED_STORIES.get(organisationId);
        if (id == null) {
            id = storyAt(organisationId, StoryStatus.FORWARDED).id();
            FORWARDED_STORIES.put(organisationId, id);
        }
        return id;
    }

    StoryRecord storyRecord(long storyId) throws Exception {
        return signInAs.call("helen.carter", () -> storyService.story(storyId));
    }

    /** A new submitted story of the organisation, moved on to the status (forwarded or a relevance step). */
    StoryRecord storyAt(long organisationId, StoryStatus status) throws Exception {
        StoryRecord submitted = newStoryOf(organisationId, true);
        StoryRecord forwarded = signInAs.call("helen.carter", () -> storyService.forward(submitted.id(),
                submitted.version()));
        if (status == StoryStatus.FORWARDED) {
            return forwarded;
        }
        StoryRecord checking = signInAs.call("helen.carter", () -> storyService.requestRelevanceCheck(forwarded.id(),
                forwarded.version(), "Matrix: still relevant?"));
        if (status == StoryStatus.RELEVANCE_CHECK) {
            return checking;
        }
        return signInAs.call(providerOf(organisationId), () -> storyService.answerRelevanceCheck(checking.id(),
                checking.version(), "Matrix: yes"));
    }

    // --- contract reviews ------------------------------------------------------------------------------------

    /** Months reviewed by the rows that schedule, each once (from January 2040, far from any other test's). */
    static final class Months {
        private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        private final YearMonth first;

        Months(YearMonth first) {
            this.first = first;
        }

        YearMonth next() {
            return first.plusMonths(next.getAndIncrement());
        }
    }

    static final Months REVIEW_MONTHS = new Months(YearMonth.of(2040, 1));
    static final Map<Long, Long> REVIEWS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A scheduled review of the organisation, made once per organisation by Helen: what reading rows act on. */
    long reviewOf(long organisationId) throws Exception {
        Long id = REVIEWS.get(organisationId);
        if (id == null) {
            id = newReviewOf(organisationId).id();
            REVIEWS.put(organisationId, id);
        }
        return id;
    }

    uk.providerportal.contractreview.ContractReviewRecord newReviewOf(long organisationId) throws Exception {
        YearMonth month = REVIEW_MONTHS.next();
        return signInAs.call("helen.carter", () -> contractReviews.schedule(organisationId, month,
                month.plusMonths(1).atDay(10), "Matrix attendees"));
    }

    /** The caller gets fresh state only where the row lets them change it; everyone else acts on the shared one. */
    StoryRecord freshStoryFor(Target t, Set<Role> changers, StoryStatus status) throws Exception {
        boolean changes = changers.contains(t.role()) && (t.role() != Role.PROVIDER_USER || t.tenant() == Tenant.OWN);
        if (!changes) {
            return storyRecord(submittedStoryOf(t.organisationId()));
        }
        return switch (status) {
            case DRAFT -> newStoryOf(t.organisationId(), false);
            case SUBMITTED -> newStoryOf(t.organisationId(), true);
            default -> storyAt(t.organisationId(), status);
        };
    }

    /** The version of the organisation's performance record a change must quote (0 before its first change). */
    long performanceVersion(long organisationId) {
        return jdbc.queryForList("select version from performance_contract where organisation_id = ?", Long.class,
                organisationId).stream().findFirst().orElse(0L);
    }

    /** A plan with a flight path, so it is accepted at any intervention level. */
    static ActionPlanDraft matrixPlan() {
        return new ActionPlanDraft(List.of(new ActionPlanDraft.Action("Matrix action", "Matrix owner",
                "Matrix measure", LocalDate.of(2099, 12, 31), ActionStatus.ON_TRACK, List.of(
                        new ActionPlanDraft.Milestone(LocalDate.of(2099, 6, 30), "Matrix milestone")))),
                "Matrix flight path");
    }

    /** The organisation's action plan, saved by its provider if it has none yet. */
    void planOf(long organisationId) throws Exception {
        String provider = providerOf(organisationId);
        if (signInAs.call(provider, () -> performanceService.workspace(organisationId)).planNumber() == 0) {
            signInAs.call(provider, () -> performanceService.saveActionPlan(organisationId,
                    performanceVersion(organisationId), matrixPlan()));
        }
    }

    /** A new limited assurance review of the organisation, asking for an action plan. */
    PerformanceRecord limitedReviewOf(long organisationId) throws Exception {
        return signInAs.call("helen.carter", () -> performanceService.recordAssuranceReview(organisationId,
                new NewAssuranceReview(LocalDate.of(2020, 1, 1), AssuranceRating.LIMITED, List.of(new Finding(
                        AssuranceArea.GOVERNANCE, "Matrix finding")), LocalDate.of(2020, 2, 1))));
    }

    // --- what the rows act on ------------------------------------------------------------------------------

    static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    /** A new received case of the organisation, with one file row, straight in the database. */
    long newCaseOf(long organisationId) {
        long id = CaseFixtures.insertCase(jdbc, organisationId, unique("MATRIX"), world.month());
        CaseFixtures.insertFile(jdbc, id, "00/00/" + unique("matrix-key"), "0".repeat(64));
        return id;
    }

    /** A new case of the organisation, assigned to the matrix's assessor by the quality manager. */
    long assignedCaseOf(long organisationId) throws Exception {
        long id = newCaseOf(organisationId);
        var result = signInAs.call("helen.carter", () -> triage.assign(List.of(id), fixtures.userId(world.assessor())));
        assertThat(result.done()).as(result.message()).isTrue();
        return id;
    }

    /** A new case of the organisation, assigned to the matrix's assessor and started by them. */
    Scorecard startedCaseOf(long organisationId) throws Exception {
        long id = assignedCaseOf(organisationId);
        return signInAs.call(world.assessor(), () -> assessments.start(id));
    }

    /** A new case of the organisation, scored and submitted by the matrix's assessor: it waits for moderation. */
    long submittedCaseOf(long organisationId) throws Exception {
        Scorecard card = startedCaseOf(organisationId);
        return signInAs.call(world.assessor(), () -> assessments.submit(card.caseId(), everyStandard(card,
                Outcome.MET))).caseId();
    }

    /** A new case of the organisation, submitted and moderated (agreed): released to its provider. */
    long releasedCaseOf(long organisationId) throws Exception {
        long id = submittedCaseOf(organisationId);
        signInAs.call("helen.carter", () -> moderation.complete(id, List.of()));
        return id;
    }

    /** A new case of the organisation whose moderator made its first standard unmet: released to its provider. */
    long releasedCaseWithAnUnmetStandardOf(long organisationId) throws Exception {
        long id = submittedCaseOf(organisationId);
        long versionId = signInAs.call("helen.carter", () -> moderation.moderation(id)).lines().getFirst()
                .standardVersionId();
        signInAs.call("helen.carter", () -> moderation.complete(id, List.of(new ModerationChange(versionId,
                Outcome.NOT_MET, CustomerImpact.ACTUAL_DETRIMENT, "Matrix note", "Matrix: not met on review"))));
        return id;
    }

    /** A month before the matrix's month with a published KPI for the organisation (recorded by an admin once). */
    static final YearMonth KPI_MONTH = YearMonth.of(2027, 6);

    YearMonth publishedKpiOf(long organisationId) throws Exception {
        asAdmin(() -> kpis.published(organisationId, KPI_MONTH).isPresent() ? null
                : kpis.recordEarlierPublication(organisationId, KPI_MONTH, 20, 16, new BigDecimal("1700"), 1,
                        LocalDate.of(2027, 6, 30), "authorization matrix"));
        return KPI_MONTH;
    }

    /** A calibration request of the organisation's provider user on one of its released cases. */
    CalibrationRequestSummary calibrationRequestOf(long organisationId) throws Exception {
        long id = releasedCaseOf(organisationId);
        String provider = organisationId == world.own().id() ? world.own().provider() : world.other().provider();
        return signInAs.call(provider, () -> calibrationRequests.askAboutCase(id, "Matrix: please discuss standard 1a"));
    }

    static CalibrationRequestSession sessionNextWeek() {
        return new CalibrationRequestSession(LocalDate.of(2027, 9, 22), java.time.LocalTime.of(10, 0),
                CalibrationRequestMeeting.IN_PERSON, "Room 4, Funder House");
    }

    /** Every standard of the scorecard answered. */
    static ScorecardDraft everyStandard(Scorecard card, Outcome outcome) {
        return new ScorecardDraft(card.version(), "Matrix check", card.lines().stream()
                .map(line -> new ScorecardAnswer(line.standardVersionId(), outcome, null, null)).toList());
    }

    /**
     * A calibration exercise, set up by the quality manager on a new case of the organisation, inviting the
     * matrix's assessor and {@code others} more new assessors; returns its id.
     */
    long exerciseOn(long organisationId, int others) throws Exception {
        long caseId = newCaseOf(organisationId);
        String reference = jdbc.queryForObject("select reference from case_sample where id = ?", String.class, caseId);
        List<Long> invited = new ArrayList<>(List.of(fixtures.userId(world.assessor())));
        for (int i = 0; i < others; i++) {
            invited.add(fixtures.userId(fixtures.assessor()));
        }
        return signInAs.call("helen.carter", () -> calibration.setUp(new NewExercise(organisationId, reference,
                invited, LocalDate.of(2027, 9, 30)))).id();
    }

    /** The assessor's blind scorecard of the exercise with every standard met, submitted. */
    BlindScorecard submittedBy(String assessor, long exerciseId) throws Exception {
        return signInAs.call(assessor, () -> {
            BlindScorecard card = calibration.blindScorecard(exerciseId);
            return calibration.submitAnswers(exerciseId, everyStandard(card));
        });
    }

    static BlindAnswers everyStandard(BlindScorecard card) {
        return new BlindAnswers(card.version(), card.lines().stream()
                .map(line -> new ScorecardAnswer(line.standardVersionId(), Outcome.MET, null, null)).toList());
    }

    /** The other invited assessors of an exercise (not the matrix's own). */
    List<String> othersIn(long exerciseId) {
        return jdbc.queryForList("select i.subject from calibration_participant p join portal_user_identity i on"
                + " i.user_id = p.assessor_id where p.exercise_id = ? and p.assessor_id <> ? order by p.id",
                String.class, exerciseId, fixtures.userId(world.assessor()));
    }

    long fileOf(long caseId) {
        return jdbc.queryForObject("select min(id) from case_record_file where case_sample_id = ?", Long.class, caseId);
    }

    /** A provider user of that organisation other than the one playing the provider role. */
    long colleagueIn(long organisationId) {
        Fixtures.Partner partner = organisationId == world.own().id() ? world.own() : world.other();
        return fixtures.userId(fixtures.colleague(partner));
    }

    /** Someone who signed in through an unknown identity provider and waits for an admin. */
    long pendingPerson() {
        String subject = unique("matrix-pending");
        return users.signIn(new SignInClaims("https://matrix.example", subject, "Pending " + subject,
                subject + "@matrix.example", false, null, null, SignInClaims.Trust.none())).id();
    }

    /** Someone who signed in through another identity provider with the email of an existing user. */
    long claimantOf(long userId) throws Exception {
        String email = asAdmin(() -> users.findAccount(userId).orElseThrow().email());
        return users.signIn(new SignInClaims("https://matrix-elsewhere.example", unique("matrix-claimant"),
                "Claimant", email, true, null, null, SignInClaims.Trust.none())).id();
    }

    NewCaseSample sample() throws Exception {
        return new NewCaseSample(unique("MATRIX-SUB"), AdviceChannel.EMAIL, LocalDate.of(2027, 9, 1), "",
                List.of(CaseFiles.pdf("record.pdf")));
    }

    Path manifest(String reference, String fileName) throws Exception {
        return SlaWorkbooks.poi(List.of(
                List.of("Case reference", "Advice channel", "Completed on", "Linked call minutes", "Case record files"),
                List.of(reference, "Email", "2027-09-01", "", fileName)));
    }

    /** Waits (as whoever is acting) until the job has ended. */
    void waitForJob(long id) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!jobs.job(id).finished()) {
            assertThat(System.nanoTime()).as("job " + id + " ended in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    static <T> T verified(T value, boolean holds, String what) {
        assertThat(holds).as(what).isTrue();
        return value;
    }

    // --- the rows ------------------------------------------------------------------------------------------

    List<Operation> operations() {
        List<Operation> rows = new ArrayList<>();

        // organisation
        rows.add(org("OrganisationService.findOrganisation", EVERYONE, FUNDER,
                t -> organisations.findOrganisation(t.organisationId())));
        rows.add(new Operation("OrganisationService.visibleOrganisations", Scope.ORGANISATION, EVERYONE, FUNDER, true,
                t -> {
                    List<Long> visible = organisations.visibleOrganisations().stream().map(OrganisationSummary::id)
                            .toList();
                    if (!visible.contains(t.organisationId())) {
                        throw new ItemNotFoundException("Organisation " + t.organisationId());
                    }
                    return visible;
                }));
        rows.add(org("OrganisationService.search", FUNDER, FUNDER, t -> {
            var found = organisations.search(codeOf(t.organisationId()), PageRequest.of(0, 10));
            return verified(found, found.stream().anyMatch(o -> o.id() == t.organisationId()), "found by its code");
        }));
        rows.add(global("OrganisationService.count", FUNDER, t -> organisations.count("")));
        rows.add(global("OrganisationService.countActive", FUNDER, t -> organisations.countActive()));
        rows.add(callersOwn("OrganisationService.ownOrganisation", EVERYONE, t -> {
            var own = organisations.ownOrganisation();
            if (t.role() == Role.PROVIDER_USER) {
                assertThat(own).map(OrganisationSummary::id).contains(t.callersOrganisationId());
            } else {
                assertThat(own).as("funder staff belong to no delivery partner").isEmpty();
            }
            return own;
        }));
        rows.add(global("OrganisationService.programmes", EVERYONE, t -> organisations.programmes()));
        rows.add(org("OrganisationService.saveOrganisation", ADMIN, ADMIN, t -> {
            OrganisationSummary current = organisations.findForSignIn(t.organisationId()).orElseThrow();
            return organisations.saveOrganisation(new OrganisationDetails(current.id(), current.code(),
                    current.name(), current.nation(), current.programmeId(), true, current.version()));
        }));
        rows.add(global("OrganisationService.saveProgramme", ADMIN, t -> {
            ProgrammeSummary matrix = organisations.programmes().stream()
                    .filter(p -> p.id() == world.programmeId()).findFirst().orElseThrow();
            return organisations.saveProgramme(matrix.id(), matrix.code(), matrix.name(), true);
        }));
        rows.add(global("OrganisationService.ensureProgramme", ADMIN,
                t -> organisations.ensureProgramme("MATRIX", "Authorization matrix programme")));
        rows.add(org("OrganisationService.ensureOrganisation", ADMIN, ADMIN, t -> {
            OrganisationSummary current = organisations.findForSignIn(t.organisationId()).orElseThrow();
            return organisations.ensureOrganisation(current.code(), current.name(), current.nation(),
                    current.programmeCode());
        }));

        // user
        rows.add(org("UserService.search", ADMIN, ADMIN,
                t -> users.search(new UserFilter("", t.organisationId(), null, null), PageRequest.of(0, 10))));
        rows.add(org("UserService.count", ADMIN, ADMIN,
                t -> users.count(new UserFilter("", t.organisationId(), null, null))));
        rows.add(global("UserService.activeWithRole", FUNDER, t -> users.activeWithRole(Role.ASSESSOR)));
        rows.add(org("UserService.findAccount", FUNDER, FUNDER, t -> users.findAccount(colleagueIn(t.organisationId()))
                .orElseThrow()));
        rows.add(global("UserService.ensureDemoUser", ADMIN, t -> {
            // Seeding is idempotent: asking again for a demo person who exists changes nothing.
            long northgate = organisations.findByCodeForSignIn("NCA").orElseThrow().id();
            var tom = users.ensureDemoUser("tom.hughes", "Tom Hughes", "tom.hughes@northgate-advice.example",
                    northgate, Set.of(Role.PROVIDER_USER));
            return verified(tom, tom.organisationId() == northgate, "the existing demo person");
        }));
        rows.add(org("UserService.approve", ADMIN, ADMIN,
                t -> users.approve(pendingPerson(), t.organisationId(), Set.of(Role.PROVIDER_USER))));
        rows.add(global("UserService.reject", ADMIN, t -> users.reject(pendingPerson(), "Not one of ours")));
        rows.add(org("UserService.changeRoles", ADMIN, ADMIN,
                t -> users.changeRoles(colleagueIn(t.organisationId()), t.organisationId(), Set.of(Role.PROVIDER_USER))));
        rows.add(org("UserService.linkToClaimedUser", ADMIN, ADMIN, t -> {
            long owner = colleagueIn(t.organisationId());
            var linked = users.linkToClaimedUser(claimantOf(owner));
            return verified(linked, linked.id() == owner, "linked to the user whose email was claimed");
        }));
        rows.add(org("UserService.setActive", ADMIN, ADMIN, t -> users.setActive(colleagueIn(t.organisationId()), true)));

        // sla
        rows.add(org("SlaService.volumeFor", EVERYONE, FUNDER,
                t -> sla.volumeFor(t.organisationId(), world.month()).orElseThrow()));
        rows.add(global("SlaService.month", FUNDER, t -> sla.month(world.month())));
        rows.add(global("SlaService.settableMonths", ADMIN_OR_QM, t -> sla.settableMonths()));
        rows.add(org("SlaService.history", FUNDER, FUNDER, t -> sla.history(t.organisationId(), world.month())));
        rows.add(global("SlaService.saveMonth", ADMIN, t -> sla.saveMonth(world.month(), List.of())));
        rows.add(org("SlaService.ensureVolume", ADMIN, ADMIN,
                t -> sla.ensureVolume(t.organisationId(), world.month(), 500, 200, "matrix")));
        rows.add(global("SlaService.copyForward", ADMIN, t -> sla.copyForward(YearMonth.of(2029, 8))));
        rows.add(global("SlaService.writeTemplate", ADMIN, t -> {
            sla.writeTemplate(world.month(), world.month(), new ByteArrayOutputStream());
            return null;
        }));
        rows.add(org("SlaService.validate", ADMIN, ADMIN, t -> {
            var report = sla.validate(slaWorkbook(t.organisationId()), done -> { });
            return verified(report, report.ok(), report.problems().toString());
        }));
        rows.add(org("SlaService.importFile", ADMIN, ADMIN, t -> sla.importFile(slaWorkbook(t.organisationId()),
                "volumes.xlsx", done -> { })));

        // policy: programme-wide rules, changed on the matrix's own programme so no other test sees them
        rows.add(global("PolicyService.kpiPolicy", EVERYONE, t -> policies.kpiPolicy(world.programmeId(),
                LocalDate.of(2027, 9, 1))));
        rows.add(global("PolicyService.appealPolicy", EVERYONE, t -> policies.appealPolicy(world.programmeId(),
                LocalDate.of(2027, 9, 1))));
        rows.add(global("PolicyService.submissionRules", EVERYONE, t -> policies.submissionRules(
                world.programmeId(), LocalDate.of(2027, 9, 1))));
        rows.add(global("PolicyService.kpiHistory", FUNDER, t -> policies.kpiHistory(world.programmeId())));
        rows.add(global("PolicyService.appealHistory", FUNDER, t -> policies.appealHistory(world.programmeId())));
        rows.add(global("PolicyService.submissionHistory", FUNDER,
                t -> policies.submissionHistory(world.programmeId())));
        rows.add(global("PolicyService.changeKpiPolicy", ADMIN, t -> policies.changeKpiPolicy(world.programmeId(),
                new KpiPolicy(LocalDate.of(2027, 10, 1), new BigDecimal("80"), new BigDecimal("85"),
                        KpiPolicy.KpiMethod.SHARE_OF_CASES_AT_PASS_MARK, new BigDecimal("80"), new BigDecimal("75"),
                        new BigDecimal("65"), ""), null)));
        rows.add(global("PolicyService.changeAppealPolicy", ADMIN, t -> policies.changeAppealPolicy(
                world.programmeId(), AppealPolicy.standard(LocalDate.of(2027, 10, 1), ""), null)));
        rows.add(global("PolicyService.changeSubmissionRules", ADMIN, t -> policies.changeSubmissionRules(
                world.programmeId(), new SubmissionRules(LocalDate.of(2027, 10, 1), 180, 1,
                        List.of("application/pdf"), 25, ""), null)));

        // standard
        rows.add(global("StandardsService.catalogue", EVERYONE, t -> standards.catalogue(world.programmeId(),
                LocalDate.of(2027, 9, 1))));
        rows.add(global("StandardsService.catalogueVersions", EVERYONE,
                t -> standards.catalogueVersions(world.programmeId(), LocalDate.of(2027, 9, 1))));
        rows.add(global("StandardsService.versions", EVERYONE, t -> {
            long any = jdbc.queryForObject("select min(id) from standard_version", Long.class);
            var found = standards.versions(List.of(any));
            return verified(found, found.containsKey(any), "the version asked for");
        }));
        rows.add(global("StandardsService.history", FUNDER, t -> standards.history(world.programmeId(), "1a")));
        rows.add(global("StandardsService.save", ADMIN, t -> standards.save(world.programmeId(), new Standard("1a",
                LocalDate.of(2027, 10, 1), "Advice tailored", "", "Advice quality", true, false, ""), null)));
        rows.add(global("StandardsService.retire", ADMIN, t -> {
            String code = String.valueOf(100 + SEQUENCE.incrementAndGet());
            asAdmin(() -> standards.save(world.programmeId(), new Standard(code, LocalDate.of(2027, 10, 1),
                    "To retire", "", "Records", false, false, ""), null));
            return standards.retire(world.programmeId(), code, LocalDate.of(2027, 11, 1), null);
        }));

        // calendar
        rows.add(global("AssessmentCalendar.timetable", EVERYONE, t -> assessmentCalendar.timetable(world.month())));
        rows.add(global("AssessmentCalendar.year", EVERYONE, t -> assessmentCalendar.year(2027)));
        rows.add(org("AssessmentCalendar.appealDeadline(YearMonth, Nation)", EVERYONE, EVERYONE,
                t -> assessmentCalendar.appealDeadline(world.month(), nationOf(t.organisationId()))));
        rows.add(org("AssessmentCalendar.appealDeadline(MonthTimetable, Nation)", EVERYONE, EVERYONE,
                t -> assessmentCalendar.appealDeadline(asAdmin(() -> assessmentCalendar.timetable(world.month())),
                        nationOf(t.organisationId()))));
        rows.add(global("AssessmentCalendar.closedMonth", EVERYONE,
                t -> assessmentCalendar.closedMonth(LocalDate.of(2027, 8, 1)).orElseThrow()));
        rows.add(global("AssessmentCalendar.firstOpenDate", EVERYONE, t -> assessmentCalendar.firstOpenDate()));
        rows.add(global("AssessmentCalendar.setTimetable", ADMIN, t -> {
            MonthTimetable same = asAdmin(() -> assessmentCalendar.timetable(YearMonth.of(2027, 11)));
            return assessmentCalendar.setTimetable(same.month(), same.submissionOpens(), same.submissionCloses(),
                    null, null, same.appealWindowDays());
        }));
        rows.add(global("WorkingDayCalendar.addException", ADMIN, t -> {
            var worked = workingDays.addException(Nation.ENGLAND_AND_WALES, LocalDate.of(2001, 12, 25),
                    ExceptionKind.WORKING, "Matrix check");
            workingDays.removeException(worked.exceptionId());
            return worked;
        }));
        rows.add(global("WorkingDayCalendar.removeException", ADMIN, t -> {
            var worked = asAdmin(() -> workingDays.addException(Nation.ENGLAND_AND_WALES, LocalDate.of(2001, 12, 26),
                    ExceptionKind.WORKING, "Matrix check"));
            try {
                workingDays.removeException(worked.exceptionId());
            } finally {
                asAdmin(() -> {
                    jdbc.update("delete from calendar_exception where id = ?", worked.exceptionId());
                    return null;
                });
            }
            return null;
        }));

        // cases
        rows.add(org("CasesService.countFiled", EVERYONE, FUNDER,
                t -> cases.countFiled(t.organisationId(), world.month())));
        rows.add(org("CasesService.folderCounts", EVERYONE, FUNDER,
                t -> cases.folderCounts(t.organisationId(), world.month())));
        rows.add(org("CasesService.liveReference", PROVIDER, NOBODY,
                t -> cases.liveReference(t.organisationId(), "MATRIX-NONE")));
        rows.add(org("CasesService.liveReferences", PROVIDER, NOBODY,
                t -> cases.liveReferences(t.organisationId(), List.of("MATRIX-NONE", "MATRIX-NONE-2"))));
        rows.add(org("CasesService.record", PROVIDER, NOBODY, t -> {
            var recorded = cases.record(new NewCaseRecord(t.organisationId(), unique("MATRIX-REC"), AdviceChannel.EMAIL,
                    LocalDate.of(2027, 9, 1), List.of(), LocalDate.of(2027, 9, 15), "matrix", world.month(), 1,
                    LocalDate.of(2027, 9, 3), false, List.of()), "Filed by the matrix.");
            return verified(recorded, recorded.organisationId() == t.organisationId(), "recorded in its organisation");
        }));
        rows.add(org("CasesService.folderMonths", EVERYONE, FUNDER, t -> cases.folderMonths(t.organisationId())));
        rows.add(org("CasesService.folderPage", EVERYONE, FUNDER, t -> cases.folderPage(
                uk.providerportal.cases.FolderQuery.all(t.organisationId(), world.month()), PageRequest.of(0, 10))));
        rows.add(org("CasesService.folderCount", EVERYONE, FUNDER, t -> cases.folderCount(
                uk.providerportal.cases.FolderQuery.all(t.organisationId(), world.month()))));
        rows.add(org("CasesService.references", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            long id = newCaseOf(t.organisationId());
            var references = cases.references(t.organisationId(), List.of(id));
            return verified(references, references.containsKey(id), "the case's reference");
        }));
        rows.add(org("CasesService.caseSample", CASE_READERS, ADMIN_OR_QM,
                t -> cases.caseSample(newCaseOf(t.organisationId()))));
        rows.add(org("CasesService.openFile", CASE_READERS, ADMIN_OR_QM, t -> {
            long id = newCaseOf(t.organisationId());
            return cases.openFile(id, fileOf(id));
        }));
        rows.add(org("CasesService.withdraw", PROVIDER, NOBODY, t -> {
            var withdrawn = cases.withdraw(newCaseOf(t.organisationId()), "Sent by mistake");
            return verified(withdrawn, withdrawn.status() == uk.providerportal.cases.CaseStatus.WITHDRAWN, "withdrawn");
        }));
        rows.add(org("CasesService.search", ADMIN_OR_QM, ADMIN_OR_QM, t -> cases.search(new CaseQuery(world.month(),
                Set.of(t.organisationId()), null, null), PageRequest.of(0, 10))));
        rows.add(org("CasesService.count", ADMIN_OR_QM, ADMIN_OR_QM, t -> cases.count(new CaseQuery(world.month(),
                Set.of(t.organisationId()), null, null))));
        // A case's record: the quality team's; an assessor's only when assigned or invited to calibrate it.
        rows.add(org("CasesService.caseRecord", ADMIN_OR_QM, ADMIN_OR_QM,
                t -> cases.caseRecord(newCaseOf(t.organisationId()))));
        rows.add(org("CasesService.caseByReference", ADMIN_OR_QM, ADMIN_OR_QM, t -> {
            long id = newCaseOf(t.organisationId());
            String reference = jdbc.queryForObject("select reference from case_sample where id = ?", String.class, id);
            var found = cases.caseByReference(t.organisationId(), reference);
            return verified(found, found.isPresent() && found.get().id() == id, "found by its reference");
        }));
        rows.add(org("CasesService.casesById", ADMIN_OR_QM, ADMIN_OR_QM,
                t -> cases.casesById(List.of(newCaseOf(t.organisationId())))));
        rows.add(org("CasesService.assign", QUALITY_MANAGER, QUALITY_MANAGER, t -> cases.assign(
                List.of(newCaseOf(t.organisationId())), fixtures.userId(world.assessor()), "Matrix assessor")));
        rows.add(global("CasesService.roundProgress", FUNDER, t -> cases.roundProgress(world.month())));
        rows.add(global("CasesService.assignedCounts", ADMIN_OR_QM, t -> cases.assignedCounts(world.month())));
        rows.add(global("CasesService.roundsWithOpenCases", ADMIN_OR_QM,
                t -> cases.roundsWithOpenCases(YearMonth.of(2001, 1))));
        rows.add(global("CasesService.rollOverOpenCases", ADMIN_OR_QM,
                t -> cases.rollOverOpenCases(YearMonth.of(2001, 1))));

        // an assessor's own cases: only those assigned to them, whichever organisation they belong to
        rows.add(global("CasesService.assignedToMe", ASSESSOR,
                t -> cases.assignedToMe(AssignedQuery.all(), PageRequest.of(0, 10))));
        rows.add(global("CasesService.countAssignedToMe", ASSESSOR, t -> cases.countAssignedToMe(AssignedQuery.all())));
        rows.add(org("CasesService.startAssessment", ASSESSOR, ASSESSOR, t -> {
            var started = cases.startAssessment(assignedCaseOf(t.organisationId()));
            return verified(started, started.status() == uk.providerportal.cases.CaseStatus.IN_ASSESSMENT, "started");
        }));
        rows.add(org("CasesService.submitForModeration", ASSESSOR, ASSESSOR,
                t -> cases.submitForModeration(startedCaseOf(t.organisationId()).caseId())));
        rows.add(org("CasesService.markModerated", QUALITY_MANAGER, QUALITY_MANAGER,
                t -> cases.markModerated(submittedCaseOf(t.organisationId()))));
        // The assessor reaches only their own cases (the matrix's are assigned to them); the assessment feature
        // calls this for them only when moderation did not pick the case.
        rows.add(org("CasesService.release", QM_OR_ASSESSOR, QM_OR_ASSESSOR, t -> {
            var released = cases.release(submittedCaseOf(t.organisationId()));
            return verified(released, released.status() == uk.providerportal.cases.CaseStatus.RELEASED, "released");
        }));

        // submission: a provider always submits for their own organisation, whatever the target
        rows.add(callersOwn("SubmissionService.limits", PROVIDER, t -> submissions.limits()));
        rows.add(callersOwn("SubmissionService.submit", PROVIDER, t -> {
            var result = submissions.submit(sample());
            assertThat(result.accepted()).as(result.problems().toString()).isTrue();
            return verified(result, result.filed().organisationId() == t.callersOrganisationId(), "filed in own folder");
        }));
        rows.add(callersOwn("SubmissionService.writeManifestTemplate", PROVIDER, t -> {
            submissions.writeManifestTemplate(new ByteArrayOutputStream());
            return null;
        }));
        rows.add(callersOwn("SubmissionService.checkManifest", PROVIDER, t -> {
            String reference = unique("MATRIX-CHECK");
            var report = submissions.checkManifest(manifest(reference, "matrix.pdf"), List.of(CaseFiles.pdf(
                    "matrix.pdf")), done -> { });
            return verified(report, report.ok(), "manifest checks out");
        }));
        rows.add(callersOwn("SubmissionService.submitManifest", PROVIDER, t -> {
            String reference = unique("MATRIX-BULK");
            var report = submissions.submitManifest(manifest(reference, "matrix.pdf"), "matrix.xlsx",
                    List.of(CaseFiles.pdf("matrix.pdf")), done -> { });
            assertThat(report.ok()).as(report.fileProblems().toString()).isTrue();
            long filedIn = jdbc.queryForObject("select organisation_id from case_sample where reference = ?",
                    Long.class, reference);
            return verified(report, filedIn == t.callersOrganisationId(), "filed in own folder");
        }));
        rows.add(callersOwn("SubmissionService.startManifestSubmission", PROVIDER, t -> {
            String reference = unique("MATRIX-JOB");
            var job = submissions.startManifestSubmission(manifest(reference, "matrix.pdf"), "matrix.xlsx",
                    List.of(CaseFiles.pdf("matrix.pdf")));
            waitForJob(job.id());
            var done = jobs.job(job.id());
            assertThat(done.status()).as(String.valueOf(done.result())).isEqualTo(JobStatus.SUCCEEDED);
            return verified(done, jdbc.queryForObject("select organisation_id from case_sample where reference = ?",
                    Long.class, reference) == t.callersOrganisationId(), "filed in own folder");
        }));
        rows.add(org("SubmissionService.folderMonths", EVERYONE, FUNDER,
                t -> submissions.folderMonths(t.organisationId())));
        rows.add(org("SubmissionService.monthFolder", EVERYONE, FUNDER,
                t -> submissions.monthFolder(t.organisationId(), world.month())));

        // triage
        rows.add(org("TriageService.queue", ADMIN_OR_QM, ADMIN_OR_QM, t -> triage.queue(new QueueFilter(world.month(),
                t.organisationId(), null, null, null), PageRequest.of(0, 10))));
        rows.add(org("TriageService.count", ADMIN_OR_QM, ADMIN_OR_QM, t -> triage.count(new QueueFilter(
                world.month(), t.organisationId(), null, null, null))));
        rows.add(global("TriageService.assessors", ADMIN_OR_QM, t -> triage.assessors()));
        rows.add(org("TriageService.assign", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            var result = triage.assign(List.of(newCaseOf(t.organisationId())), fixtures.userId(world.assessor()));
            return verified(result, result.done(), result.message());
        }));
        rows.add(global("TriageService.workload", ADMIN_OR_QM, t -> triage.workload(world.month())));
        rows.add(global("TriageService.conflicts", ADMIN_OR_QM, t -> triage.conflicts()));
        rows.add(org("TriageService.declareConflict", ADMIN_OR_QM, ADMIN_OR_QM, t -> {
            var declared = triage.declareConflict(fixtures.userId(fixtures.assessor()), t.organisationId(),
                    "Matrix check");
            return verified(declared, declared.organisationId() == t.organisationId(), "declared for its organisation");
        }));
        rows.add(org("TriageService.removeConflict", ADMIN_OR_QM, ADMIN_OR_QM, t -> {
            var declared = signInAs.call("helen.carter", () -> triage.declareConflict(
                    fixtures.userId(fixtures.assessor()), t.organisationId(), "Matrix check"));
            triage.removeConflict(declared.id());
            return declared;
        }));
        rows.add(global("TriageService.rollOver", ADMIN_OR_QM, t -> triage.rollOver(YearMonth.of(2001, 1))));
        rows.add(global("TriageService.rollOverDue", ADMIN_OR_QM, t -> triage.rollOverDue()));
        rows.add(global("TriageService.rollOvers", ADMIN_OR_QM, t -> triage.rollOvers()));

        // assessment: the case's assessor scores it; the quality team reads every scorecard; providers none
        rows.add(global("AssessmentService.myCases", ASSESSOR,
                t -> assessments.myCases(AssignedQuery.all(), PageRequest.of(0, 10))));
        rows.add(global("AssessmentService.countMyCases", ASSESSOR, t -> assessments.countMyCases(AssignedQuery.all())));
        rows.add(org("AssessmentService.scorecard", FUNDER, FUNDER,
                t -> assessments.scorecard(assignedCaseOf(t.organisationId()))));
        rows.add(org("AssessmentService.start", ASSESSOR, ASSESSOR,
                t -> assessments.start(assignedCaseOf(t.organisationId()))));
        rows.add(org("AssessmentService.saveDraft", ASSESSOR, ASSESSOR, t -> {
            Scorecard card = startedCaseOf(t.organisationId());
            return assessments.saveDraft(card.caseId(), everyStandard(card, Outcome.MET));
        }));
        rows.add(org("AssessmentService.submit", ASSESSOR, ASSESSOR, t -> {
            Scorecard card = startedCaseOf(t.organisationId());
            var submitted = assessments.submit(card.caseId(), everyStandard(card, Outcome.MET));
            return verified(submitted, submitted.caseStatus()
                    == uk.providerportal.cases.CaseStatus.SUBMITTED_FOR_MODERATION, "submitted for moderation");
        }));

        // moderation: quality managers moderate (independence is ModerationServiceIT's); a provider reads only its
        // own organisation's released outcomes
        rows.add(global("ModerationService.rate", ADMIN_OR_QM, t -> moderation.rate(world.month())));
        rows.add(global("ModerationService.setRate", QUALITY_MANAGER, t -> moderation.setRate(YearMonth.of(2001, 1),
                20)));
        rows.add(global("ModerationService.queue", ADMIN_OR_QM, t -> moderation.queue(PageRequest.of(0, 10))));
        rows.add(global("ModerationService.countQueue", ADMIN_OR_QM, t -> moderation.countQueue()));
        rows.add(org("ModerationService.moderation", ADMIN_OR_QM, ADMIN_OR_QM,
                t -> moderation.moderation(submittedCaseOf(t.organisationId()))));
        rows.add(org("ModerationService.complete", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            var done = moderation.complete(submittedCaseOf(t.organisationId()), List.of());
            return verified(done, done.caseStatus() == uk.providerportal.cases.CaseStatus.RELEASED, "released");
        }));
        rows.add(callersOwn("ModerationService.releasedMonths", PROVIDER, t -> moderation.releasedMonths()));
        rows.add(callersOwn("ModerationService.released", PROVIDER,
                t -> moderation.released(world.month(), PageRequest.of(0, 10))));
        rows.add(callersOwn("ModerationService.countReleased", PROVIDER, t -> moderation.countReleased(world.month())));
        rows.add(org("ModerationService.commentary", PROVIDER, NOBODY, t -> {
            long id = releasedCaseOf(t.organisationId());
            var commentary = moderation.commentary(id);
            return verified(commentary, commentary.caseId() == id, "its own released case");
        }));

        rows.add(org("ModerationService.commentaryFileName", PROVIDER_OR_QM, QUALITY_MANAGER,
                t -> moderation.commentaryFileName(t.organisationId(), world.month())));
        rows.add(org("ModerationService.exportCommentary", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            releasedCaseOf(t.organisationId());
            var out = new ByteArrayOutputStream();
            int written = moderation.exportCommentary(t.organisationId(), world.month(), out);
            return verified(written, written >= 1 && out.size() > 0, "a workbook with its released case");
        }));

        rows.add(org("ModerationService.forEachReleased", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            long id = releasedCaseOf(t.organisationId());
            List<Long> seen = new ArrayList<>();
            int count = moderation.forEachReleased(t.organisationId(), world.month(), line -> seen.add(line.caseId()));
            return verified(count, seen.contains(id) && count == seen.size(), "its released case, streamed");
        }));

        rows.add(org("ModerationService.releasedUnmet", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            long id = releasedCaseWithAnUnmetStandardOf(t.organisationId());
            var unmet = moderation.releasedUnmet(t.organisationId(), world.month());
            return verified(unmet, unmet.stream().anyMatch(c -> c.caseId() == id && c.unmet().size() == 1
                    && "Matrix note".equals(c.unmet().getFirst().note())), "its released case's unmet standard");
        }));

        // KPI reports (issue 12): a provider only its own organisation's; quality managers any; the overview funder-wide
        rows.add(org("KpiReports.workbookFileName", PROVIDER_OR_QM, QUALITY_MANAGER,
                t -> kpiReports.workbookFileName(t.organisationId(), world.month())));
        rows.add(org("KpiReports.exportWorkbook", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            releasedCaseOf(t.organisationId());
            var out = new ByteArrayOutputStream();
            int written = kpiReports.exportWorkbook(t.organisationId(), world.month(), out);
            return verified(written, written >= 1 && out.size() > 0, "a workbook with its released case");
        }));
        rows.add(org("KpiReports.reportFileName", PROVIDER_OR_QM, QUALITY_MANAGER,
                t -> kpiReports.reportFileName(t.organisationId(), world.month())));
        rows.add(org("KpiReports.exportReport", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            YearMonth month = publishedKpiOf(t.organisationId());
            var out = new ByteArrayOutputStream();
            kpiReports.exportReport(t.organisationId(), month, out);
            byte[] pdf = out.toByteArray();
            return verified(pdf.length, pdf.length > 1000 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets
                    .US_ASCII).equals("%PDF-"), "the month's report as a PDF");
        }));
        rows.add(global("KpiReports.overviewFileName", FUNDER, t -> kpiReports.overviewFileName(world.month())));
        rows.add(global("KpiReports.exportOverview", FUNDER, t -> {
            publishedKpiOf(world.own().id());
            var out = new ByteArrayOutputStream();
            int rows2 = kpiReports.exportOverview(KPI_MONTH, null, out);
            return verified(rows2, rows2 >= 1 && out.size() > 0, "a workbook with the published organisation");
        }));

        rows.add(org("AssessmentService.scorecardStandards", EVERYONE, FUNDER, t -> {
            long id = startedCaseOf(t.organisationId()).caseId();
            var found = assessments.scorecardStandards(id);
            return verified(found, found.isPresent(), "the started scorecard's standards");
        }));

        // self-assessment: a provider records only its own organisation's cases; the quality team (quality
        // managers, and the case's assessor) reads them by standard code
        rows.add(callersOwn("SelfAssessmentService.months", PROVIDER, t -> selfAssessments.months()));
        rows.add(callersOwn("SelfAssessmentService.cases", PROVIDER,
                t -> selfAssessments.cases(world.month(), PageRequest.of(0, 10))));
        rows.add(callersOwn("SelfAssessmentService.countCases", PROVIDER,
                t -> selfAssessments.countCases(world.month())));
        rows.add(org("SelfAssessmentService.selfAssessment", PROVIDER, NOBODY,
                t -> selfAssessments.selfAssessment(newCaseOf(t.organisationId()))));
        rows.add(org("SelfAssessmentService.save", PROVIDER, NOBODY, t -> {
            var saved = selfAssessments.save(newCaseOf(t.organisationId()), new SelfAssessmentDraft(-1,
                    List.of(new SelfAssessmentAnswer("1a", Outcome.MET))));
            return verified(saved, saved.answered() == 1, "one answer saved");
        }));
        rows.add(callersOwn("SelfAssessmentService.writeTemplate", PROVIDER, t -> {
            selfAssessments.writeTemplate(world.month(), new ByteArrayOutputStream());
            return null;
        }));
        rows.add(callersOwn("SelfAssessmentService.importFile", PROVIDER, t -> {
            String reference = unique("MATRIX-SELF");
            long id = CaseFixtures.insertCase(jdbc, t.callersOrganisationId(), reference, world.month());
            var report = selfAssessments.importFile(world.month(), SlaWorkbooks.poi(List.of(
                    List.of("Case reference", "Standard code", "Standard", "Outcome"),
                    List.of(reference, "1a", "", "Met"))), "self-assessment.xlsx");
            assertThat(report.problems()).isEmpty();
            return verified(report, jdbc.queryForObject("select organisation_id from self_assessment"
                    + " where case_sample_id = ?", Long.class, id) == t.callersOrganisationId(), "saved for own case");
        }));
        rows.add(org("SelfAssessmentService.outcomes", QM_OR_ASSESSOR, QM_OR_ASSESSOR,
                t -> selfAssessments.outcomes(assignedCaseOf(t.organisationId()))));

        rows.add(org("ModerationService.completeInLockedMonth", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            var done = moderation.completeInLockedMonth(submittedCaseOf(t.organisationId()), List.of(), "Matrix");
            return verified(done, done.caseStatus() == uk.providerportal.cases.CaseStatus.RELEASED, "released");
        }));

        // the month lock and amendments: quality managers lock and amend; funder staff see the lock
        rows.add(global("OutcomeLockService.lock", FUNDER, t -> outcomeLocks.lock(world.month())));
        rows.add(global("OutcomeLockService.lockMonth", QUALITY_MANAGER, t -> outcomeLocks.lockMonth(
                YearMonth.of(1950, 1).plusMonths(LOCKED_MONTHS.incrementAndGet()), "Matrix lock")));
        rows.add(org("OutcomeLockService.amend", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            long id = releasedCaseOf(t.organisationId());
            long standard = signInAs.call("helen.carter", () -> assessments.scorecard(id)).lines().getFirst()
                    .standardVersionId();
            return outcomeLocks.amend(id, new OutcomeAmendment(standard, Outcome.NOT_APPLICABLE, null, null,
                    "Matrix amendment"));
        }));
        rows.add(org("OutcomeLockService.amendments", ADMIN_OR_QM, ADMIN_OR_QM,
                t -> outcomeLocks.amendments(releasedCaseOf(t.organisationId()))));

        // calibration requests: a provider asks on its own released cases and reads its own requests; quality
        // managers schedule, answer and close; admins read
        rows.add(org("CalibrationRequestService.askAboutCase", PROVIDER, NOBODY, t -> {
            long id = releasedCaseOf(t.organisationId());
            var asked = calibrationRequests.askAboutCase(id, "Matrix: discuss this case");
            return verified(asked, asked.organisationId() == t.callersOrganisationId(), "the caller's own request");
        }));
        rows.add(callersOwn("CalibrationRequestService.askAboutMonth", PROVIDER, t -> {
            releasedCaseOf(t.callersOrganisationId());
            var asked = calibrationRequests.askAboutMonth(world.month(), "Matrix: discuss the month");
            return verified(asked, asked.organisationId() == t.callersOrganisationId(), "the caller's own request");
        }));
        rows.add(callersOwn("CalibrationRequestService.mine", PROVIDER, t -> calibrationRequests.mine(null,
                PageRequest.of(0, 10))));
        rows.add(callersOwn("CalibrationRequestService.countMine", PROVIDER, t -> calibrationRequests.countMine(null)));
        rows.add(global("CalibrationRequestService.requests", ADMIN_OR_QM,
                t -> calibrationRequests.requests(CalibrationRequestQuery.open(), PageRequest.of(0, 10))));
        rows.add(global("CalibrationRequestService.countRequests", ADMIN_OR_QM,
                t -> calibrationRequests.countRequests(CalibrationRequestQuery.open())));
        rows.add(org("CalibrationRequestService.request", EnumSet.of(Role.PROVIDER_USER, Role.QUALITY_MANAGER,
                Role.ADMIN), ADMIN_OR_QM, t -> {
            long id = calibrationRequestOf(t.organisationId()).id();
            return verified(calibrationRequests.request(id), true, "read");
        }));
        rows.add(org("CalibrationRequestService.schedule", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            var request = calibrationRequestOf(t.organisationId());
            return calibrationRequests.schedule(request.id(), request.version(), sessionNextWeek());
        }));
        rows.add(org("CalibrationRequestService.answer", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            var request = calibrationRequestOf(t.organisationId());
            return calibrationRequests.answer(request.id(), request.version(), "Matrix answer");
        }));
        rows.add(org("CalibrationRequestService.close", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            var request = calibrationRequestOf(t.organisationId());
            var answered = signInAs.call("helen.carter", () -> calibrationRequests.answer(request.id(), request.version(),
                    "Matrix answer"));
            return calibrationRequests.close(request.id(), answered.version(), null);
        }));

        // calibration: statistics for the quality team; exercises set up and closed by a quality manager, read by
        // the quality team and the assessors invited (the matrix's assessor is invited to every exercise here)
        rows.add(global("AssessmentService.outcomeCounts", ADMIN_OR_QM,
                t -> assessments.outcomeCounts(world.month(), world.month())));
        rows.add(global("CalibrationService.statistics", ADMIN_OR_QM, t -> calibration.statistics(null, null)));
        rows.add(global("CalibrationService.exercises", ADMIN_OR_QM,
                t -> calibration.exercises("", PageRequest.of(0, 10))));
        rows.add(global("CalibrationService.countExercises", ADMIN_OR_QM, t -> calibration.countExercises("")));
        rows.add(org("CalibrationService.setUp", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            long caseId = newCaseOf(t.organisationId());
            String reference = jdbc.queryForObject("select reference from case_sample where id = ?", String.class,
                    caseId);
            return calibration.setUp(new NewExercise(t.organisationId(), reference, List.of(
                    fixtures.userId(world.assessor()), fixtures.userId(fixtures.assessor())),
                    LocalDate.of(2027, 9, 30)));
        }));
        rows.add(org("CalibrationService.results", FUNDER, FUNDER, t -> calibration.results(
                exerciseOn(t.organisationId(), 1))));
        rows.add(org("CalibrationService.openResults", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            long id = exerciseOn(t.organisationId(), 2);
            submittedBy(world.assessor(), id);
            submittedBy(othersIn(id).getFirst(), id);
            var open = calibration.openResults(id);
            return verified(open, open.resultsOpen(), "results open");
        }));
        rows.add(org("CalibrationService.close", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            long id = exerciseOn(t.organisationId(), 1);
            submittedBy(world.assessor(), id);
            submittedBy(othersIn(id).getFirst(), id);
            var closed = calibration.close(id, "Matrix check: agreed.");
            return verified(closed, closed.status() == ExerciseStatus.CLOSED, "closed");
        }));
        rows.add(global("CalibrationService.myExercises", ASSESSOR,
                t -> calibration.myExercises(PageRequest.of(0, 10))));
        rows.add(global("CalibrationService.countMyExercises", ASSESSOR, t -> calibration.countMyExercises()));
        rows.add(org("CalibrationService.blindScorecard", ASSESSOR, ASSESSOR,
                t -> calibration.blindScorecard(exerciseOn(t.organisationId(), 1))));
        rows.add(org("CalibrationService.saveAnswers", ASSESSOR, ASSESSOR, t -> {
            long id = exerciseOn(t.organisationId(), 1);
            BlindScorecard card = signInAs.call(world.assessor(), () -> calibration.blindScorecard(id));
            return calibration.saveAnswers(id, everyStandard(card));
        }));
        rows.add(org("CalibrationService.submitAnswers", ASSESSOR, ASSESSOR, t -> {
            long id = exerciseOn(t.organisationId(), 1);
            BlindScorecard card = signInAs.call(world.assessor(), () -> calibration.blindScorecard(id));
            var submitted = calibration.submitAnswers(id, everyStandard(card));
            return verified(submitted, submitted.submittedAt() != null, "submitted");
        }));

        // jobs
        rows.add(callersOwn("JobService.start", PROVIDER, t -> {
            JobSummary job = jobs.start("MATRIX_JOB", unique("matrix-job"), folder -> folder,
                    (folder, progress) -> JobOutcome.succeeded("Done."));
            return verified(job, jdbc.queryForObject("select organisation_id from background_job where id = ?",
                    Long.class, job.id()) == t.callersOrganisationId(), "the caller's organisation's job");
        }));
        rows.add(callersOwn("JobService.recent", PROVIDER, t -> jobs.recent("MATRIX_JOB", 5)));
        rows.add(org("JobService.job", PROVIDER, NOBODY, t -> {
            String owner = t.organisationId() == world.own().id() ? world.own().provider() : world.other().provider();
            JobSummary job = signInAs.call(owner, () -> jobs.start("MATRIX_JOB", unique("matrix-job"), folder -> folder,
                    (folder, progress) -> JobOutcome.succeeded("Done.")));
            return jobs.job(job.id());
        }));

        // KPIs: a provider reads its own organisation's; funder staff read every organisation's; quality managers
        // publish and revise; admins record figures published before the portal
        rows.add(org("KpiService.published", EVERYONE, FUNDER, t -> kpis.published(t.organisationId(), world.month())));
        rows.add(org("KpiService.latest", EVERYONE, FUNDER, t -> kpis.latest(t.organisationId())));
        rows.add(org("KpiService.publishedMonths", EVERYONE, FUNDER, t -> kpis.publishedMonths(t.organisationId())));
        rows.add(org("KpiService.trend", EVERYONE, FUNDER, t -> kpis.trend(t.organisationId(), world.month(), 12)));
        rows.add(org("KpiService.restatements", EVERYONE, FUNDER,
                t -> kpis.restatements(t.organisationId(), world.month())));
        rows.add(global("KpiService.firstPublicationDate", EVERYONE, t -> kpis.firstPublicationDate(world.month())));
        rows.add(global("KpiService.publicationDue", EVERYONE, t -> kpis.publicationDue(world.month())));
        rows.add(global("KpiService.overview", FUNDER, t -> kpis.overview(world.month(), null)));
        rows.add(global("KpiService.monthStatus", QUALITY_MANAGER, t -> kpis.monthStatus(world.month())));
        rows.add(global("KpiService.publish", QUALITY_MANAGER, t -> kpis.publish(
                YearMonth.of(1960, 1).plusMonths(KPI_MONTHS.incrementAndGet()))));
        rows.add(global("KpiService.publishDue", QUALITY_MANAGER, t -> kpis.publishDue()));
        rows.add(org("KpiService.recordEarlierPublication", ADMIN, ADMIN, t -> kpis.recordEarlierPublication(
                t.organisationId(), YearMonth.of(2023, 2).plusMonths(KPI_MONTHS.incrementAndGet()), 10, 5,
                new java.math.BigDecimal("800"), 1, LocalDate.of(2023, 2, 28), "Matrix")));
        rows.add(org("KpiService.revise", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            YearMonth month = YearMonth.of(2023, 2).plusMonths(KPI_MONTHS.incrementAndGet());
            asAdmin(() -> kpis.recordEarlierPublication(t.organisationId(), month, 10, 5,
                    new java.math.BigDecimal("800"), 1, month.atEndOfMonth(), "Matrix"));
            var revised = kpis.revise(t.organisationId(), month, "Matrix: no case of the month was released");
            return verified(revised, revised.version() == 2, "version 2");
        }));

        // appeals: a provider its own organisation's, quality managers every organisation's; only a provider saves
        // and lodges; quality managers assign, and the assigned reviewer decides
        rows.add(org("ModerationService.countedCases", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var made = appealMonthOf(t.organisationId());
            var counted = moderation.countedCases(t.organisationId(), made.month(),
                    kpis.publicationCutOff(made.month()).orElseThrow());
            return verified(counted, counted.size() == 2, "the month's two counted cases");
        }));
        rows.add(org("SelfAssessmentService.recordedOutcomes", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var made = appealMonthOf(t.organisationId());
            var recorded = selfAssessments.recordedOutcomes(t.organisationId(), List.of(made.failingCaseId()));
            return verified(recorded, recorded.containsKey(made.failingCaseId()), "the failing case's self-assessment");
        }));
        rows.add(global("KpiService.publicationCutOff", EVERYONE, t -> kpis.publicationCutOff(world.month())));
        rows.add(org("KpiService.reviseAfterAppeal", QUALITY_MANAGER, QUALITY_MANAGER, t -> kpis.reviseAfterAppeal(
                t.organisationId(), appealMonthOf(t.organisationId()).month(), "Matrix: nothing changed")));
        rows.add(org("AppealService.window", EVERYONE, FUNDER,
                t -> appeals.window(t.organisationId(), appealMonthOf(t.organisationId()).month()).orElseThrow()));
        rows.add(org("AppealService.eligibility", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var eligibility = appeals.eligibility(t.organisationId(), appealMonthOf(t.organisationId()).month());
            return verified(eligibility, eligibility.inScope(), "in scope: " + eligibility.why());
        }));
        rows.add(org("AppealService.whatIf", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var made = appealMonthOf(t.organisationId());
            var whatIf = appeals.whatIf(t.organisationId(), made.month(), made.bothUnmet(""));
            return verified(whatIf, whatIf.after().targetMet(), "the target met if upheld");
        }));
        rows.add(org("AppealService.appeal", PROVIDER_OR_QM, QUALITY_MANAGER,
                t -> appeals.appeal(t.organisationId(), appealMonthOf(t.organisationId()).month())));
        rows.add(org("AppealService.appeals", PROVIDER_OR_QM, QUALITY_MANAGER, t -> appeals.appeals(t.organisationId())));
        rows.add(org("AppealService.saveDraft", PROVIDER, NOBODY, t -> {
            var made = appealMonthOf(t.organisationId());
            long version = draftVersion(made);
            var draft = appeals.saveDraft(t.organisationId(), made.month(), made.bothUnmet("Matrix draft"), version);
            return verified(draft, draft.items().size() == 2, "two appealed standards");
        }));
        rows.add(org("AppealService.writeTemplate", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var out = new java.io.ByteArrayOutputStream();
            appeals.writeTemplate(t.organisationId(), appealMonthOf(t.organisationId()).month(), out);
            return verified(out, out.size() > 0, "a workbook");
        }));
        rows.add(org("AppealService.importTemplate", PROVIDER, NOBODY, t -> {
            var made = appealMonthOf(t.organisationId());
            Path file = filledTemplate(made);
            try {
                var report = appeals.importTemplate(t.organisationId(), made.month(), file, "appeals.xlsx",
                        draftVersion(made));
                return verified(report, report.saved(), "saved: " + report.problems());
            } finally {
                Files.deleteIfExists(file);
            }
        }));
        rows.add(org("AppealService.lodge", PROVIDER, NOBODY, t -> {
            // a provider's own lodging needs a month of its own; every other caller is refused before any work
            var made = t.role() == Role.PROVIDER_USER && t.tenant() == Tenant.OWN
                    ? newAppealMonth(t.organisationId()) : appealMonthOf(t.organisationId());
            var lodged = appeals.lodge(t.organisationId(), made.month(), made.bothUnmet("Matrix lodging"), -1);
            return verified(lodged, lodged.status() == AppealStatus.LODGED, "lodged");
        }));
        rows.add(callersOwn("SubmissionService.checkFile", PROVIDER, t -> {
            Path file = evidencePdf();
            try {
                return submissions.checkFile(new CaseFileUpload("evidence.pdf", file));
            } finally {
                Files.deleteIfExists(file);
            }
        }));
        rows.add(org("AppealService.attachEvidence", PROVIDER, NOBODY, t -> {
            var made = draftedAppealMonthOf(t.organisationId());
            Path file = evidencePdf();
            try {
                return appeals.attachEvidence(t.organisationId(), made.month(), made.failingCaseId(),
                        made.unmetVersionIds().getFirst(), "evidence.pdf", file);
            } finally {
                Files.deleteIfExists(file);
            }
        }));
        rows.add(org("AppealService.removeEvidence", PROVIDER, NOBODY, t -> {
            // only the provider's own removal goes through: it gets a file of its own, every other caller is refused
            long evidenceId = t.role() == Role.PROVIDER_USER && t.tenant() == Tenant.OWN
                    ? newEvidenceOf(t.organisationId()) : evidenceOf(t.organisationId());
            appeals.removeEvidence(evidenceId);
            return verified(evidenceId, jdbc.queryForObject("select count(*) from appeal_evidence where id = ?",
                    Integer.class, evidenceId) == 0, "removed");
        }));
        rows.add(org("AppealService.evidence", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            evidenceOf(t.organisationId());
            var files = appeals.evidence(t.organisationId(), appealMonthOf(t.organisationId()).month());
            return verified(files, !files.isEmpty(), "the organisation's evidence");
        }));
        rows.add(org("AppealService.writeEvidence", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var out = new ByteArrayOutputStream();
            var written = appeals.writeEvidence(evidenceOf(t.organisationId()), out);
            return verified(written, new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .startsWith("%PDF-"), "the stored PDF");
        }));
        rows.add(global("AppealService.board", QUALITY_MANAGER, t -> appeals.board()));
        rows.add(global("AppealService.closingWindows", ADMIN_OR_QM, t -> appeals.closingWindows(2)));
        rows.add(global("NotificationService.checkAppealDeadlines", ADMIN, t -> notifications.checkAppealDeadlines()));
        rows.add(global("AppealService.lodgedAppeal", QUALITY_MANAGER,
                t -> appeals.lodgedAppeal(lodgedAppealOf(world.own().id()))));
        rows.add(global("AppealService.reviewerChoices", QUALITY_MANAGER, t -> {
            var choices = appeals.reviewerChoices(lodgedAppealOf(world.own().id()));
            return verified(choices, choices.stream().anyMatch(ReviewerChoice::independent), "an independent one");
        }));
        rows.add(org("AppealService.assign", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            long appealId = lodgedAppealOf(t.organisationId());
            long reviewer = fixtures.userId(fixtures.funderStaff(Role.QUALITY_MANAGER, "matrix-reviewer"));
            var assigned = appeals.assign(appealId, reviewer);
            return verified(assigned, assigned.status() == AppealStatus.ASSIGNED, "assigned");
        }));
        rows.add(org("AppealService.decide", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            // the matrix's quality manager decides an appeal assigned to her, of a month of its own
            long appealId = t.role() == Role.QUALITY_MANAGER ? lodgedAppealAssignedToHelen(t.organisationId())
                    : lodgedAppealOf(t.organisationId());
            var made = APPEAL_MONTHS_BY_APPEAL.get(appealId);
            var decided = appeals.decide(appealId, made.unmetVersionIds().stream().map(v -> new AppealService.Decision(
                    made.failingCaseId(), v, ItemDecision.NOT_UPHELD, "Matrix: the record does not show it")).toList());
            return verified(decided, decided.status() == AppealStatus.DECIDED, "decided");
        }));

        // good news stories: a provider its own organisation's, quality managers (the performance manager) every
        // organisation's but never a draft; assessors and admins nothing
        rows.add(new Operation("StoryService.stories", Scope.ORGANISATION, PROVIDER_OR_QM, QUALITY_MANAGER, true, t -> {
            long id = submittedStoryOf(t.organisationId());
            var listed = storyService.stories(t.organisationId());
            if (listed.stream().noneMatch(s -> s.id() == id)) {
                throw new ItemNotFoundException("GoodNewsStory " + id);
            }
            return verified(listed, listed.stream().allMatch(s -> s.organisationId() == t.organisationId()),
                    "only the organisation's stories");
        }));
        rows.add(org("StoryService.story", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var story = storyService.story(submittedStoryOf(t.organisationId()));
            return verified(story, story.organisationId() == t.organisationId(), "the organisation's story");
        }));
        rows.add(new Operation("StoryService.tracker", Scope.ORGANISATION, PROVIDER_OR_QM, QUALITY_MANAGER, true,
                t -> {
                    submittedStoryOf(t.organisationId());
                    var tracker = storyService.tracker(world.month(), world.month());
                    var row = tracker.rows().stream().filter(r -> r.organisationId() == t.organisationId())
                            .findFirst().orElseThrow(() -> new ItemNotFoundException("Organisation "
                                    + t.organisationId()));
                    return verified(tracker, row.sent().getFirst() >= 1, "the organisation's submitted story counted");
                }));
        rows.add(org("StoryService.writeConsentForm", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var out = new ByteArrayOutputStream();
            var written = storyService.writeConsentForm(submittedStoryOf(t.organisationId()), out);
            return verified(written, new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .startsWith("%PDF-"), "the stored consent form");
        }));
        rows.add(org("StoryService.writeDocument", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var out = new ByteArrayOutputStream();
            var written = storyService.writeDocument(submittedStoryOf(t.organisationId()), out);
            return verified(written, new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .startsWith("%PDF-"), "the stored story document");
        }));
        rows.add(org("StoryService.create", PROVIDER, NOBODY, t -> {
            Path consent = storyPdf("consent");
            try {
                var created = storyService.create(t.organisationId(), storyDraft(),
                        new StoryUpload("consent.pdf", consent), null, true);
                return verified(created, created.status() == StoryStatus.SUBMITTED
                        && created.organisationId() == t.organisationId(), "submitted in the organisation");
            } finally {
                Files.deleteIfExists(consent);
            }
        }));
        rows.add(org("StoryService.update", PROVIDER, NOBODY, t -> {
            var story = freshStoryFor(t, PROVIDER, StoryStatus.DRAFT);
            var updated = storyService.update(story.id(), story.version(), storyDraft(), null, null, true);
            return verified(updated, updated.status() == StoryStatus.SUBMITTED, "submitted");
        }));
        rows.add(org("StoryService.answerRelevanceCheck", PROVIDER, NOBODY, t -> {
            var story = freshStoryFor(t, PROVIDER, StoryStatus.RELEVANCE_CHECK);
            var answered = storyService.answerRelevanceCheck(story.id(), story.version(), "Matrix: yes, still relevant");
            return verified(answered, answered.status() == StoryStatus.RELEVANCE_CONFIRMED, "relevance confirmed");
        }));
        rows.add(org("StoryService.withdrawConsent", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var story = freshStoryFor(t, PROVIDER_OR_QM, StoryStatus.SUBMITTED);
            var withdrawn = storyService.withdrawConsent(story.id());
            return verified(withdrawn, withdrawn.status() == StoryStatus.WITHDRAWN, "withdrawn");
        }));
        rows.add(org("StoryService.accept", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            var story = freshStoryFor(t, QUALITY_MANAGER, StoryStatus.SUBMITTED);
            var accepted = storyService.accept(story.id(), story.version(), "Matrix: thank you");
            return verified(accepted, accepted.status() == StoryStatus.ACCEPTED, "accepted");
        }));
        rows.add(org("StoryService.returnWithComments", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            var story = freshStoryFor(t, QUALITY_MANAGER, StoryStatus.SUBMITTED);
            var returned = storyService.returnWithComments(story.id(), story.version(), "Matrix: add the outcome");
            return verified(returned, returned.status() == StoryStatus.RETURNED, "returned");
        }));
        rows.add(org("StoryService.forward", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            var story = freshStoryFor(t, QUALITY_MANAGER, StoryStatus.SUBMITTED);
            var forwarded = storyService.forward(story.id(), story.version());
            return verified(forwarded, forwarded.status() == StoryStatus.FORWARDED, "forwarded");
        }));
        rows.add(org("StoryService.requestRelevanceCheck", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            var story = freshStoryFor(t, QUALITY_MANAGER, StoryStatus.FORWARDED);
            var checking = storyService.requestRelevanceCheck(story.id(), story.version(), "Matrix: still relevant?");
            return verified(checking, checking.status() == StoryStatus.RELEVANCE_CHECK, "relevance check requested");
        }));
        rows.add(org("StoryService.markPublished", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            var story = freshStoryFor(t, QUALITY_MANAGER, StoryStatus.RELEVANCE_CONFIRMED);
            var published = storyService.markPublished(story.id(), story.version(), ConsentUse.PUBLICITY,
                    "Matrix newsletter", LocalDate.of(2027, 9, 15));
            return verified(published, published.status() == StoryStatus.PUBLISHED, "published");
        }));
        rows.add(org("StoryService.writePack", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            var out = new ByteArrayOutputStream();
            var name = storyService.writePack(forwardedStoryOf(t.organisationId()), out);
            return verified(name, out.size() > 4 && out.toByteArray()[0] == 'P' && out.toByteArray()[1] == 'K',
                    "a ZIP");
        }));

        // contract performance reviews: a provider its own organisation's, quality managers (the performance
        // manager) every organisation's and they alone schedule and record them
        rows.add(org("ContractReviewService.reviews", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            long id = reviewOf(t.organisationId());
            var listed = contractReviews.reviews(t.organisationId());
            return verified(listed, listed.stream().anyMatch(r -> r.id() == id), "the organisation's review");
        }));
        rows.add(org("ContractReviewService.review", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var review = contractReviews.review(reviewOf(t.organisationId()));
            return verified(review, review.organisationId() == t.organisationId(), "the organisation's review");
        }));
        rows.add(org("ContractReviewService.schedule", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            YearMonth month = REVIEW_MONTHS.next();
            var scheduled = contractReviews.schedule(t.organisationId(), month, month.plusMonths(1).atDay(10),
                    "Matrix attendees");
            return verified(scheduled, scheduled.month().equals(month) && !scheduled.held(), "scheduled");
        }));
        rows.add(org("ContractReviewService.record", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            boolean changes = t.role() == Role.QUALITY_MANAGER;
            var review = changes ? newReviewOf(t.organisationId()) : contractReviews.review(reviewOf(t.organisationId()));
            var recorded = contractReviews.record(review.id(), review.version(), "Matrix attendees", "Matrix notes",
                    List.of(new uk.providerportal.contractreview.AgreedAction("Matrix action", "Matrix owner",
                            review.meetingOn().plusDays(14))));
            return verified(recorded, recorded.held() && recorded.actions().size() == 1, "recorded");
        }));
        rows.add(org("ContractReviewService.writePackPdf", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var out = new ByteArrayOutputStream();
            var name = contractReviews.writePackPdf(reviewOf(t.organisationId()), out);
            return verified(name, new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .startsWith("%PDF-"), "a PDF");
        }));
        rows.add(org("ContractReviewService.writePackWorkbook", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var out = new ByteArrayOutputStream();
            var name = contractReviews.writePackWorkbook(reviewOf(t.organisationId()), out);
            return verified(name, out.size() > 4 && out.toByteArray()[0] == 'P' && out.toByteArray()[1] == 'K',
                    "an Excel workbook");
        }));

        // performance management: a provider its own contract, writing its plan and assurance action plans; quality
        // managers (performance managers) every contract, setting levels, commenting and recording reviews
        rows.add(org("PerformanceService.workspace", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var record = performanceService.workspace(t.organisationId());
            return verified(record, record.organisationId() == t.organisationId(), "the organisation's contract");
        }));
        rows.add(org("PerformanceService.saveActionPlan", PROVIDER, NOBODY, t -> {
            var saved = performanceService.saveActionPlan(t.organisationId(), performanceVersion(t.organisationId()),
                    matrixPlan());
            return verified(saved, saved.planNumber() >= 1 && saved.plan().actions().size() == 1, "plan saved");
        }));
        rows.add(org("PerformanceService.commentOnActionPlan", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            planOf(t.organisationId());
            var commented = performanceService.commentOnActionPlan(t.organisationId(),
                    performanceVersion(t.organisationId()), "Matrix: add the pipeline");
            return verified(commented, commented.latestComment().isPresent(), "commented");
        }));
        rows.add(org("PerformanceService.setLevel", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            String current = jdbc.queryForList("select intervention_level from performance_contract where "
                    + "organisation_id = ?", String.class, t.organisationId()).stream().findFirst().orElse("");
            var next = current.equals(InterventionLevel.ENHANCED.name()) ? InterventionLevel.INFORMAL
                    : InterventionLevel.ENHANCED;
            var set = performanceService.setLevel(t.organisationId(), performanceVersion(t.organisationId()),
                    new LevelChange(next, LocalDate.of(2020, 1, 1), "Matrix reason", "", null, null, null));
            return verified(set, set.level() == next, "level set");
        }));
        rows.add(org("PerformanceService.recordAssuranceReview", QUALITY_MANAGER, QUALITY_MANAGER, t -> {
            var recorded = performanceService.recordAssuranceReview(t.organisationId(), new NewAssuranceReview(
                    LocalDate.of(2020, 1, 1), AssuranceRating.REASONABLE, List.of(new Finding(
                            AssuranceArea.SERVICE_DELIVERY, "Matrix finding")), null));
            return verified(recorded, !recorded.reviews().isEmpty(), "review recorded");
        }));
        rows.add(org("PerformanceService.submitAssurancePlan", PROVIDER, NOBODY, t -> {
            var review = limitedReviewOf(t.organisationId()).reviews().stream()
                    .filter(r -> r.planDueOn() != null && r.planSubmittedOn() == null).findFirst().orElseThrow();
            var submitted = performanceService.submitAssurancePlan(review.id(), review.version(), "Matrix plan");
            return verified(submitted, submitted.reviews().stream().anyMatch(r -> r.id() == review.id()
                    && r.planSubmittedOn() != null), "plan submitted");
        }));

        // contract returns and KPIs (issue 15): a provider its own organisation's returns, quality managers (the
        // performance manager) every organisation's; only an admin keeps the KPI catalogue or records old returns
        rows.add(new Operation("ReturnService.returns", Scope.ORGANISATION, PROVIDER_OR_QM, QUALITY_MANAGER, true,
                t -> {
                    var listed = returnService.returns(t.organisationId());
                    if (listed.stream().noneMatch(r -> r.organisationId() == t.organisationId())) {
                        throw new ItemNotFoundException("Organisation " + t.organisationId());
                    }
                    return verified(listed, listed.stream().allMatch(r -> r.organisationId() == t.organisationId()),
                            "only the organisation's returns");
                }));
        rows.add(org("ReturnService.returnOf", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var found = returnService.returnOf(t.organisationId(), ReturnType.MANAGEMENT_INFORMATION, RETURN_MONTH);
            return verified(found, found.organisationId() == t.organisationId(), "the organisation's return");
        }));
        rows.add(org("ReturnService.dueOn", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var due = returnService.dueOn(t.organisationId(), ReturnType.MANAGEMENT_INFORMATION, RETURN_MONTH);
            return verified(due, due.equals(LocalDate.of(2027, 9, 21)), "the 15th working day of September");
        }));
        rows.add(org("ReturnService.writeTemplate", PROVIDER, NOBODY, t -> {
            var out = new ByteArrayOutputStream();
            returnService.writeTemplate(t.organisationId(), ReturnType.MANAGEMENT_INFORMATION, RETURN_MONTH, out);
            return verified(out, out.size() > 4 && out.toByteArray()[0] == 'P', "a workbook");
        }));
        rows.add(org("ReturnService.upload", PROVIDER, NOBODY, t -> {
            byte[] template = signInAs.call(world.own().provider(), () -> {
                var out = new ByteArrayOutputStream();
                returnService.writeTemplate(world.own().id(), ReturnType.CUSTOMER_INSIGHT, RETURN_MONTH, out);
                return out.toByteArray();
            });
            byte[] filled;
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(template))) {
                var sheet = workbook.getSheetAt(0);
                long[] values = {10, 5, 2, 2, 1, 0, 0};
                for (int i = 0; i < values.length; i++) {
                    sheet.getRow(4 + i).getCell(2).setCellValue(values[i]);
                }
                var out = new ByteArrayOutputStream();
                workbook.write(out);
                filled = out.toByteArray();
            }
            var result = returnService.upload(t.organisationId(), ReturnType.CUSTOMER_INSIGHT, RETURN_MONTH,
                    new ByteArrayInputStream(filled), "Matrix correction");
            return verified(result, result.ok(), "sent: " + result.problems());
        }));
        rows.add(org("ReturnService.submitFigures", PROVIDER, NOBODY, t -> {
            var result = returnService.submitFigures(t.organisationId(), ReturnType.CUSTOMER_SERVICE_STANDARDS,
                    RETURN_MONTH, new java.util.LinkedHashMap<>(Map.of("COMPLAINTS", 2L, "COMPLAINTS_10WD", 2L,
                            "CALLS", 20L, "CALLS_60S", 18L)), "Matrix correction");
            return verified(result, result.ok(), "sent: " + result.problems());
        }));
        rows.add(org("ReturnService.recordReceived", ADMIN, ADMIN, t -> {
            YearMonth period = RETURN_MONTH.minusMonths(RETURN_MONTHS.incrementAndGet());
            var result = returnService.recordReceived(t.organisationId(), ReturnType.CUSTOMER_SERVICE_STANDARDS,
                    period, Map.of("COMPLAINTS", 2L, "COMPLAINTS_10WD", 2L, "CALLS", 20L, "CALLS_60S", 18L),
                    period.plusMonths(1).atDay(20));
            return verified(result, result.ok(), "recorded: " + result.problems());
        }));
        rows.add(global("ReturnService.reminders", ADMIN, t -> returnService.reminders()));
        rows.add(global("NotificationService.checkReturnReminders", ADMIN, t -> notifications.checkReturnReminders()));
        rows.add(global("ContractKpiService.catalogue", ADMIN_OR_QM, t -> contractKpis.catalogue(world.programmeId())));
        rows.add(global("ContractKpiService.addKpi", ADMIN, t -> {
            var added = contractKpis.addKpi(world.programmeId(), new NewContractKpi("MX" + SEQUENCE.incrementAndGet(),
                    "Matrix KPI", KpiMeasure.REPORTED, KpiSource.SOCIAL_VALUE, List.of("VOLUNTEER_HOURS"), null,
                    Frequency.QUARTERLY, new BigDecimal("100"), new TierBounds(new BigDecimal("100"),
                    new BigDecimal("80"), new BigDecimal("60")), LocalDate.of(2027, 1, 1)));
            return verified(added, added.programmeId() == world.programmeId(), "in the programme's catalogue");
        }));
        rows.add(org("ContractKpiService.kpiTable", PROVIDER_OR_QM, QUALITY_MANAGER, t -> {
            var table = contractKpis.kpiTable(t.organisationId(), RETURN_MONTH);
            return verified(table, table.organisationId() == t.organisationId(), "the organisation's KPIs");
        }));

        // notifications
        rows.add(org("UserService.activeProviderUsers", FUNDER, FUNDER, t -> users.activeProviderUsers(t.organisationId())));
        rows.add(global("NotificationService.outbox", ADMIN,
                t -> notifications.outbox(OutboxFilter.all(), PageRequest.of(0, 5))));
        rows.add(global("NotificationService.countOutbox", ADMIN, t -> notifications.countOutbox(OutboxFilter.all())));
        rows.add(global("NotificationService.outboxCounts", ADMIN, t -> notifications.outboxCounts()));
        rows.add(global("NotificationService.mailServerConfigured", ADMIN, t -> notifications.mailServerConfigured()));
        rows.add(global("NotificationService.mail", ADMIN, t -> notifications.mail(keptMail())));
        rows.add(global("NotificationService.sendAgain", ADMIN, t -> {
            long id = keptMail();
            var mail = notifications.sendAgain(id);
            return verified(mail, mail.attempts() == 0, "due again");
        }));
        rows.add(global("NotificationService.runOutcomeDigest", ADMIN, t -> notifications.runOutcomeDigest()));
        rows.add(global("NotificationService.checkMissingSamples", ADMIN, t -> notifications.checkMissingSamples()));
        rows.add(global("NotificationService.mySettings", EVERYONE, t -> notifications.mySettings()));
        rows.add(global("NotificationService.saveMySettings", EVERYONE,
                t -> notifications.saveMySettings(EnumSet.allOf(NoticeKind.class))));

        // audit
        rows.add(org("AuditLog.search", ADMIN_OR_QM, ADMIN_OR_QM, t -> auditLog.search(auditQuery(t),
                PageRequest.of(0, 5))));
        rows.add(org("AuditLog.count", ADMIN_OR_QM, ADMIN_OR_QM, t -> auditLog.count(auditQuery(t))));
        rows.add(global("AuditLog.actions", ADMIN_OR_QM, t -> auditLog.actions()));
        rows.add(global("AuditLog.latest", ADMIN_OR_QM, t -> auditLog.latest()));
        rows.add(org("AuditLog.export", ADMIN_OR_QM, ADMIN_OR_QM,
                t -> auditLog.export(auditQuery(t), new ByteArrayOutputStream())));
        return rows;
    }

    /** A mail in the outbox to the own organisation's provider user, kept for want of a mail server. */
    long keptMail() {
        long recipient = fixtures.userId(world.own().provider());
        jdbc.update("insert into notification_outbox (notice_kind, notice_key, recipient_user_id, recipient_name, "
                + "recipient_email, organisation_id, subject, body, status, attempts, created_at, next_attempt_at) "
                + "values ('KPI_PUBLISHED', ?, ?, 'Matrix', 'matrix@example.org', ?, 'Matrix mail', 'Body', "
                + "'NOT_SENT', 0, '2027-09-15 10:00:00', '2027-09-15 10:00:00')", unique("MATRIX_MAIL"), recipient,
                world.own().id());
        return jdbc.queryForObject("select max(id) from notification_outbox", Long.class);
    }

    static AuditQuery auditQuery(Target target) {
        return new AuditQuery(null, null, null, target.organisationId(), null, null);
    }

    String codeOf(long organisationId) {
        return organisationId == world.own().id() ? world.own().code() : world.other().code();
    }

    Nation nationOf(long organisationId) {
        return organisationId == world.own().id() ? world.own().nation() : world.other().nation();
    }

    Path slaWorkbook(long organisationId) throws Exception {
        return SlaWorkbooks.poi(List.of(
                List.of("Organisation code", "Organisation name", "Month", "Monthly volume", "Weekly sample"),
                List.of(codeOf(organisationId), "", "2027-12", 30, 8)));
    }

    // --- the checks ----------------------------------------------------------------------------------------

    /** The methods the rows must cover: every public method of every feature service. */
    static Set<String> publicServiceMethods() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        Set<String> methods = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("uk.providerportal")) {
            Class<?> service = Class.forName(candidate.getBeanClassName());
            Method[] declared = Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                    .toArray(Method[]::new);
            Map<String, Long> overloads = Arrays.stream(declared)
                    .collect(Collectors.groupingBy(Method::getName, Collectors.counting()));
            for (Method method : declared) {
                String name = service.getSimpleName() + "." + method.getName();
                if (ArchitectureTest.PUBLIC_BY_DESIGN.containsKey(name)) {
                    continue;
                }
                methods.add(overloads.get(method.getName()) > 1 ? name + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")")) : name);
            }
        }
        return methods;
    }

    @Test
    void everyPublicServiceMethod_hasARow() throws Exception {
        Set<String> rows = operations().stream().map(Operation::method).collect(Collectors.toCollection(TreeSet::new));
        Set<String> required = publicServiceMethods();
        assertThat(required).as("public service methods").hasSizeGreaterThan(80);
        assertThat(rows).as("service methods with no row in the matrix (add one, or list it in "
                + "ArchitectureTest.PUBLIC_BY_DESIGN with the reason)").containsAll(required);
        assertThat(required).as("rows naming no existing public service method").containsAll(rows);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationForEveryRoleAndTenant() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations()) {
            for (Role role : Role.values()) {
                for (Tenant tenant : operation.scope() == Scope.NONE ? List.of(Tenant.OWN) : List.of(Tenant.values())) {
                    boolean allowed = (tenant == Tenant.OWN ? operation.allowedOwn() : operation.allowedOther())
                            .contains(role);
                    String name = operation.method() + " by " + role + (operation.scope() == Scope.NONE ? ""
                            : " on " + (tenant == Tenant.OWN ? "own" : "another") + " organisation")
                            + (operation.scope() == Scope.CALLERS_OWN ? " (acts on the caller's own)" : "")
                            + ": " + (allowed ? "allowed" : "denied and audited");
                    tests.add(DynamicTest.dynamicTest(name, () -> check(operation, role, tenant, allowed)));
                }
            }
        }
        return tests.stream();
    }

    private void check(Operation operation, Role role, Tenant tenant, boolean allowed) throws Exception {
        long target = tenant == Tenant.OWN ? world.own().id() : world.other().id();
        var where = new Target(role, tenant, target, world.own().id());
        String subject = player(role);
        long deniedBefore = deniedCount(subject);
        if (allowed) {
            signInAs.call(subject, () -> operation.call().invoke(where));
            assertThat(deniedCount(subject)).as("no refusal recorded").isEqualTo(deniedBefore);
        } else {
            assertThatThrownBy(() -> signInAs.call(subject, () -> operation.call().invoke(where)))
                    .isInstanceOfAny(AccessDeniedException.class, ItemNotFoundException.class);
            if (!operation.filtered()) {
                assertThat(deniedCount(subject)).as("refusal recorded in the audit trail").isGreaterThan(deniedBefore);
            }
        }
    }

    private long deniedCount(String subject) {
        return jdbc.queryForObject("select count(*) from audit_event where actor_user_id = ? and outcome = 'DENIED'",
                Long.class, fixtures.userId(subject));
    }
}
