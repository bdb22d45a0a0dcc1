package uk.providerportal.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import uk.providerportal.base.AbstractEntity;

@Entity
@Table(name = "submission_rule")
class SubmissionRuleVersion extends AbstractEntity {

    @Column(name = "programme_id", nullable = false)
    private long programmeId;
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom = LocalDate.EPOCH;
    @Column(name = "max_linked_call_minutes", nullable = false)
    private int maxLinkedCallMinutes;
    @Column(name = "completion_months_back", nullable = false)
    private int completionMonthsBack;
    @Column(name = "allowed_file_types", nullable = false, length = 500)
    private String allowedFileTypes = "";
    @Column(name = "max_file_size_mb", nullable = false)
    private int maxFileSizeMb;
    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy = "";

    protected SubmissionRuleVersion() {
    }

    SubmissionRuleVersion(long programmeId, LocalDate effectiveFrom) {
        this.programmeId = programmeId;
        this.effectiveFrom = effectiveFrom;
    }

    void set(SubmissionRules rules, String by) {
        maxLinkedCallMinutes = rules.maxLinkedCallMinutes();
        completionMonthsBack = rules.completionMonthsBack();
        allowedFileTypes = String.join(",", rules.allowedFileTypes());
        maxFileSizeMb = rules.maxFileSizeMb();
        changedBy = by;
    }

    SubmissionRules toRules() {
        return new SubmissionRules(effectiveFrom, maxLinkedCallMinutes, completionMonthsBack,
                Arrays.stream(allowedFileTypes.split(",")).filter(type -> !type.isBlank()).toList(), maxFileSizeMb,
                changedBy);
    }
}
