package uk.providerportal.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.cases.AssessorConflicts;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.CasesService;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.TenantScope;
import uk.providerportal.standard.CatalogueEntry;
import uk.providerportal.standard.Standard;
import uk.providerportal.standard.StandardsService;

/**
 * Moderation and release (issue 11, items 5, 6 and 8). Quality managers set each assessment month's moderation
 * rate; a submitted scorecard is picked by {@link ModerationSampling} or released at once; a quality manager who is
 * neither the case's assessor nor conflicted with its organisation agrees with a picked scorecard or changes
 * outcomes with a reason (kept beside the assessor's), which moderates and releases the case. Providers read only
 * their own organisation's released outcomes, never the moderation reasons.
 */
@Service
@Transactional(readOnly = true)
public class ModerationService {

    private final AssessmentRepository assessments;
    private final ModerationRateRepository rates;
    private final CasesService cases;
    private final StandardsService standards;
    private final AssessorConflicts conflicts;
    private final CurrentUser currentUser;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final Clock clock;
    private final OrganisationService organisations;
    private final CommentaryWorkbook commentaryWorkbook;
    private final RandomGenerator random = new SecureRandom();
    private final OutcomeLocks locks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate separately;
    private final CountedCases countedCases;

    ModerationService(AssessmentRepository assessments, ModerationRateRepository rates, CasesService cases,
                      StandardsService standards, AssessorConflicts conflicts, CurrentUser currentUser,
                      TenantScope tenantScope, AuditLog auditLog, Clock clock, OrganisationService organisations,
                      CommentaryWorkbook commentaryWorkbook, OutcomeLocks locks, ApplicationEventPublisher events,
                      PlatformTransactionManager transactions, CountedCases countedCases) {
        this.countedCases = countedCases;
        this.events = events;
        this.separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        separately.setReadOnly(true);
        this.organisations = organisations;
        this.commentaryWorkbook = commentaryWorkbook;
        this.locks = locks;
        this.assessments = assessments;
        this.rates = rates;
        this.cases = cases;
        this.standards = standards;
        this.conflicts = conflicts;
        this.currentUser = currentUser;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // --- the rate ------------------------------------------------------------------------------------------

    /** The month's moderation rate in percent ({@link ModerationRate#DEFAULT_PERCENT} when none was set). */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public int rate(YearMonth month) {
        return ratePercent(month);
    }

    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER)
    public int setRate(YearMonth month, int percent) {
        if (percent < 0 || percent > 100) {
            throw new ChangeRefused("rate", "A moderation rate is a percentage from 0 to 100.");
        }
        ModerationRate rate = rates.findByRoundMonth(month.atDay(1)).orElseGet(() -> new ModerationRate(month));
        int before = rate.getId() == null ? ModerationRate.DEFAULT_PERCENT : rate.ratePercent();
        rate.set(percent, currentUser.require().displayName(), clock.instant());
        rates.saveAndFlush(rate);
        auditLog.record("MODERATION_RATE_SET", "ModerationRate", month.toString(), "Set the moderation rate of "
                + DateFormats.month(month) + " to " + percent + "% (was " + before + "%)");
        return percent;
    }

    private int ratePercent(YearMonth month) {
        return rates.findByRoundMonth(month.atDay(1)).map(ModerationRate::ratePercent)
                .orElse(ModerationRate.DEFAULT_PERCENT);
    }

    // --- picking, when an assessor submits -----------------------------------------------------------------

