package uk.providerportal.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.EffectiveDatedVersion;
import uk.providerportal.base.Plural;
import uk.providerportal.base.Restatement;
import uk.providerportal.calendar.AssessmentCalendar;
import uk.providerportal.calendar.ClosedMonth;
import uk.providerportal.security.Access;

/**
 * The policy feature's API: the rules of each programme in force on a given date, their history, and admins'
 * changes "from a date on". A change never alters what applied before its date, and never a closed month's figures
 * silently: taking effect in a month whose round has ended or whose KPI is published, it is a restatement, with a
 * reason, audited apart and announced as {@link RuleRestated}.
 */
@Service
@Transactional(readOnly = true)
public class PolicyService {

    /**
     * File types a case record may have, by the media type Apache Tika detects from content, with the name people
     * know them by; each programme allows a choice of these.
     */
    public static final Map<String, String> FILE_TYPES = Map.of(
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)",
            "application/msword", "Word 97-2003 (.doc)",
            "text/plain", "Plain text",
            "image/png", "PNG image",
            "image/jpeg", "JPEG image",
            "audio/mpeg", "MP3 call recording",
            "audio/wav", "WAV call recording",
            "message/rfc822", "Email (.eml)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final KpiPolicyRepository kpiPolicies;
    private final AppealPolicyRepository appealPolicies;
    private final SubmissionRuleRepository submissionRules;
    private final AssessmentCalendar calendar;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyService(KpiPolicyRepository kpiPolicies, AppealPolicyRepository appealPolicies,
                  SubmissionRuleRepository submissionRules, AssessmentCalendar calendar, AuditLog auditLog,
                  ApplicationEventPublisher events, Clock clock) {
        this.kpiPolicies = kpiPolicies;
        this.appealPolicies = appealPolicies;
        this.submissionRules = submissionRules;
        this.calendar = calendar;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Access.SIGNED_IN)
    public Optional<KpiPolicy> kpiPolicy(long programmeId, LocalDate on) {
        return kpiPolicies.inForce(programmeId, on).map(KpiPolicyVersion::toPolicy);
    }

    @PreAuthorize(Access.SIGNED_IN)
    public Optional<AppealPolicy> appealPolicy(long programmeId, LocalDate on) {
        return appealPolicies.inForce(programmeId, on).map(AppealPolicyVersion::toPolicy);
    }

    @PreAuthorize(Access.SIGNED_IN)
    public Optional<SubmissionRules> submissionRules(long programmeId, LocalDate on) {
        return submissionRules.inForce(programmeId, on).map(SubmissionRuleVersion::toRules);
    }

    @PreAuthorize(Access.FUNDER_STAFF)
    public List<KpiPolicy> kpiHistory(long programmeId) {
        return kpiPolicies.history(programmeId).stream().map(KpiPolicyVersion::toPolicy).toList();
    }

    @PreAuthorize(Access.FUNDER_STAFF)
    public List<AppealPolicy> appealHistory(long programmeId) {
        return appealPolicies.history(programmeId).stream().map(AppealPolicyVersion::toPolicy).toList();
    }

    @PreAuthorize(Access.FUNDER_STAFF)
    public List<SubmissionRules> submissionHistory(long programmeId) {
        return submissionRules.history(programmeId).stream().map(SubmissionRuleVersion::toRules).toList();
    }

