package uk.providerportal.performance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.AbstractEntity;

/** A Provider Assurance Team review of a contract: rating, findings and the action plan asked for (11.51). */
@Entity
@Table(name = "assurance_review")
class AssuranceReview extends AbstractEntity {

    static final int MAX_PLAN = 4000;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssuranceRating rating = AssuranceRating.REASONABLE;

    @Size(max = 200)
    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy = "";

    @Column(name = "plan_due_on")
    private @Nullable LocalDate planDueOn;

    @Size(max = MAX_PLAN)
    @Column(name = "plan_text", nullable = false, length = MAX_PLAN)
    private String planText = "";

    @Column(name = "plan_submitted_on")
    private @Nullable LocalDate planSubmittedOn;

    @Size(max = 200)
    @Column(name = "plan_submitted_by", length = 200)
    private @Nullable String planSubmittedBy;

    @Valid
    @ElementCollection
    @CollectionTable(name = "assurance_finding", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<AssuranceFinding> findings = new ArrayList<>();

    protected AssuranceReview() {
    }

    AssuranceReview(long organisationId, LocalDate reviewedOn, AssuranceRating rating, String recordedBy,
                    @Nullable LocalDate planDueOn, List<AssuranceFinding> findings) {
        this.organisationId = organisationId;
        this.reviewedOn = reviewedOn;
        this.rating = rating;
        this.recordedBy = recordedBy;
        this.planDueOn = planDueOn;
        this.findings.addAll(findings);
    }

    long organisationId() {
        return organisationId;
    }

    LocalDate reviewedOn() {
        return reviewedOn;
    }

    AssuranceRating rating() {
        return rating;
    }

    String recordedBy() {
        return recordedBy;
    }

    @Nullable LocalDate planDueOn() {
        return planDueOn;
    }

    String planText() {
        return planText;
    }

    @Nullable LocalDate planSubmittedOn() {
        return planSubmittedOn;
    }

    @Nullable String planSubmittedBy() {
        return planSubmittedBy;
    }

    List<AssuranceFinding> findings() {
        return findings;
    }

    void submitPlan(String text, LocalDate on, String by) {
        planText = text;
        planSubmittedOn = on;
        planSubmittedBy = by;
    }
}