    /**
     * Called by {@link AssessmentService#submit} inside its transaction, as the assessor: picks the scorecard for
     * moderation by {@link ModerationSampling}, or releases the case straight away. Returns whether it was picked.
     */
    @Transactional
    boolean onSubmitted(Assessment scorecard, CaseSummary summary) {
        YearMonth round = summary.assessmentMonth();
        int rate = ratePercent(round);
        boolean hasPick = assessments.existsByRoundMonthAndAssessorIdAndPickedTrue(round.atDay(1),
                scorecard.assessorId());
        boolean picked = ModerationSampling.pick(rate, hasPick, random);
        if (picked) {
            scorecard.picked();
            assessments.saveAndFlush(scorecard);
            auditLog.record("MODERATION_PICKED", CasesService.ENTITY, summary.id(), "Picked case "
                    + summary.reference() + " (" + summary.organisationName() + ") for moderation (rate "
                    + rate + "% in " + DateFormats.month(round) + (hasPick ? "" : "; the assessor's first this month")
                    + ")");
        } else {
            release(scorecard, summary.id(), "not picked for moderation (rate " + rate + "%)");
        }
        return picked;
    }

    private void release(Assessment scorecard, long caseId, String why) {
        CaseSummary released = cases.release(caseId);
        scorecard.released(clock.instant());
        assessments.saveAndFlush(scorecard);
        auditLog.record("OUTCOME_RELEASED", CasesService.ENTITY, caseId, "Released the outcome of case "
                + released.reference() + " (" + released.organisationName() + ") to its provider: " + why);
        events.publishEvent(new OutcomeReleased(caseId, released.organisationId(), released.reference(),
                Objects.requireNonNull(scorecard.round())));
    }

    // --- the quality team's queue and moderation -------------------------------------------------------------

