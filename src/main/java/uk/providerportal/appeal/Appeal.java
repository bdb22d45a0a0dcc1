package uk.providerportal.appeal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.AbstractEntity;

/**
 * A delivery partner's appeal against a month's KPI (one per organisation and month): its appealed standards with
 * rationales, then who lodged it, the independent reviewer, and the final decision.
 */
@Entity
@Table(name = "appeal")
class Appeal extends AbstractEntity {

    static final int MAX_SUMMARY = 1000;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "round_month", nullable = false, updatable = false)
    private LocalDate roundMonth = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppealStatus status = AppealStatus.DRAFT;

    @Size(max = 200)
    @Column(name = "policy_name", nullable = false, length = 200)
    private String policyName = "";

    @Size(max = 200)
    @Column(name = "saved_by_name", nullable = false, length = 200)
    private String savedByName = "";

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt = Instant.EPOCH;

    @Size(max = 200)
    @Column(name = "lodged_by_name", length = 200)
    private @Nullable String lodgedByName;

    @Column(name = "lodged_at")
    private @Nullable Instant lodgedAt;

    @Column(name = "reviewer_id")
    private @Nullable Long reviewerId;

    @Size(max = 200)
    @Column(name = "reviewer_name", length = 200)
    private @Nullable String reviewerName;

    @Size(max = 200)
    @Column(name = "assigned_by_name", length = 200)
    private @Nullable String assignedByName;

    @Column(name = "assigned_at")
    private @Nullable Instant assignedAt;

    @Column(name = "decision_due")
    private @Nullable LocalDate decisionDue;

    @Size(max = 200)
    @Column(name = "decided_by_name", length = 200)
    private @Nullable String decidedByName;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Size(max = MAX_SUMMARY)
    @Column(name = "decision_summary", length = MAX_SUMMARY)
    private @Nullable String decisionSummary;

    @ElementCollection
    @CollectionTable(name = "appeal_item", joinColumns = @JoinColumn(name = "appeal_id"))
    @OrderBy("caseReference ASC, standardCode ASC")
    private List<AppealItem> items = new ArrayList<>();

    protected Appeal() {
    }

    Appeal(long organisationId, YearMonth month) {
        this.organisationId = organisationId;
        this.roundMonth = month.atDay(1);
    }

    long organisationId() {
        return organisationId;
    }

    YearMonth month() {
        return YearMonth.from(roundMonth);
    }

    AppealStatus status() {
        return status;
    }

    String policyName() {
        return policyName;
    }

    String savedByName() {
        return savedByName;
    }

    Instant savedAt() {
        return savedAt;
    }

    @Nullable String lodgedByName() {
        return lodgedByName;
    }

    @Nullable Instant lodgedAt() {
        return lodgedAt;
    }

    @Nullable Long reviewerId() {
        return reviewerId;
    }

    @Nullable String reviewerName() {
        return reviewerName;
    }

    @Nullable String assignedByName() {
        return assignedByName;
    }

    @Nullable Instant assignedAt() {
        return assignedAt;
    }

    @Nullable LocalDate decisionDue() {
        return decisionDue;
    }

    @Nullable String decidedByName() {
        return decidedByName;
    }

    @Nullable Instant decidedAt() {
        return decidedAt;
    }

    @Nullable String decisionSummary() {
        return decisionSummary;
    }

    List<AppealItem> items() {
        return items;
    }

    void replaceItems(List<AppealItem> newItems, String policy, String by, Instant at) {
        items.clear();
        items.addAll(newItems);
        policyName = policy;
        savedByName = by;
        savedAt = at;
    }

    void lodge(String by, Instant at) {
        status = AppealStatus.LODGED;
        lodgedByName = by;
        lodgedAt = at;
    }

    void assignDue(LocalDate due) {
        decisionDue = due;
    }

    void assign(long reviewer, String reviewerDisplayName, String by, Instant at, LocalDate due) {
        status = AppealStatus.ASSIGNED;
        reviewerId = reviewer;
        reviewerName = reviewerDisplayName;
        assignedByName = by;
        assignedAt = at;
        decisionDue = due;
    }

    void decided(String by, Instant at, String summary) {
        status = AppealStatus.DECIDED;
        decidedByName = by;
        decidedAt = at;
        decisionSummary = summary;
    }
}
