package uk.providerportal.selfassessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.base.AbstractEntity;

/**
 * A delivery partner's own outcomes for one case, by standard code. An answer follows its standard's code: when the
 * case's list of standards moves (its assessor started it on a later date than it was filed), answers to codes
 * still on the list carry over and are saved against the new version; answers to codes no longer on it are dropped
 * on the next save and never counted. The version column refuses a save made over someone else's newer one.
 */
@Entity
@Table(name = "self_assessment")
class SelfAssessment extends AbstractEntity {

    /** How the last save arrived. */
    enum Source { PORTAL, SPREADSHEET }

    @Column(name = "case_sample_id", nullable = false, updatable = false)
    private long caseSampleId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "folder_month", nullable = false, updatable = false)
    private LocalDate folderMonth = LocalDate.EPOCH;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt = Instant.EPOCH;

    @Size(max = 200)
    @Column(name = "saved_by", nullable = false, length = 200)
    private String savedBy = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "saved_through", nullable = false, length = 20)
    private Source savedThrough = Source.PORTAL;

    @ElementCollection
    @CollectionTable(name = "self_assessment_outcome", joinColumns = @JoinColumn(name = "self_assessment_id"))
    @MapKeyColumn(name = "standard_code", length = 8)
    private Map<String, RecordedOutcome> outcomes = new HashMap<>();

    protected SelfAssessment() {
    }

    SelfAssessment(long caseSampleId, long organisationId, YearMonth folderMonth) {
        this.caseSampleId = caseSampleId;
        this.organisationId = organisationId;
        this.folderMonth = folderMonth.atDay(1);
    }

    /** Drops the answers to standards no longer on the case's list. */
    void keepOnly(Set<String> codes) {
        outcomes.keySet().retainAll(codes);
    }

    /** Records one answer; returns whether it changed anything. */
    boolean record(String code, long standardVersionId, Outcome outcome) {
        RecordedOutcome before = outcomes.get(code);
        if (before != null && before.outcome() == outcome && before.standardVersionId() == standardVersionId) {
            return false;
        }
        outcomes.put(code, new RecordedOutcome(standardVersionId, outcome));
        return before == null || before.outcome() != outcome;
    }

    void saved(String by, Source through, Instant at) {
        this.savedBy = by;
        this.savedThrough = through;
        this.savedAt = at;
    }

    @Nullable Outcome outcome(String code) {
        RecordedOutcome recorded = outcomes.get(code);
        return recorded == null ? null : recorded.outcome();
    }

    Map<String, Outcome> outcomesByCode() {
        Map<String, Outcome> byCode = new HashMap<>();
        outcomes.forEach((code, recorded) -> byCode.put(code, recorded.outcome()));
        return byCode;
    }

    long caseSampleId() {
        return caseSampleId;
    }

    long organisationId() {
        return organisationId;
    }

    Instant savedAt() {
        return savedAt;
    }

    String savedBy() {
        return savedBy;
    }

    Source savedThrough() {
        return savedThrough;
    }
}