    /** The picked cases waiting for moderation, oldest submission first. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<ModerationItem> queue(Pageable pageable) {
        List<Assessment> page = assessments.findWaitingForModeration(pageable);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseSummary> byId = cases.casesById(page.stream().map(Assessment::caseSampleId).toList()).stream()
                .collect(Collectors.toMap(CaseSummary::id, Function.identity()));
        return page.stream().map(a -> {
            CaseSummary summary = Objects.requireNonNull(byId.get(a.caseSampleId()));
            return new ModerationItem(a.caseSampleId(), summary.reference(), summary.organisationName(),
                    summary.assessmentMonth(), a.assessorName(), a.submittedAt(), scoreText(a.score(), a.passMark()));
        }).toList();
    }

    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public long countQueue() {
        return assessments.countWaitingForModeration();
    }

    /** A submitted scorecard, read-only, with the moderator's changes beside the assessor's outcomes. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public ModerationCard moderation(long caseId) {
        CaseSummary summary = cases.caseSample(caseId);
        Assessment scorecard = submitted(summary);
        return toCard(summary, scorecard);
    }

    /**
     * Completes a picked case's moderation: no changes means the moderator agrees; each change gives a standard's
     * new outcome with a reason, kept beside the assessor's. The case becomes moderated, then released. Refused
     * (and audited) for the case's own assessor and for a quality manager with a declared conflict of interest with
     * its organisation.
     */
    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER)
    public ModerationCard complete(long caseId, List<ModerationChange> changes) {
        return complete(caseId, changes, null);
    }

    /**
     * {@link #complete(long, List)} for a case whose assessment month is locked after calibration (issue 11, item
     * 10): the quality manager's reason is required, and recorded with the moderation.
     */
    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER)
    public ModerationCard completeInLockedMonth(long caseId, List<ModerationChange> changes, String reason) {
        return complete(caseId, changes, reason);
    }

    private ModerationCard complete(long caseId, List<ModerationChange> changes, @Nullable String lockReason) {
        CaseSummary summary = cases.caseSample(caseId);
        // Locked: a second quality manager completing it at the same moment waits here, then reads the first's.
        Assessment scorecard = assessments.lockByCaseSampleId(summary.id())
                .filter(a -> a.status() == ScorecardStatus.SUBMITTED)
                .orElseThrow(() -> new ItemNotFoundException("Submitted scorecard of case " + summary.id()));
        Instant moderatedAt = scorecard.moderatedAt();
        if (moderatedAt != null) {
            throw new ChangeRefused("moderator", scorecard.moderatedByName() + " completed the moderation of case "
                    + summary.reference() + " on " + DateFormats.dateTime(moderatedAt) + ", so nothing of yours was "
                    + "saved. Reload the page to see the moderated outcome.");
        }
        String whyNot = whyNot(summary, scorecard);
        if (whyNot != null) {
            auditLog.recordDenied("MODERATION_REFUSED", CasesService.ENTITY, caseId, "Refused to let "
                    + currentUser.require().displayName() + " moderate case " + summary.reference() + ": " + whyNot);
            throw new ChangeRefused("moderator", whyNot);
        }
        String lockedReason = locks.reasonToChange(summary, lockReason, "moderate case " + summary.reference());
        Map<Long, StandardOutcome> lines = new HashMap<>();
        scorecard.outcomes().forEach(line -> lines.put(line.standardVersionId(), line));
        Map<Long, CatalogueEntry> byVersion = standards.versions(lines.keySet());
        List<String> described = new ArrayList<>();
        for (ModerationChange change : changes) {
            StandardOutcome line = lines.get(change.standardVersionId());
            if (line == null) {
                throw new ChangeRefused("changes", "A change names a standard that is not on this scorecard. "
                        + "Reload the case and try again.");
            }
            Standard standard = Objects.requireNonNull(byVersion.get(change.standardVersionId())).standard();
            String reason = change.reason() == null ? "" : change.reason().strip();
            String field = "change:" + change.standardVersionId();
            if (reason.isEmpty()) {
                throw new ChangeRefused(field, "Give the reason for changing standard " + standard.code() + ".");
            }
            if (reason.length() > StandardOutcome.MAX_NOTE) {
                throw new ChangeRefused(field, "Keep the reason for standard " + standard.code() + " to "
                        + StandardOutcome.MAX_NOTE + " characters or fewer: it has " + reason.length() + ".");
            }
            String note = change.note() == null ? null : change.note().strip();
            if (note != null && note.length() > StandardOutcome.MAX_NOTE) {
                throw new ChangeRefused(field, "Keep the note on standard " + standard.code() + " to "
                        + StandardOutcome.MAX_NOTE + " characters or fewer: it has " + note.length() + ".");
            }
            if (change.outcome() == Outcome.NOT_MET && standard.customerImpact() && change.impact() == null) {
                throw new ChangeRefused(field, "Choose the customer impact of unmet standard " + standard.code()
                        + ".");
            }
            line.moderate(change.outcome(), change.impact(), note, reason);
            if (line.moderatedOutcome() == line.outcome() && line.moderatedImpact() == line.impact()
                    && Objects.equals(line.moderatedNote(), line.note())) {
                throw new ChangeRefused(field, "The change to standard " + standard.code() + " is the assessor's "
                        + "outcome as it stands: leave it out to agree with it.");
            }
            described.add(standard.code() + " (" + label(line.outcome()) + " to " + label(line.moderatedOutcome())
                    + ")");
        }
        PortalIdentity me = currentUser.require();
        scorecard.moderated(me.userId(), me.displayName(), clock.instant());
        assessments.saveAndFlush(scorecard);
        cases.markModerated(caseId);
        auditLog.record("MODERATION_COMPLETED", CasesService.ENTITY, caseId, "Moderated case " + summary.reference()
                + " (" + summary.organisationName() + "): " + (described.isEmpty() ? "agreed with the assessor"
                : "changed " + String.join(", ", described)) + "; " + scorecard.finalScore()
                .describe(scorecard.passMark()) + (lockedReason == null ? ""
                : "; in a locked month, because: " + lockedReason));
        release(scorecard, caseId, "moderation complete");
        return toCard(cases.caseSample(caseId), scorecard);
    }

    private Assessment submitted(CaseSummary summary) {
        return assessments.findByCaseSampleId(summary.id())
                .filter(a -> a.status() == ScorecardStatus.SUBMITTED)
                .orElseThrow(() -> new ItemNotFoundException("Submitted scorecard of case " + summary.id()));
    }

    /** Why the signed-in person may not moderate the case now, or null when they may. */
    private @Nullable String whyNot(CaseSummary summary, Assessment scorecard) {
        PortalIdentity me = currentUser.require();
        if (scorecard.assessorId() == me.userId()) {
            return "You assessed case " + summary.reference() + ": another quality manager must moderate it.";
        }
        if (conflicts.declared(me.userId(), summary.organisationId())) {
            return "You declared a conflict of interest with " + summary.organisationName() + ": another quality "
                    + "manager must moderate case " + summary.reference() + ".";
        }
        if (!scorecard.isPicked() || summary.status() != CaseStatus.SUBMITTED_FOR_MODERATION
                || scorecard.moderatedAt() != null) {
            return "Case " + summary.reference() + " is " + summary.status().inSentence() + ": it is not waiting "
                    + "for moderation.";
        }
        return null;
    }

    private ModerationCard toCard(CaseSummary summary, Assessment scorecard) {
        Map<Long, CatalogueEntry> byVersion = standards.versions(scorecard.outcomes().stream()
                .map(StandardOutcome::standardVersionId).toList());
        List<ModerationLine> lines = scorecard.outcomes().stream().map(line -> new ModerationLine(
                line.standardVersionId(), Objects.requireNonNull(byVersion.get(line.standardVersionId())).standard(),
                line.outcome(), line.impact(), line.note(), line.moderatedOutcome(), line.moderatedImpact(),
                line.moderatedNote(), line.moderationReason())).toList();
        String whyNot = whyNot(summary, scorecard);
        return new ModerationCard(summary.id(), summary.reference(), summary.organisationName(),
                summary.assessmentMonth(), scorecard.assessorName(), summary.status(), scorecard.isPicked(),
                scorecard.commentary(), lines, scoreText(scorecard.score(), scorecard.passMark()),
                scoreText(scorecard.finalScore(), scorecard.passMark()), scorecard.moderatedByName(),
                scorecard.moderatedAt(), scorecard.releasedAt(), whyNot == null, whyNot);
    }

    // --- the provider's commentary ---------------------------------------------------------------------------

    /** The assessment months in which the provider's organisation has released outcomes, newest first. */
    @PreAuthorize(Access.PROVIDER_USER)
    public List<YearMonth> releasedMonths() {
        return assessments.releasedMonths(myOrganisation()).stream().map(YearMonth::from).toList();
    }

    /** A page of the provider's released cases of one month, newest release first. */
    @PreAuthorize(Access.PROVIDER_USER)
    public List<ReleasedCase> released(YearMonth month, Pageable pageable) {
        return assessments.findByOrganisationIdAndRoundMonthAndReleasedAtIsNotNullOrderByReleasedAtDescIdDesc(
                myOrganisation(), month.atDay(1), pageable).stream().map(a -> {
                    CaseSummary summary = cases.caseSample(a.caseSampleId());
                    CaseScore score = a.finalScore();
                    return new ReleasedCase(a.caseSampleId(), summary.reference(), month, score.percentText(),
                            result(score, a.passMark()), Objects.requireNonNull(a.releasedAt()));
                }).toList();
    }

    @PreAuthorize(Access.PROVIDER_USER)
    public long countReleased(YearMonth month) {
        return assessments.countByOrganisationIdAndRoundMonthAndReleasedAtIsNotNull(myOrganisation(),
                month.atDay(1));
    }

    /**
     * A released case's commentary for its provider: the moderated outcome where moderation changed one, never a
     * moderation reason. Another organisation's case, or one not released yet, is refused (audited) as not found.
     */
    @PreAuthorize(Access.PROVIDER_USER)
    public CaseCommentary commentary(long caseId) {
        Assessment scorecard = assessments.findByCaseSampleId(caseId).orElse(null);
        if (scorecard == null || scorecard.organisationId() != myOrganisation()) {
            throw tenantScope.refuse("READ_COMMENTARY", CasesService.ENTITY, caseId,
                    "belongs to another organisation or does not exist");
        }
        if (scorecard.releasedAt() == null) {
            throw tenantScope.refuse("READ_COMMENTARY", CasesService.ENTITY, caseId, "its outcome is not released");
        }
        CaseSummary summary = cases.caseSample(caseId);
        Map<Long, CatalogueEntry> byVersion = standards.versions(scorecard.outcomes().stream()
                .map(StandardOutcome::standardVersionId).toList());
        List<CaseCommentary.UnmetStandard> unmet = scorecard.outcomes().stream()
                .filter(line -> line.finalOutcome() == Outcome.NOT_MET).map(line -> {
                    Standard standard = Objects.requireNonNull(byVersion.get(line.standardVersionId())).standard();
                    return new CaseCommentary.UnmetStandard(standard.code(), standard.title(), line.finalImpact(),
                            line.finalNote());
                }).toList();
        CaseScore score = scorecard.finalScore();
        return new CaseCommentary(caseId, summary.reference(), summary.organisationName(),
                summary.assessmentMonth(), score.percentText(), result(score, scorecard.passMark()), unmet,
                scorecard.commentary(), Objects.requireNonNull(scorecard.releasedAt()));
    }

    /** "Commentary NCA March 2026.xlsx": the name the month's commentary workbook downloads under. */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public String commentaryFileName(long organisationId, YearMonth month) {
        tenantScope.checkVisible(EXPORT_COMMENTARY, "Organisation", organisationId, organisationId);
        return CommentaryWorkbook.fileName(organisations.findOrganisation(organisationId).code(), month);
    }

    /**
     * Writes the organisation's commentary of a month as one Excel workbook, streamed as it is read (see
     * {@link CommentaryWorkbook}): only released cases, moderated outcomes where changed, nothing internal. A provider
     * only for their own organisation (another one is "not found", the refusal audited); a quality manager for any.
     * Offered before the month ends too, saying so. The download is audited.
     *
     * @return how many cases the workbook holds
     */
    @Transactional
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public int exportCommentary(long organisationId, YearMonth month, OutputStream out) throws IOException {
        tenantScope.checkVisible(EXPORT_COMMENTARY, "Organisation", organisationId, organisationId);
        OrganisationSummary organisation = organisations.findOrganisation(organisationId);
        CommentaryWorkbook.Written written = commentaryWorkbook.write(organisation, month, out);
        auditLog.record("COMMENTARY_EXPORTED", "Organisation", organisationId, "Downloaded the assessment "
                + "commentary of " + organisation.name() + " for " + DateFormats.month(month) + ": "
                + written.cases() + (written.cases() == 1 ? " released case, " : " released cases, ")
                + written.unmetStandards() + " unmet " + (written.unmetStandards() == 1 ? "standard" : "standards"));
        return written.cases();
    }

    /**
     * The cases a month's KPI counted for an organisation: released by {@code cutOff} (the first publication's
     * moment) with a score, each with its standing counts and its standards standing as not met (issue 13's appeal
     * rules). A provider only for their own organisation (another one is "not found", the refusal audited).
     */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public List<CountedCase> countedCases(long organisationId, YearMonth month, Instant cutOff) {
        tenantScope.checkVisible(READ_RELEASED, "Organisation", organisationId, organisationId);
        return countedCases.of(organisationId, month, cutOff);
    }

    static final String EXPORT_COMMENTARY = "EXPORT_COMMENTARY";
    static final String READ_RELEASED = "READ_RELEASED_CASES";
    /** Released cases given their references together: one query and a transaction per batch. */
    static final int RELEASED_BATCH = 2_500;

    /**
     * Hands the organisation's released cases of a month, in the order they were released, one flat line at a
     * time to {@code each} (issue 12's exports): read from the database as they are consumed and given their
     * references a batch at a time, so 100,000 cases never sit in memory. The score is the standing one (amended,
     * else moderated, else the assessor's). A provider only for their own organisation (another one is "not found",
     * the refusal audited); a quality manager for any. The caller audits what it makes of them.
     *
     * @return how many lines were handed over
     */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public int forEachReleased(long organisationId, YearMonth month, Consumer<ReleasedCaseLine> each) {
        tenantScope.checkVisible(READ_RELEASED, "Organisation", organisationId, organisationId);
        int count = 0;
        List<Object[]> batch = new ArrayList<>(RELEASED_BATCH);
        try (Stream<Object[]> rows = assessments.streamReleased(organisationId, month.atDay(1))) {
            var iterator = rows.iterator();
            while (iterator.hasNext()) {
                batch.add(iterator.next());
                if (batch.size() == RELEASED_BATCH || !iterator.hasNext()) {
                    // Looked up on a connection of their own: another query on the streaming connection would make
                    // the MariaDB driver read every remaining row into memory first.
                    List<ReleasedCaseLine> lines = Objects.requireNonNull(
                            separately.execute(status -> releasedLines(organisationId, batch)));
                    lines.forEach(each);
                    count += lines.size();
                    batch.clear();
                }
            }
        }
        return count;
    }

    /**
     * The unmet standards of the organisation's released cases of a month, per case in the order they were released
     * (cases with none are left out), for issue 12's monthly performance report: the standing outcome of each
     * standard, as {@link #commentary} gives it, and never a moderation or amendment reason. Two queries, whatever the
     * number of cases. A provider only for their own organisation (another one is "not found", the refusal audited);
     * a quality manager for any.
     */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public List<ReleasedUnmetStandards> releasedUnmet(long organisationId, YearMonth month) {
        tenantScope.checkVisible(READ_RELEASED, "Organisation", organisationId, organisationId);
        List<Object[]> rows = assessments.standingUnmet(organisationId, month.atDay(1));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, CatalogueEntry> byVersion = standards.versions(rows.stream().map(row -> (Long) row[1])
                .collect(Collectors.toSet()));
        Map<Long, List<CaseCommentary.UnmetStandard>> byCase = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Standard standard = Objects.requireNonNull(byVersion.get((Long) row[1])).standard();
            byCase.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new CaseCommentary.UnmetStandard(
                    standard.code(), standard.title(), (CustomerImpact) row[2], (String) row[3]));
        }
        return byCase.entrySet().stream().map(e -> new ReleasedUnmetStandards(e.getKey(), e.getValue())).toList();
    }

    /** One batch: the references in one query; the score is the standing one recorded on the scorecard. */
    private List<ReleasedCaseLine> releasedLines(long organisationId, List<Object[]> batch) {
        Map<Long, String> references = cases.references(organisationId,
                batch.stream().map(row -> (Long) row[1]).toList());
        List<ReleasedCaseLine> lines = new ArrayList<>(batch.size());
        for (Object[] row : batch) {
            BigDecimal score = (BigDecimal) row[2];
            BigDecimal passMark = (BigDecimal) row[3];
            String result = score == null ? CaseScore.Result.NO_SCORE.label() : passMark == null ? "No pass mark set"
                    : score.compareTo(passMark) >= 0 ? CaseScore.Result.PASS.label() : CaseScore.Result.FAIL.label();
            lines.add(new ReleasedCaseLine((Long) row[1], references.getOrDefault((Long) row[1], ""), score, result,
                    (Instant) row[4], (String) row[5]));
        }
        return lines;
    }

    private long myOrganisation() {
        Long organisationId = currentUser.require().organisationId();
        if (organisationId == null) {
            throw tenantScope.refuse("READ_COMMENTARY", "Organisation", "none", "no organisation");
        }
        return organisationId;
    }

    private static String result(CaseScore score, @Nullable BigDecimal passMark) {
        if (!score.scored()) {
            return CaseScore.Result.NO_SCORE.label();
        }
        return passMark == null ? "No pass mark set" : score.result(passMark).label();
    }

    private static String scoreText(CaseScore score, @Nullable BigDecimal passMark) {
        return score.describe(passMark);
    }

    private static String label(@Nullable Outcome outcome) {
        return outcome == null ? "no outcome" : outcome.label().toLowerCase(java.util.Locale.UK);
    }

}
