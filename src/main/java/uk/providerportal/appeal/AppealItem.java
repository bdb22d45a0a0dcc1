package uk.providerportal.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One appealed standard of a case: the provider's rationale and, once decided, the reviewer's decision. */
@Embeddable
class AppealItem {

    static final int MAX_RATIONALE = 4000;
    static final int MAX_DECISION_REASON = 2000;

    @Column(name = "case_sample_id", nullable = false)
    private long caseId;

    @Column(name = "standard_version_id", nullable = false)
    private long standardVersionId;

    @Size(max = 60)
    @Column(name = "case_reference", nullable = false, length = 60)
    private String caseReference = "";

    @Size(max = 8)
    @Column(name = "standard_code", nullable = false, length = 8)
    private String standardCode = "";

    @Size(max = MAX_RATIONALE)
    @Column(nullable = false, length = MAX_RATIONALE)
    private String rationale = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable ItemDecision decision;

    @Size(max = MAX_DECISION_REASON)
    @Column(name = "decision_reason", length = MAX_DECISION_REASON)
    private @Nullable String decisionReason;

    protected AppealItem() {
    }

    AppealItem(long caseId, long standardVersionId, String caseReference, String standardCode, String rationale) {
        this.caseId = caseId;
        this.standardVersionId = standardVersionId;
        this.caseReference = caseReference;
        this.standardCode = standardCode;
        this.rationale = rationale;
    }

    long caseId() {
        return caseId;
    }

    long standardVersionId() {
        return standardVersionId;
    }

    String caseReference() {
        return caseReference;
    }

    String standardCode() {
        return standardCode;
    }

    String rationale() {
        return rationale;
    }

    @Nullable ItemDecision decision() {
        return decision;
    }

    @Nullable String decisionReason() {
        return decisionReason;
    }

    void decide(ItemDecision decision, String reason) {
        this.decision = decision;
        this.decisionReason = reason;
    }

    boolean sameStandard(long caseId, long standardVersionId) {
        return this.caseId == caseId && this.standardVersionId == standardVersionId;
    }
}
