package uk.providerportal.calibration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.AssessorStandardCounts;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.ScorecardAnswer;
import uk.providerportal.assessment.ScorecardLine;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.Plural;
import uk.providerportal.cases.AssessorConflicts;
import uk.providerportal.cases.CaseFileSummary;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.CasesService;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.organisation.ProgrammeSummary;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.Role;
import uk.providerportal.security.TenantScope;
import uk.providerportal.standard.CatalogueEntry;
import uk.providerportal.standard.Standard;
import uk.providerportal.standard.StandardsService;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserService;

/**
 * Calibration of assessors (issue 11, item 10). For the quality team: each assessor's share of met, not met and not
 * applicable per standard over a period, beside the team's, with {@link OutlierRule outliers} named. And calibration
 * exercises: a quality manager invites two or more independent assessors to score one case blind; each sees only
 * their own scorecard (never the others', never the case's real assessment) until every one has submitted or the
 * quality manager opens the results; then everyone in the exercise and the quality team see the {@link Agreement}
 * per standard, and the quality manager records the discussion and closes it.
 */
@Service
@Transactional(readOnly = true)
public class CalibrationService {

    static final String ENTITY = "CalibrationExercise";
    /** The longest period the statistics cover at once. */
    static final int MAX_MONTHS = 24;

    private final CalibrationExerciseRepository exercises;
    private final ExerciseParticipantRepository participants;
    private final AssessmentService assessments;
    private final CasesService cases;
    private final StandardsService standards;
    private final OrganisationService organisations;
    private final UserService users;
    private final AssessorConflicts conflicts;
    private final CurrentUser currentUser;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final Clock clock;