    /**
     * Sets the KPI policy from its effective date on (replacing a version that starts on the same date).
     *
     * @param restatementReason why a closed month's figures must change; needed only when the date falls in a
     *                          closed month, and ignored otherwise
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public KpiPolicy changeKpiPolicy(long programmeId, KpiPolicy policy, @Nullable String restatementReason) {
        requireDate(policy.effectiveFrom());
        Restatement restatement = restatement(policy.effectiveFrom(), restatementReason);
        percentage("kpiTarget", "The KPI target", policy.kpiTarget());
        percentage("casePassMark", "The case pass mark", policy.casePassMark());
        percentage("goodFrom", "Tier 4 (Good)", policy.goodFrom());
        percentage("nearTargetFrom", "Tier 3 (Near Target)", policy.nearTargetFrom());
        percentage("needsImprovementFrom", "Tier 2 (Needs Improvement)", policy.needsImprovementFrom());
        if (policy.nearTargetFrom().compareTo(policy.goodFrom()) > 0) {
            throw new PolicyChangeRefused("nearTargetFrom", "Tier 3 must start below tier 4.");
        }
        if (policy.needsImprovementFrom().compareTo(policy.nearTargetFrom()) > 0) {
            throw new PolicyChangeRefused("needsImprovementFrom", "Tier 2 must start below tier 3.");
        }
        KpiPolicyVersion version = kpiPolicies.at(programmeId, policy.effectiveFrom())
                .orElseGet(() -> new KpiPolicyVersion(programmeId, policy.effectiveFrom()));
        version.set(policy);
        save(RuleKind.KPI_POLICY, kpiPolicies, version, restatement, "target " + policy.kpiTarget()
                + "%, pass mark " + policy.casePassMark() + "%, tiers from " + policy.goodFrom() + "/"
                + policy.nearTargetFrom() + "/" + policy.needsImprovementFrom() + "%");
        return version.toPolicy();
    }

    /** Sets the appeal policy from its effective date on; a closed month needs a restatement reason. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public AppealPolicy changeAppealPolicy(long programmeId, AppealPolicy policy,
                                           @Nullable String restatementReason) {
        requireDate(policy.effectiveFrom());
        Restatement restatement = restatement(policy.effectiveFrom(), restatementReason);
        if (policy.name().isBlank()) {
            throw new PolicyChangeRefused("name", "Name the rule, e.g. \"Standard rule\".");
        }
        AppealPolicyVersion version = appealPolicies.at(programmeId, policy.effectiveFrom())
                .orElseGet(() -> new AppealPolicyVersion(programmeId, policy.effectiveFrom()));
        version.set(policy);
        save(RuleKind.APPEAL_POLICY, appealPolicies, version, restatement, policy.name());
        return version.toPolicy();
    }

    /** Sets the submission rules from their effective date on; a closed month needs a restatement reason. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public SubmissionRules changeSubmissionRules(long programmeId, SubmissionRules rules,
                                                 @Nullable String restatementReason) {
        requireDate(rules.effectiveFrom());
        Restatement restatement = restatement(rules.effectiveFrom(), restatementReason);
        if (rules.maxLinkedCallMinutes() < 1 || rules.maxLinkedCallMinutes() > 24 * 60) {
            throw new PolicyChangeRefused("maxLinkedCallMinutes", "Give the limit in minutes, from 1 to 1,440.");
        }
        if (rules.completionMonthsBack() < 0 || rules.completionMonthsBack() > 12) {
            throw new PolicyChangeRefused("completionMonthsBack", "Use 0 (the submission month only) to 12 months.");
        }
        if (rules.allowedFileTypes().isEmpty()) {
            throw new PolicyChangeRefused("allowedFileTypes", "Allow at least one file type.");
        }
        rules.allowedFileTypes().stream().filter(type -> !FILE_TYPES.containsKey(type)).findFirst()
                .ifPresent(type -> {
                    throw new PolicyChangeRefused("allowedFileTypes", "Unknown file type " + type + ".");
                });
        if (rules.maxFileSizeMb() < 1 || rules.maxFileSizeMb() > 500) {
            throw new PolicyChangeRefused("maxFileSizeMb", "Give the largest file size in MB, from 1 to 500.");
        }
        SubmissionRuleVersion version = submissionRules.at(programmeId, rules.effectiveFrom())
                .orElseGet(() -> new SubmissionRuleVersion(programmeId, rules.effectiveFrom()));
        version.set(rules);
        save(RuleKind.SUBMISSION_RULES, submissionRules, version, restatement, "linked calls up to "
                + rules.maxLinkedCallMinutes() + " minutes, completed up to "
                + Plural.of(rules.completionMonthsBack(), "month") + " before, "
                + Plural.of(rules.allowedFileTypes().size(), "file type") + " up to "
                + rules.maxFileSizeMb() + " MB");
        return version.toRules();
    }

    /**
     * Null when the date is in an open month; for a closed month, the restatement the reason makes, or a refusal
     * naming the month and what to do.
     */
    private @Nullable Restatement restatement(LocalDate effectiveFrom, @Nullable String reason) {
        Optional<ClosedMonth> closed = calendar.closedMonth(effectiveFrom);
        if (closed.isEmpty()) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw new PolicyChangeRefused("effectiveFrom", closed.get().refusal(effectiveFrom));
        }
        if (reason.trim().length() > Restatement.MAX_REASON_LENGTH) {
            throw new PolicyChangeRefused("restatementReason", "Keep the reason to "
                    + Restatement.MAX_REASON_LENGTH + " characters.");
        }
        return new Restatement(auditLog.currentActor().name(), clock.instant(), reason.trim());
    }

    /** Saves a version, audits it as a change or a restatement, and announces a restatement to the KPI feature. */
    private <V extends EffectiveDatedVersion> void save(RuleKind rule, EffectiveDatedRepository<V> repository,
                                                        V version, @Nullable Restatement restatement,
                                                        String summary) {
        version.changed(auditLog.currentActor().name(), restatement);
        repository.save(version);
        String what = Character.toUpperCase(rule.label().charAt(0)) + rule.label().substring(1) + " from "
                + DateFormats.date(version.effectiveFrom()) + ": " + summary;
        YearMonth month = YearMonth.from(version.effectiveFrom());
        auditLog.record(rule.auditAction(restatement != null), "Programme", version.programmeId(),
                restatement == null ? what : what + " (restates closed " + DateFormats.month(month.atDay(1)) + ": "
                        + restatement.reason() + ")");
        if (restatement != null) {
            events.publishEvent(new RuleRestated(version.programmeId(), rule, month, restatement.reason()));
        }
    }

    @SuppressWarnings("ConstantValue")
    private static void requireDate(LocalDate effectiveFrom) {
        if (effectiveFrom == null) {
            throw new PolicyChangeRefused("effectiveFrom", "Choose the date the change applies from.");
        }
    }

    private static void percentage(String field, String what, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new PolicyChangeRefused(field, what + " must be a percentage from 0 to 100.");
        }
    }
}
