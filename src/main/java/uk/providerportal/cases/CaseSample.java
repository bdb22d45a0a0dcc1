package uk.providerportal.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.AbstractEntity;

/** One case a delivery partner submitted for independent quality assessment, and where it is in the cycle. */
@Entity
@Table(name = "case_sample")
class CaseSample extends AbstractEntity {

    static final int MAX_WITHDRAWN_REASON = 500;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Size(max = 60)
    @Column(nullable = false)
    private String reference = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdviceChannel channel = AdviceChannel.TELEPHONE;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn = LocalDate.EPOCH;

    @ElementCollection
    @CollectionTable(name = "case_sample_call", joinColumns = @JoinColumn(name = "case_sample_id"))
    @OrderColumn(name = "position")
    @Column(name = "minutes", nullable = false)
    private List<Integer> callMinutes = new ArrayList<>();

    @Column(name = "total_call_minutes", nullable = false)
    private int totalCallMinutes;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt = Instant.EPOCH;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn = LocalDate.EPOCH;

    @Size(max = 200)
    @Column(name = "submitted_by", nullable = false)
    private String submittedBy = "";

    @Column(name = "submission_month", nullable = false)
    private LocalDate submissionMonth = LocalDate.EPOCH;

    @Column(name = "folder_month", nullable = false)
    private LocalDate folderMonth = LocalDate.EPOCH;

    @Column(name = "sample_week", nullable = false)
    private int sampleWeek = 1;

    @Column(name = "week_ends_on", nullable = false)
    private LocalDate weekEndsOn = LocalDate.EPOCH;

    @Column(nullable = false)
    private boolean late;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status = CaseStatus.RECEIVED;

    @Column(name = "assessment_month", nullable = false)
    private LocalDate assessmentMonth = LocalDate.EPOCH;

    @Column(name = "rolled_over_from")
    private @Nullable LocalDate rolledOverFrom;

    @Column(name = "assessor_id")
    private @Nullable Long assessorId;

    @Size(max = 200)
    @Column(name = "assessor_name")
    private @Nullable String assessorName;

    @Column(name = "assigned_at")
    private @Nullable Instant assignedAt;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    @Size(max = MAX_WITHDRAWN_REASON)
    @Column(name = "withdrawn_reason")
    private @Nullable String withdrawnReason;

    @OneToMany(mappedBy = "caseSample", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CaseRecordFile> files = new ArrayList<>();

    protected CaseSample() {
    }

    CaseSample(NewCaseRecord record, Instant submittedAt) {
        this.organisationId = record.organisationId();
        this.reference = record.reference();
        this.channel = record.channel();
        this.completedOn = record.completedOn();
        this.callMinutes = new ArrayList<>(record.callMinutes());
        this.totalCallMinutes = record.callMinutes().stream().mapToInt(Integer::intValue).sum();
        this.submittedAt = submittedAt;
        this.submittedOn = record.submittedOn();
        this.submittedBy = record.submittedBy();
        this.submissionMonth = YearMonth.from(record.submittedOn()).atDay(1);
        this.folderMonth = record.folderMonth().atDay(1);
        this.sampleWeek = record.sampleWeek();
        this.weekEndsOn = record.weekEndsOn();
        this.late = record.late();
        this.assessmentMonth = this.folderMonth;
        for (NewCaseRecord.StoredRecordFile file : record.files()) {
            files.add(new CaseRecordFile(this, files.size(), file.fileName(), file.storageKey(), file.sizeBytes(),
                    file.sha256(), file.mediaType()));
        }
    }

    private void moveTo(CaseStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("Case " + getId() + " cannot move from " + status + " to " + next);
        }
        status = next;
    }

    void assign(long assessor, String name, Instant at) {
        moveTo(CaseStatus.QUEUED);
        this.assessorId = assessor;
        this.assessorName = name;
        this.assignedAt = at;
    }

    void startAssessment() {
        moveTo(CaseStatus.IN_ASSESSMENT);
    }

    void submitForModeration() {
        moveTo(CaseStatus.SUBMITTED_FOR_MODERATION);
    }

    void moderated() {
        moveTo(CaseStatus.MODERATED);
    }

    void release() {
        moveTo(CaseStatus.RELEASED);
    }

    void withdraw(String reason, Instant at) {
        moveTo(CaseStatus.WITHDRAWN);
        this.withdrawnReason = reason;
        this.withdrawnAt = at;
    }

    long organisationId() {
        return organisationId;
    }

    String reference() {
        return reference;
    }

    CaseStatus status() {
        return status;
    }

    @Nullable Long assessorId() {
        return assessorId;
    }

    @Nullable String assessorName() {
        return assessorName;
    }

    YearMonth folderMonth() {
        return YearMonth.from(folderMonth);
    }

    YearMonth assessmentMonth() {
        return YearMonth.from(assessmentMonth);
    }

    @Nullable YearMonth rolledOverFrom() {
        return rolledOverFrom == null ? null : YearMonth.from(rolledOverFrom);
    }

    List<CaseRecordFile> files() {
        return files;
    }

    CaseSummary toSummary(String organisationName) {
        return new CaseSummary(java.util.Objects.requireNonNull(getId()), organisationId, organisationName, reference,
                channel, completedOn, List.copyOf(callMinutes), totalCallMinutes, submittedAt, submittedBy,
                YearMonth.from(submissionMonth), YearMonth.from(folderMonth), sampleWeek, weekEndsOn, late, status,
                YearMonth.from(assessmentMonth), rolledOverFrom == null ? null : YearMonth.from(rolledOverFrom),
                assessorId, assessorName, assignedAt, withdrawnReason,
                files.stream().map(CaseRecordFile::toSummary).toList());
    }
}
