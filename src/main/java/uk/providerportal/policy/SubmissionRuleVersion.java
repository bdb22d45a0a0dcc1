package uk.providerportal.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import uk.providerportal.base.EffectiveDatedVersion;

@Entity
@Table(name = "submission_rule")
class SubmissionRuleVersion extends EffectiveDatedVersion {

    @Column(name = "max_linked_call_minutes", nullable = false)
    private int maxLinkedCallMinutes;
    @Column(name = "completion_months_back", nullable = false)
    private int completionMonthsBack;
    @Size(max = 500)
    @Column(name = "allowed_file_types", nullable = false, length = 500)
    private String allowedFileTypes = "";
    @Column(name = "max_file_size_mb", nullable = false)
    private int maxFileSizeMb;

    protected SubmissionRuleVersion() {
    }

    SubmissionRuleVersion(long programmeId, LocalDate effectiveFrom) {
        super(programmeId, effectiveFrom);
    }

    void set(SubmissionRules rules) {
        maxLinkedCallMinutes = rules.maxLinkedCallMinutes();
        completionMonthsBack = rules.completionMonthsBack();
        allowedFileTypes = String.join(",", rules.allowedFileTypes());
        maxFileSizeMb = rules.maxFileSizeMb();
    }

    SubmissionRules toRules() {
        return new SubmissionRules(effectiveFrom(), maxLinkedCallMinutes, completionMonthsBack,
                Arrays.stream(allowedFileTypes.split(",")).filter(type -> !type.isBlank()).toList(), maxFileSizeMb,
                changedBy(), restatement());
    }
}