    CalibrationService(CalibrationExerciseRepository exercises, ExerciseParticipantRepository participants,
                       AssessmentService assessments, CasesService cases, StandardsService standards,
                       OrganisationService organisations, UserService users, AssessorConflicts conflicts,
                       CurrentUser currentUser, TenantScope tenantScope, AuditLog auditLog, Clock clock) {
        this.exercises = exercises;
        this.participants = participants;
        this.assessments = assessments;
        this.cases = cases;
        this.standards = standards;
        this.organisations = organisations;
        this.users = users;
        this.conflicts = conflicts;
        this.currentUser = currentUser;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // --- statistics --------------------------------------------------------------------------------------------

    /**
     * Each assessor's shares per standard over assessment months {@code from} to {@code to} (by default the last
     * three, this one included), from the assessors' own outcomes on submitted scorecards (not the moderated ones),
     * beside the whole team's, with {@link OutlierRule} outliers explained.
     */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public CalibrationStatistics statistics(@Nullable YearMonth from, @Nullable YearMonth to) {
        YearMonth last = to == null ? YearMonth.now(clock.withZone(DateFormats.ZONE)) : to;
        YearMonth first = from == null ? last.minusMonths(2) : from;
        if (first.isAfter(last)) {
            throw new ChangeRefused("from", "The period starts after it ends: choose a first month on or before "
                    + DateFormats.month(last) + ".");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new ChangeRefused("to", "Choose a period of " + MAX_MONTHS + " months or fewer.");
        }
        List<AssessorStandardCounts> counts = assessments.outcomeCounts(first, last);
        Map<String, int[]> team = new HashMap<>();
        for (AssessorStandardCounts row : counts) {
            int[] sum = team.computeIfAbsent(row.programmeId() + "|" + row.code(), key -> new int[3]);
            sum[0] += row.met();
            sum[1] += row.notMet();
            sum[2] += row.notApplicable();
        }
        List<StandardShare> rows = counts.stream().map(row -> {
            int[] sum = team.get(row.programmeId() + "|" + row.code());
            var mine = new OutlierRule.Counts(row.notMet(), row.notApplicable(), row.total());
            var rest = new OutlierRule.Counts(sum[1] - row.notMet(), sum[2] - row.notApplicable(),
                    sum[0] + sum[1] + sum[2] - row.total());
            return new StandardShare(row.assessorId(), row.assessorName(), row.programmeName(), row.code(),
                    row.title(), row.met(), row.notMet(), row.notApplicable(), sum[0], sum[1], sum[2],
                    OutlierRule.explain(mine, rest));
        }).sorted(Comparator.comparing(StandardShare::assessorName).thenComparing(StandardShare::programmeName)
                .thenComparing(StandardShare::code, Standard.CODE_ORDER)).toList();
        return new CalibrationStatistics(first, last, rows);
    }

    // --- the quality team's exercises ----------------------------------------------------------------------------

    /**
     * A page of the exercises whose case reference contains the given text (empty: every exercise): scoring first,
     * then with results open, then closed; soonest due first.
     */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<ExerciseSummary> exercises(String caseReference, Pageable pageable) {
        return summaries(exercises.findByCaseReferenceContainingOrderByStatusDescDueOnAscIdAsc(caseReference.strip(),
                pageable), null);
    }

    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public long countExercises(String caseReference) {
        return exercises.countByCaseReferenceContaining(caseReference.strip());
    }

    /**
     * Sets up an exercise on a case (any organisation's, not withdrawn) for two or more assessors, each of whom must
     * be an active assessor independent of the case's organisation (not working for it, no declared conflict of
     * interest) and not the case's own assessor, so that everyone scores it blind. The standards are those in force
     * today for the case's programme. A refused assessor is audited.
     */
    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER)
    public ExerciseSummary setUp(NewExercise exercise) {
        if (exercise.organisationId() == null) {
            throw new ChangeRefused("organisation", "Choose the delivery partner whose case is calibrated.");
        }
        String reference = exercise.reference().strip();
        if (reference.isEmpty()) {
            throw new ChangeRefused("reference", "Enter the reference of the case to calibrate.");
        }
        OrganisationSummary organisation = organisations.findOrganisation(exercise.organisationId());
        CaseSummary sample = cases.caseByReference(organisation.id(), reference).orElseThrow(() ->
                new ChangeRefused("reference", organisation.name() + " has no case " + reference + " (withdrawn "
                        + "cases do not count). Check the reference."));
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        if (exercise.dueOn() == null) {
            throw new ChangeRefused("dueOn", "Choose the date the scorecards are due.");
        }
        if (exercise.dueOn().isBefore(today)) {
            throw new ChangeRefused("dueOn", "The due date has passed: choose today or a later date.");
        }
        List<Long> invited = List.copyOf(new LinkedHashSet<>(exercise.assessorIds()));
        if (invited.size() < 2) {
            throw new ChangeRefused("assessors", "Invite at least two assessors: calibration compares their "
                    + "answers.");
        }
        List<UserAccount> accounts = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (long assessorId : invited) {
            UserAccount account = users.findAccount(assessorId).orElseThrow(() ->
                    new ChangeRefused("assessors", "One of the chosen assessors no longer exists. Reload the page."));
            String whyNot = whyNot(account, sample);
            if (whyNot == null) {
                accounts.add(account);
            } else {
                refused.add(whyNot);
            }
        }
        if (!refused.isEmpty()) {
            String message = String.join(" ", refused) + " Choose other assessors.";
            auditLog.recordDenied("CALIBRATION_SET_UP_REFUSED", CasesService.ENTITY, sample.id(), "Refused to set "
                    + "up a calibration exercise on case " + sample.reference() + " (" + sample.organisationName()
                    + "): " + message);
            throw new ChangeRefused("assessors", message);
        }
        List<Long> versionIds = standards.catalogueVersions(organisation.programmeId(), today).stream()
                .map(CatalogueEntry::versionId).toList();
        if (versionIds.isEmpty()) {
            throw new ChangeRefused("reference", organisation.programmeName() + " has no standards in force today: "
                    + "there is nothing to score.");
        }
        PortalIdentity me = currentUser.require();
        CalibrationExercise saved = exercises.saveAndFlush(new CalibrationExercise(sample.id(), organisation.id(),
                organisation.programmeId(), sample.reference(), today, exercise.dueOn(), me.displayName(),
                clock.instant()));
        for (UserAccount account : accounts) {
            participants.save(new ExerciseParticipant(saved.id(), account.id(), account.name(), versionIds));
        }
        participants.flush();
        auditLog.record("CALIBRATION_EXERCISE_SET_UP", ENTITY, saved.id(), "Set up a calibration exercise on case "
                + sample.reference() + " (" + organisation.name() + ") for " + names(accounts) + ", due "
                + DateFormats.date(exercise.dueOn()) + ": " + Plural.of(versionIds.size(), "standard")
                + " in force on " + DateFormats.date(today));
        return summaries(List.of(saved), null).getFirst();
    }

