package uk.providerportal.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.DateFormats;
import uk.providerportal.security.Access;

/**
 * The policy feature's API: the rules of each programme in force on a given date, their history, and admins'
 * changes "from a date on". A change never alters what applied before its date.
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
    private final AuditLog auditLog;

    PolicyService(KpiPolicyRepository kpiPolicies, AppealPolicyRepository appealPolicies,
                  SubmissionRuleRepository submissionRules, AuditLog auditLog) {
        this.kpiPolicies = kpiPolicies;
        this.appealPolicies = appealPolicies;
        this.submissionRules = submissionRules;
        this.auditLog = auditLog;
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

    /** Sets the KPI policy from its effective date on (replacing a version that starts on the same date). */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public KpiPolicy changeKpiPolicy(long programmeId, KpiPolicy policy) {
        requireDate(policy.effectiveFrom());
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
        String by = auditLog.currentActor().name();
        KpiPolicyVersion version = kpiPolicies.at(programmeId, policy.effectiveFrom())
                .orElseGet(() -> new KpiPolicyVersion(programmeId, policy.effectiveFrom()));
        version.set(policy);
        version.changed(by);
        kpiPolicies.save(version);
        auditLog.record("KPI_POLICY_CHANGED", "Programme", programmeId, "KPI policy from "
                + DateFormats.date(policy.effectiveFrom()) + ": target " + policy.kpiTarget() + "%, pass mark "
                + policy.casePassMark() + "%, tiers from " + policy.goodFrom() + "/" + policy.nearTargetFrom() + "/"
                + policy.needsImprovementFrom() + "%");
        return version.toPolicy();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public AppealPolicy changeAppealPolicy(long programmeId, AppealPolicy policy) {
        requireDate(policy.effectiveFrom());
        if (policy.name().isBlank()) {
            throw new PolicyChangeRefused("name", "Name the rule, e.g. \"Standard rule\".");
        }
        String by = auditLog.currentActor().name();
        AppealPolicyVersion version = appealPolicies.at(programmeId, policy.effectiveFrom())
                .orElseGet(() -> new AppealPolicyVersion(programmeId, policy.effectiveFrom()));
        version.set(policy);
        version.changed(by);
        appealPolicies.save(version);
        auditLog.record("APPEAL_POLICY_CHANGED", "Programme", programmeId, "Appeal policy from "
                + DateFormats.date(policy.effectiveFrom()) + ": " + policy.name());
        return version.toPolicy();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public SubmissionRules changeSubmissionRules(long programmeId, SubmissionRules rules) {
        requireDate(rules.effectiveFrom());
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
        String by = auditLog.currentActor().name();
        SubmissionRuleVersion version = submissionRules.at(programmeId, rules.effectiveFrom())
                .orElseGet(() -> new SubmissionRuleVersion(programmeId, rules.effectiveFrom()));
        version.set(rules);
        version.changed(by);
        submissionRules.save(version);
        auditLog.record("SUBMISSION_RULES_CHANGED", "Programme", programmeId, "Submission rules from "
                + DateFormats.date(rules.effectiveFrom()) + ": linked calls up to " + rules.maxLinkedCallMinutes()
                + " minutes, completed up to " + rules.completionMonthsBack() + " month(s) before, "
                + rules.allowedFileTypes().size() + " file type(s) up to " + rules.maxFileSizeMb() + " MB");
        return version.toRules();
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
