package uk.providerportal.selfassessment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.CasesService;
import uk.providerportal.cases.FolderQuery;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.TenantScope;
import uk.providerportal.standard.CatalogueEntry;

/**
 * The self-assessment feature's API (issue 11, item 7). A provider user records, for each case of its own
 * organisation, the organisation's own outcome per standard (met, not met, not applicable) against the standards
 * the assessor scores the case against ({@link CaseStandards}): on the case's page, or through the month's Excel
 * template, checked row by row and saved all or nothing. Partial saves are fine; a self-assessment is complete when
 * every standard has an answer. Once the case's outcome is released, or the case withdrawn, it is fixed
 * ({@link SelfAssessmentLock}). The quality team (quality managers, and the assessor of the case) reads it by
 * standard code, which is what the appeal rules compare with the assessor's outcomes.
 */
@Service
@Transactional(readOnly = true)
public class SelfAssessmentService {

    /** The largest template upload accepted; a month of any partner's cases is far smaller. */
    public static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

    private static final int PAGE = 500;

    private final SelfAssessmentRepository selfAssessments;
    private final CasesService cases;
    private final CaseStandards caseStandards;
    private final CurrentUser currentUser;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final Clock clock;

    SelfAssessmentService(SelfAssessmentRepository selfAssessments, CasesService cases, CaseStandards caseStandards,
                          CurrentUser currentUser, TenantScope tenantScope, AuditLog auditLog, Clock clock) {
        this.selfAssessments = selfAssessments;
        this.cases = cases;
        this.caseStandards = caseStandards;
        this.currentUser = currentUser;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // --- the provider's list ---------------------------------------------------------------------------------

    /** The months the provider's organisation has cases filed under, newest first. */
    @PreAuthorize(Access.PROVIDER_USER)
    public List<YearMonth> months() {
        return cases.folderMonths(myOrganisation("LIST_SELF_ASSESSMENTS")).reversed();
    }

    /**
     * A page of the organisation's cases filed under the month, sorted in the database by the cases feature's
     * sortable properties, each with how far its self-assessment has got.
     */
    @PreAuthorize(Access.PROVIDER_USER)
    public List<SelfAssessmentCase> cases(YearMonth month, Pageable pageable) {
        List<CaseSummary> page = cases.folderPage(FolderQuery.all(myOrganisation("LIST_SELF_ASSESSMENTS"), month),
                pageable);
        Map<Long, SelfAssessment> recorded = recordedFor(page);
        CaseStandards.Lookup lookup = caseStandards.lookup();
        return page.stream().map(summary -> {
            SelfAssessment self = recorded.get(summary.id());
            CaseStandards.Of standards = summary.status() == CaseStatus.WITHDRAWN
                    ? CaseStandards.Of.none(CaseStandards.filedOn(summary)) : lookup.of(summary);
            return new SelfAssessmentCase(summary.id(), summary.reference(), summary.status(), summary.submittedAt(),
                    answered(standards, self), standards.entries().size(),
                    SelfAssessmentLock.whyLocked(summary.status(), summary.reference()),
                    self == null ? null : self.savedAt());
        }).toList();
    }

    @PreAuthorize(Access.PROVIDER_USER)
    public long countCases(YearMonth month) {
        return cases.folderCount(FolderQuery.all(myOrganisation("LIST_SELF_ASSESSMENTS"), month));
    }

    // --- one case --------------------------------------------------------------------------------------------

    /** A case's self-assessment: its standards and the answers so far. Only the case's own organisation. */
    @PreAuthorize(Access.PROVIDER_USER)
    public SelfAssessmentForm selfAssessment(long caseId) {
        CaseSummary summary = ownCase("READ_SELF_ASSESSMENT", caseId);
        return toForm(summary, caseStandards.lookup().of(summary),
                selfAssessments.findByCaseSampleId(caseId).orElse(null));
    }

    /**
     * Saves the answers given, complete or not (an answer left out, or null, leaves its standard as it was).
     * Refused, and audited, once the case's outcome is released or the case withdrawn; refused over a newer save.
     */
    @Transactional(noRollbackFor = ChangeRefused.class)
    @PreAuthorize(Access.PROVIDER_USER)
    public SelfAssessmentForm save(long caseId, SelfAssessmentDraft draft) {
        CaseSummary summary = ownCase("SAVE_SELF_ASSESSMENT", caseId);
        refuseIfLocked(summary);
        CaseStandards.Of standards = caseStandards.lookup().of(summary);
        SelfAssessment self = selfAssessments.findByCaseSampleId(caseId).orElse(null);
        if (self != null && self.getVersion() != draft.version()) {
            throw new ChangeRefused("version", "This self-assessment was saved by " + self.savedBy() + " at "
                    + DateFormats.dateTime(self.savedAt()) + ", after you opened it. Reload it to see those answers; "
                    + "yours are not saved.");
        }
        Map<String, Outcome> answers = new LinkedHashMap<>();
        Map<String, CatalogueEntry> byCode = standards.byCode();
        for (SelfAssessmentAnswer answer : draft.answers()) {
            if (answer.outcome() == null) {
                continue;
            }
            if (!byCode.containsKey(answer.standardCode())) {
                throw new ChangeRefused("outcomes", "Standard " + answer.standardCode() + " is not one of the "
                        + "standards case " + summary.reference() + " is assessed against. Reload the page and try "
                        + "again.");
            }
            answers.put(answer.standardCode(), answer.outcome());
        }
        Recorded done = record(summary, standards, self, answers, SelfAssessment.Source.PORTAL);
        auditLog.record("SELF_ASSESSMENT_RECORDED", CasesService.ENTITY, caseId, "Recorded the self-assessment of "
                + "case " + summary.reference() + " in the portal: " + Plural.of(done.changed(), "answer")
                + " changed; " + done.progress());
        return toForm(summary, standards, done.self());
    }

    // --- the Excel template ----------------------------------------------------------------------------------

    /**
     * The month's template: one row per case and standard, pre-filled with what is recorded. Cases whose
     * self-assessment can no longer be changed (released or withdrawn) are left out.
     */
    @PreAuthorize(Access.PROVIDER_USER)
    public void writeTemplate(YearMonth month, OutputStream out) throws IOException {
        long organisationId = myOrganisation("DOWNLOAD_SELF_ASSESSMENT_TEMPLATE");
        List<CaseSummary> open = allCases(organisationId, month).stream()
                .filter(summary -> SelfAssessmentLock.whyLocked(summary.status(), summary.reference()) == null)
                .toList();
        Map<Long, SelfAssessment> recorded = recordedFor(open);
        CaseStandards.Lookup lookup = caseStandards.lookup();
        List<SelfAssessmentSpreadsheet.Line> lines = new ArrayList<>();
        for (CaseSummary summary : open) {
            SelfAssessment self = recorded.get(summary.id());
            for (CatalogueEntry entry : lookup.of(summary).entries()) {
                lines.add(new SelfAssessmentSpreadsheet.Line(summary.reference(), entry.standard().code(),
                        entry.standard().title(), self == null ? null : self.outcome(entry.standard().code())));
            }
        }
        SelfAssessmentSpreadsheet.write(lines, out);
    }

    /**
     * Reads a filled-in template of the month and, only when every row is right, saves it in one transaction: a
     * file with any problem saves nothing and lists every problem with its row and column. Rows whose outcome is
     * empty change nothing.
     */
    @Transactional
    @PreAuthorize(Access.PROVIDER_USER)
    public SelfAssessmentImportReport importFile(YearMonth month, Path file, String fileName) {
        long organisationId = myOrganisation("IMPORT_SELF_ASSESSMENT");
        String tooBig = tooBig(file);
        if (tooBig != null) {
            return SelfAssessmentImportReport.refused(tooBig);
        }
        Map<String, CaseSummary> byReference = new HashMap<>();
        for (CaseSummary summary : allCases(organisationId, month)) {
            // A withdrawn case frees its reference: a live case with the same one takes precedence.
            byReference.merge(key(summary.reference()), summary,
                    (first, second) -> first.status() == CaseStatus.WITHDRAWN ? second : first);
        }
        Map<Long, SelfAssessment> recorded = recordedFor(byReference.values());
        CaseStandards.Lookup lookup = caseStandards.lookup();
        Map<Long, CaseStandards.Of> standardsOf = new HashMap<>();
        Map<String, SelfAssessmentImport.MonthCase> looked = new HashMap<>();
        SelfAssessmentImport parsed = new SelfAssessmentImport(month, new SelfAssessmentImport.Cases() {
            @Override
            public SelfAssessmentImport.@Nullable MonthCase inMonth(String reference) {
                CaseSummary summary = byReference.get(key(reference));
                if (summary == null) {
                    return null;
                }
                return looked.computeIfAbsent(key(reference), k -> {
                    CaseStandards.Of standards = lookup.of(summary);
                    standardsOf.put(summary.id(), standards);
                    SelfAssessment self = recorded.get(summary.id());
                    Map<String, Long> versions = new LinkedHashMap<>();
                    Map<String, Outcome> answers = new HashMap<>();
                    for (CatalogueEntry entry : standards.entries()) {
                        String code = entry.standard().code();
                        versions.put(code, entry.versionId());
                        Outcome outcome = self == null ? null : self.outcome(code);
                        if (outcome != null) {
                            answers.put(code, outcome);
                        }
                    }
                    return new SelfAssessmentImport.MonthCase(summary.id(), summary.reference(), versions, answers,
                            SelfAssessmentLock.whyLocked(summary.status(), summary.reference()));
                });
            }

            @Override
            public @Nullable YearMonth filedElsewhere(String reference) {
                return cases.liveReference(organisationId, reference).map(CasesService.LiveReference::folderMonth)
                        .filter(folder -> !folder.equals(month)).orElse(null);
            }
        }).read(file);
        if (!parsed.ok()) {
            auditLog.record("SELF_ASSESSMENT_IMPORT_REFUSED", "SelfAssessmentImport", fileName, "Refused "
                    + fileName + " for " + DateFormats.month(month) + ": " + Plural.of(parsed.problems().size(),
                    "problem") + "; nothing saved");
            return parsed.report(0, 0, false);
        }
        Map<Long, Map<String, Outcome>> byCase = new LinkedHashMap<>();
        parsed.entries().forEach(entry -> byCase.computeIfAbsent(entry.monthCase().caseId(),
                id -> new LinkedHashMap<>()).put(entry.code(), entry.outcome()));
        Map<Long, CaseSummary> byId = byReference.values().stream()
                .collect(Collectors.toMap(CaseSummary::id, Function.identity()));
        int changed = 0;
        for (var entry : byCase.entrySet()) {
            CaseSummary summary = Objects.requireNonNull(byId.get(entry.getKey()));
            Recorded done = record(summary, Objects.requireNonNull(standardsOf.get(entry.getKey())),
                    recorded.get(entry.getKey()), entry.getValue(), SelfAssessment.Source.SPREADSHEET);
            changed += done.changed();
            auditLog.record("SELF_ASSESSMENT_RECORDED", CasesService.ENTITY, summary.id(), "Recorded the "
                    + "self-assessment of case " + summary.reference() + " from " + fileName + ": "
                    + Plural.of(done.changed(), "answer") + " changed; " + done.progress());
        }
        auditLog.record("SELF_ASSESSMENT_IMPORTED", "SelfAssessmentImport", fileName, "Imported "
                + Plural.of(parsed.entries().size(), "outcome") + " for " + Plural.of(byCase.size(), "case") + " of "
                + DateFormats.month(month) + " from " + fileName + ": " + changed + " changed, "
                + (parsed.entries().size() - changed) + " already recorded");
        return parsed.report(byCase.size(), changed, true);
    }

    // --- the quality team ------------------------------------------------------------------------------------

    /**
     * A case's self-assessment by standard code, for quality managers and the case's assessor (the {@code cases}
     * feature decides who reaches the case, and audits a refusal). Only the answers to the case's current list of
     * standards; empty when the provider has recorded nothing.
     */
    @PreAuthorize(Access.QUALITY_MANAGER_OR_ASSESSOR)
    public SelfAssessmentOutcomes outcomes(long caseId) {
        CaseSummary summary = cases.caseSample(caseId);
        CaseStandards.Of standards = caseStandards.lookup().of(summary);
        SelfAssessment self = selfAssessments.findByCaseSampleId(caseId).orElse(null);
        Map<String, Outcome> byCode = new LinkedHashMap<>();
        if (self != null) {
            for (CatalogueEntry entry : standards.entries()) {
                Outcome outcome = self.outcome(entry.standard().code());
                if (outcome != null) {
                    byCode.put(entry.standard().code(), outcome);
                }
            }
        }
        return new SelfAssessmentOutcomes(caseId, summary.reference(), summary.organisationName(), byCode,
                standards.entries().size(), self == null ? null : self.savedBy(),
                self == null ? null : self.savedAt());
    }

    /**
     * The provider's own outcomes by standard code for some of an organisation's cases (issue 13's appeal rules):
     * cases with no self-assessment are left out. A provider only for their own organisation (another one is "not
     * found", the refusal audited); cases of other organisations are never read.
     */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public Map<Long, Map<String, Outcome>> recordedOutcomes(long organisationId, Collection<Long> caseIds) {
        tenantScope.checkVisible("READ_SELF_ASSESSMENT", "Organisation", organisationId, organisationId);
        Map<Long, Map<String, Outcome>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        for (SelfAssessment self : selfAssessments.findByCaseSampleIdIn(caseIds)) {
            if (self.organisationId() == organisationId) {
                byCase.put(self.caseSampleId(), self.outcomesByCode());
            }
        }
        return byCase;
    }

    // --- inside ----------------------------------------------------------------------------------------------

    private record Recorded(SelfAssessment self, int changed, String progress) {
    }

    /** Applies answers already checked against the case's list; the lock is checked again here. */
    private Recorded record(CaseSummary summary, CaseStandards.Of standards, @Nullable SelfAssessment existing,
                            Map<String, Outcome> answers, SelfAssessment.Source source) {
        refuseIfLocked(summary);
        SelfAssessment self = existing != null ? existing
                : new SelfAssessment(summary.id(), summary.organisationId(), summary.folderMonth());
        Map<String, CatalogueEntry> byCode = standards.byCode();
        self.keepOnly(byCode.keySet());
        int changed = 0;
        for (var answer : answers.entrySet()) {
            CatalogueEntry entry = Objects.requireNonNull(byCode.get(answer.getKey()));
            if (self.record(answer.getKey(), entry.versionId(), answer.getValue())) {
                changed++;
            }
        }
        self.saved(currentUser.require().displayName(), source, clock.instant());
        SelfAssessment saved = selfAssessments.saveAndFlush(self);
        return new Recorded(saved, changed, SelfAssessmentProgress.describe(answered(standards, saved),
                standards.entries().size()).toLowerCase(Locale.UK));
    }

    private void refuseIfLocked(CaseSummary summary) {
        String locked = SelfAssessmentLock.whyLocked(summary.status(), summary.reference());
        if (locked != null) {
            auditLog.record("SELF_ASSESSMENT_REFUSED", CasesService.ENTITY, summary.id(), "Refused to change the "
                    + "self-assessment of case " + summary.reference() + ": it is " + summary.status().inSentence());
            throw new ChangeRefused("status", locked);
        }
    }

    private static int answered(CaseStandards.Of standards, @Nullable SelfAssessment self) {
        if (self == null) {
            return 0;
        }
        return (int) standards.entries().stream().filter(entry -> self.outcome(entry.standard().code()) != null)
                .count();
    }

    private SelfAssessmentForm toForm(CaseSummary summary, CaseStandards.Of standards,
                                      @Nullable SelfAssessment self) {
        List<SelfAssessmentLine> lines = standards.entries().stream().map(entry -> new SelfAssessmentLine(
                entry.versionId(), entry.standard(), self == null ? null : self.outcome(entry.standard().code())))
                .toList();
        return new SelfAssessmentForm(summary.id(), summary.reference(), summary.folderMonth(), summary.status(),
                standards.on(), standards.fromScorecard(), self == null ? -1 : self.getVersion(), lines,
                SelfAssessmentLock.whyLocked(summary.status(), summary.reference()),
                self == null ? null : self.savedBy(), self == null ? null : self.savedAt());
    }

    /** The case, when it belongs to the provider's own organisation; otherwise refused, audited, "not found". */
    private CaseSummary ownCase(String operation, long caseId) {
        long organisationId = myOrganisation(operation);
        CaseSummary summary = cases.caseSample(caseId);
        if (summary.organisationId() != organisationId) {
            throw tenantScope.refuse(operation, CasesService.ENTITY, caseId, "belongs to another organisation");
        }
        return summary;
    }

    private long myOrganisation(String operation) {
        Long organisationId = currentUser.require().organisationId();
        if (organisationId == null) {
            throw tenantScope.refuse(operation, "Organisation", "none", "no organisation");
        }
        return organisationId;
    }

    private List<CaseSummary> allCases(long organisationId, YearMonth month) {
        List<CaseSummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<CaseSummary> next = cases.folderPage(FolderQuery.all(organisationId, month),
                    PageRequest.of(page, PAGE));
            all.addAll(next);
            if (next.size() < PAGE) {
                return all;
            }
        }
    }

    private Map<Long, SelfAssessment> recordedFor(java.util.Collection<CaseSummary> summaries) {
        if (summaries.isEmpty()) {
            return Map.of();
        }
        return selfAssessments.findByCaseSampleIdIn(summaries.stream().map(CaseSummary::id).toList()).stream()
                .collect(Collectors.toMap(SelfAssessment::caseSampleId, Function.identity()));
    }

    private static String key(String reference) {
        return reference.strip().toUpperCase(Locale.ROOT);
    }

    private static @Nullable String tooBig(Path file) {
        try {
            return Files.size(file) > MAX_IMPORT_BYTES ? "The file is larger than " + MAX_IMPORT_BYTES / (1024 * 1024)
                    + " MB, the most a self-assessment may be." : null;
        } catch (IOException e) {
            return "The uploaded file could not be read.";
        }
    }
}