    /** Why this person cannot score this case blind, or null when they can. */
    private @Nullable String whyNot(UserAccount account, CaseSummary sample) {
        if (!account.roles().contains(Role.ASSESSOR) || !account.active()) {
            return account.name() + " is not an active assessor.";
        }
        if (Objects.equals(account.organisationId(), sample.organisationId())) {
            return account.name() + " works for " + sample.organisationName() + " and cannot calibrate its cases.";
        }
        if (conflicts.declared(account.id(), sample.organisationId())) {
            return account.name() + " has declared a conflict of interest with " + sample.organisationName() + ".";
        }
        if (Objects.equals(account.id(), sample.assessorId())) {
            return account.name() + " is the assessor of case " + sample.reference() + " and would not score it "
                    + "blind.";
        }
        return null;
    }

    /**
     * Opens the results before every invited assessor has submitted (at least two must have): the others' drafts
     * are left out. Results open by themselves once everyone has submitted.
     */
    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER)
    public ExerciseResults openResults(long exerciseId) {
        CalibrationExercise exercise = exercise(exerciseId);
        if (exercise.status() != ExerciseStatus.SCORING) {
            throw new ChangeRefused("status", "The results of this exercise are already open.");
        }
        List<ExerciseParticipant> taking = participants.findByExerciseIdOrderByAssessorNameAscIdAsc(exerciseId);
        long submitted = taking.stream().filter(ExerciseParticipant::hasSubmitted).count();
        if (submitted < 2) {
            throw new ChangeRefused("status", Plural.of(submitted, "assessor has", "assessors have") + " submitted "
                    + "so far: the results need at least two scorecards to compare.");
        }
        exercise.openResults(clock.instant());
        exercises.saveAndFlush(exercise);
        auditLog.record("CALIBRATION_RESULTS_OPENED", ENTITY, exerciseId, "Opened the results of the calibration "
                + "exercise on case " + exercise.caseReference() + " with " + submitted + " of " + taking.size()
                + " scorecards submitted");
        return results(exercise);
    }

    /** Records the discussion and closes the exercise; its case record is no longer open to the assessors. */
    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER)
    public ExerciseResults close(long exerciseId, String notes) {
        CalibrationExercise exercise = exercise(exerciseId);
        if (exercise.status() == ExerciseStatus.SCORING) {
            throw new ChangeRefused("status", "Open the results and discuss them before closing the exercise.");
        }
        if (exercise.status() == ExerciseStatus.CLOSED) {
            throw new ChangeRefused("status", "This exercise was closed by " + exercise.closedBy() + " on "
                    + DateFormats.dateTime(Objects.requireNonNull(exercise.closedAt())) + ".");
        }
        String text = notes.strip();
        if (text.isEmpty()) {
            throw new ChangeRefused("notes", "Record what the discussion agreed before closing the exercise.");
        }
        if (text.length() > CalibrationExercise.MAX_NOTES) {
            throw new ChangeRefused("notes", "Keep the discussion notes to " + CalibrationExercise.MAX_NOTES
                    + " characters or fewer: they have " + text.length() + ".");
        }
        exercise.close(text, currentUser.require().displayName(), clock.instant());
        exercises.saveAndFlush(exercise);
        auditLog.record("CALIBRATION_EXERCISE_CLOSED", ENTITY, exerciseId, "Closed the calibration exercise on case "
                + exercise.caseReference() + " with the discussion recorded");
        return results(exercise);
    }

    /**
     * An exercise's page: for the quality team, and for the assessors invited to it. Answers appear only once the
     * results are open. Anyone else is refused (audited) as if it did not exist.
     */
    @PreAuthorize(Access.FUNDER_STAFF)
    public ExerciseResults results(long exerciseId) {
        PortalIdentity me = currentUser.require();
        CalibrationExercise exercise = exercises.findById(exerciseId).orElse(null);
        if (!qualityTeam(me) && (exercise == null
                || participants.findByExerciseIdAndAssessorId(exerciseId, me.userId()).isEmpty())) {
            throw tenantScope.refuse("READ_CALIBRATION_RESULTS", ENTITY, exerciseId, "not invited to it");
        }
        if (exercise == null) {
            throw new ItemNotFoundException(ENTITY + " " + exerciseId);
        }
        return results(exercise);
    }

    private static boolean qualityTeam(PortalIdentity me) {
        return me.hasRole(Role.QUALITY_MANAGER) || me.hasRole(Role.ADMIN);
    }

    private ExerciseResults results(CalibrationExercise exercise) {
        List<ExerciseParticipant> taking = participants.findByExerciseIdOrderByAssessorNameAscIdAsc(exercise.id());
        List<StandardAgreement> agreements = new ArrayList<>();
        List<Agreement> all = new ArrayList<>();
        if (exercise.status() != ExerciseStatus.SCORING && !taking.isEmpty()) {
            List<ExerciseParticipant> submitted = taking.stream().filter(ExerciseParticipant::hasSubmitted).toList();
            List<Long> versionIds = taking.getFirst().answers().stream().map(ExerciseAnswer::standardVersionId)
                    .toList();
            Map<Long, CatalogueEntry> byVersion = standards.versions(versionIds);
            for (int i = 0; i < versionIds.size(); i++) {
                int position = i;
                List<StandardAgreement.AnswerGiven> given = submitted.stream().map(p -> {
                    ExerciseAnswer answer = p.answers().get(position);
                    return new StandardAgreement.AnswerGiven(p.assessorName(), answer.outcome(), answer.impact(),
                            answer.note());
                }).toList();
                Agreement agreement = Agreement.of(given.stream().map(StandardAgreement.AnswerGiven::outcome)
                        .toList());
                all.add(agreement);
                Standard standard = Objects.requireNonNull(byVersion.get(versionIds.get(i))).standard();
                agreements.add(new StandardAgreement(standard.code(), standard.title(), standard.category(),
                        agreement.met(), agreement.notMet(), agreement.notApplicable(), agreement.describe(),
                        agreement.percent(), agreement.belowThreshold(), given));
            }
        }
        OrganisationSummary organisation = organisations.findOrganisation(exercise.organisationId());
        return new ExerciseResults(exercise.id(), exercise.caseSampleId(), exercise.caseReference(),
                organisation.name(), programmeName(exercise), exercise.dueOn(), exercise.standardsOn(),
                exercise.status(), exercise.setUpBy(), exercise.setUpAt(),
                taking.stream().map(p -> new ExerciseResults.Taking(p.assessorName(), p.submittedAt())).toList(),
                agreements, exercise.status() == ExerciseStatus.SCORING ? null : Agreement.overall(all),
                exercise.discussionNotes(), exercise.closedBy(), exercise.closedAt(),
                currentUser.require().hasRole(Role.QUALITY_MANAGER) && exercise.status() != ExerciseStatus.CLOSED);
    }

    // --- an invited assessor's side ------------------------------------------------------------------------------

    /** A page of the exercises the signed-in assessor is invited to: those still scoring first. */
    @PreAuthorize(Access.ASSESSOR)
    public List<ExerciseSummary> myExercises(Pageable pageable) {
        long me = currentUser.require().userId();
        Map<Long, ExerciseParticipant> mine = participants.mine(me, pageable).stream()
                .collect(Collectors.toMap(ExerciseParticipant::exerciseId, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        Map<Long, CalibrationExercise> byId = exercises.findByIds(mine.keySet()).stream()
                .collect(Collectors.toMap(CalibrationExercise::id, Function.identity()));
        return summaries(mine.keySet().stream().map(byId::get).filter(Objects::nonNull).toList(), mine);
    }

    @PreAuthorize(Access.ASSESSOR)
    public long countMyExercises() {
        return participants.countByAssessorId(currentUser.require().userId());
    }

    /** The signed-in assessor's own blind scorecard of the exercise's case, with the case record files. */
    @PreAuthorize(Access.ASSESSOR)
    public BlindScorecard blindScorecard(long exerciseId) {
        ExerciseParticipant mine = invited("READ_CALIBRATION_SCORECARD", exerciseId);
        return toBlindScorecard(exercise(exerciseId), mine);
    }

    /** Saves the signed-in assessor's answers as they are, complete or not. */
    @Transactional
    @PreAuthorize(Access.ASSESSOR)
    public BlindScorecard saveAnswers(long exerciseId, BlindAnswers answers) {
        ExerciseParticipant mine = invited("SAVE_CALIBRATION_SCORECARD", exerciseId);
        CalibrationExercise exercise = exercise(exerciseId);
        record(exercise, mine, answers);
        auditLog.record("CALIBRATION_SCORECARD_SAVED", ENTITY, exerciseId, "Saved a draft calibration scorecard of "
                + "case " + exercise.caseReference() + ": " + mine.answered() + " of " + mine.answers().size()
                + " answered");
        return toBlindScorecard(exercise, mine);
    }

    /**
     * Saves the answers, then submits them when every standard has an outcome (and every unmet standard carrying
     * customer impact has one chosen); refused otherwise, naming what is missing, with the answers kept as a draft.
     * The last invited assessor to submit opens the results for everyone.
     */
    @Transactional(noRollbackFor = ChangeRefused.class)
    @PreAuthorize(Access.ASSESSOR)
    public BlindScorecard submitAnswers(long exerciseId, BlindAnswers answers) {
        ExerciseParticipant mine = invited("SUBMIT_CALIBRATION_SCORECARD", exerciseId);
        CalibrationExercise exercise = exercise(exerciseId);
        Map<Long, CatalogueEntry> byVersion = record(exercise, mine, answers);
        List<String> unanswered = new ArrayList<>();
        List<String> noImpact = new ArrayList<>();
        for (ExerciseAnswer answer : mine.answers()) {
            Standard standard = Objects.requireNonNull(byVersion.get(answer.standardVersionId())).standard();
            if (answer.outcome() == null) {
                unanswered.add(standard.code());
            } else if (answer.outcome() == Outcome.NOT_MET && standard.customerImpact() && answer.impact() == null) {
                noImpact.add(standard.code());
            }
        }
        if (!unanswered.isEmpty()) {
            throw new ChangeRefused("outcomes", "Every standard needs an outcome before you submit: "
                    + Plural.of(unanswered.size(), "standard has", "standards have") + " none yet ("
                    + String.join(", ", unanswered) + "). Your answers are saved as a draft.");
        }
        if (!noImpact.isEmpty()) {
            throw new ChangeRefused("outcomes", "Choose the customer impact of unmet "
                    + (noImpact.size() == 1 ? "standard " : "standards ") + String.join(", ", noImpact)
                    + " before you submit. Your answers are saved as a draft.");
        }
        mine.submitted(clock.instant());
        participants.saveAndFlush(mine);
        auditLog.record("CALIBRATION_SCORECARD_SUBMITTED", ENTITY, exerciseId, "Submitted a calibration scorecard "
                + "of case " + exercise.caseReference());
        List<ExerciseParticipant> taking = participants.findByExerciseIdOrderByAssessorNameAscIdAsc(exerciseId);
        if (taking.stream().allMatch(ExerciseParticipant::hasSubmitted)) {
            exercise.openResults(clock.instant());
            exercises.saveAndFlush(exercise);
            auditLog.record("CALIBRATION_RESULTS_OPENED", ENTITY, exerciseId, "Opened the results of the "
                    + "calibration exercise on case " + exercise.caseReference() + ": every invited assessor ("
                    + taking.size() + ") has submitted");
        }
        return toBlindScorecard(exercise, mine);
    }

    /** Applies the answers to the assessor's own scorecard, saved; the standards by version id, for the caller. */
    private Map<Long, CatalogueEntry> record(CalibrationExercise exercise, ExerciseParticipant mine,
                                             BlindAnswers answers) {
        if (exercise.status() != ExerciseStatus.SCORING) {
            throw new ChangeRefused("status", "The results of this exercise are open: answers can no longer change.");
        }
        if (mine.hasSubmitted()) {
            throw new ChangeRefused("status", "You submitted this scorecard on "
                    + DateFormats.dateTime(Objects.requireNonNull(mine.submittedAt())) + ": it can no longer change.");
        }
        if (mine.getVersion() != answers.version()) {
            throw new ChangeRefused("version", "This scorecard was saved elsewhere after you opened it. Reload it "
                    + "to see those answers; yours are not saved.");
        }
        Map<Long, ScorecardAnswer> byVersionId = new HashMap<>();
        answers.answers().forEach(answer -> byVersionId.put(answer.standardVersionId(), answer));
        Map<Long, CatalogueEntry> byVersion = standards.versions(mine.answers().stream()
                .map(ExerciseAnswer::standardVersionId).toList());
        for (ExerciseAnswer line : mine.answers()) {
            ScorecardAnswer answer = byVersionId.remove(line.standardVersionId());
            if (answer == null) {
                continue;
            }
            String note = answer.note() == null ? null : answer.note().strip();
            if (answer.outcome() == Outcome.NOT_MET && note != null && note.length() > ExerciseAnswer.MAX_NOTE) {
                throw new ChangeRefused("note:" + line.standardVersionId(), "Keep the note on standard "
                        + Objects.requireNonNull(byVersion.get(line.standardVersionId())).standard().code() + " to "
                        + ExerciseAnswer.MAX_NOTE + " characters or fewer: it has " + note.length() + ".");
            }
            line.record(answer.outcome(), answer.impact(), note);
        }
        if (!byVersionId.isEmpty()) {
            throw new ChangeRefused("outcomes", "Some answers name standards that are not on this scorecard. Reload "
                    + "the scorecard and try again.");
        }
        mine.saved(clock.instant());
        participants.saveAndFlush(mine);
        return byVersion;
    }

    /** The signed-in assessor's place in the exercise; anyone not invited is refused (audited) as "not found". */
    private ExerciseParticipant invited(String operation, long exerciseId) {
        return participants.findByExerciseIdAndAssessorId(exerciseId, currentUser.require().userId())
                .orElseThrow(() -> tenantScope.refuse(operation, ENTITY, exerciseId, "not invited to it"));
    }

    private BlindScorecard toBlindScorecard(CalibrationExercise exercise, ExerciseParticipant mine) {
        Map<Long, CatalogueEntry> byVersion = standards.versions(mine.answers().stream()
                .map(ExerciseAnswer::standardVersionId).toList());
        List<ScorecardLine> lines = mine.answers().stream().map(answer -> new ScorecardLine(answer.standardVersionId(),
                Objects.requireNonNull(byVersion.get(answer.standardVersionId())).standard(), answer.outcome(),
                answer.impact(), answer.note())).toList();
        // The case record is open to the invited assessors until the exercise closes.
        List<CaseFileSummary> files = exercise.status() == ExerciseStatus.CLOSED ? List.of()
                : cases.caseRecord(exercise.caseSampleId()).files();
        return new BlindScorecard(exercise.id(), exercise.caseSampleId(), exercise.caseReference(),
                organisations.findOrganisation(exercise.organisationId()).name(), programmeName(exercise),
                exercise.dueOn(), exercise.standardsOn(), exercise.status(), mine.getVersion(), lines, files,
                mine.savedAt(), mine.submittedAt());
    }

    // --- inside ----------------------------------------------------------------------------------------------------

    private CalibrationExercise exercise(long exerciseId) {
        return exercises.findById(exerciseId).orElseThrow(() -> new ItemNotFoundException(ENTITY + " " + exerciseId));
    }

    private String programmeName(CalibrationExercise exercise) {
        return organisations.programmes().stream().filter(programme -> programme.id() == exercise.programmeId())
                .map(ProgrammeSummary::name).findFirst().orElse("");
    }

    private List<ExerciseSummary> summaries(List<CalibrationExercise> page,
                                            @Nullable Map<Long, ExerciseParticipant> mine) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ExerciseParticipant>> taking = participants.findByExerciseIdIn(page.stream()
                .map(CalibrationExercise::id).toList()).stream()
                .collect(Collectors.groupingBy(ExerciseParticipant::exerciseId));
        Map<Long, String> names = new HashMap<>();
        return page.stream().map(exercise -> {
            List<ExerciseParticipant> invited = taking.getOrDefault(exercise.id(), List.of());
            ExerciseParticipant me = mine == null ? null : mine.get(exercise.id());
            return new ExerciseSummary(exercise.id(), exercise.caseReference(), names.computeIfAbsent(
                    exercise.organisationId(), id -> organisations.findOrganisation(id).name()), exercise.dueOn(),
                    exercise.status(), invited.size(), (int) invited.stream().filter(ExerciseParticipant::hasSubmitted)
                    .count(), exercise.setUpBy(), exercise.setUpAt(), me == null ? null : me.submittedAt());
        }).toList();
    }

    private static String names(List<UserAccount> accounts) {
        List<String> names = accounts.stream().map(UserAccount::name).toList();
        return names.size() == 1 ? names.getFirst() : String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.getLast();
    }
}
