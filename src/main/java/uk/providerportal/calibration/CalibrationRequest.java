package uk.providerportal.calibration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.AbstractEntity;

/**
 * A provider's request for a calibration session on one of its released cases, or on a month's released outcomes
 * as a whole (no case), and what the quality team did about it. Statuses move only as
 * {@link CalibrationRequestStatus#canMoveTo} allows.
 */
@Entity
@Table(name = "calibration_request")
class CalibrationRequest extends AbstractEntity {

    static final int MAX_TOPIC = 1000;
    static final int MAX_ANSWER = 4000;
    static final int MAX_CLOSING_NOTE = 1000;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "case_sample_id", updatable = false)
    private @Nullable Long caseSampleId;

    @Size(max = 60)
    @Column(name = "case_reference", length = 60, updatable = false)
    private @Nullable String caseReference;

    @Column(name = "round_month", nullable = false, updatable = false)
    private LocalDate roundMonth = LocalDate.EPOCH;

    @Size(max = MAX_TOPIC)
    @Column(nullable = false, length = MAX_TOPIC, updatable = false)
    private String topic = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CalibrationRequestStatus status = CalibrationRequestStatus.REQUESTED;

    @Column(name = "requested_by_id", nullable = false, updatable = false)
    private long requestedById;

    @Size(max = 200)
    @Column(name = "requested_by_name", nullable = false, updatable = false)
    private String requestedByName = "";

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt = Instant.EPOCH;

    @Column(name = "session_at")
    private @Nullable Instant sessionAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_kind", length = 20)
    private @Nullable CalibrationRequestMeeting sessionKind;

    @Size(max = CalibrationRequestSessionRule.MAX_WHERE)
    @Column(name = "session_where", length = CalibrationRequestSessionRule.MAX_WHERE)
    private @Nullable String sessionWhere;

    @Size(max = 200)
    @Column(name = "scheduled_by_name", length = 200)
    private @Nullable String scheduledByName;

    @Column(name = "scheduled_at")
    private @Nullable Instant scheduledAt;

    @Size(max = MAX_ANSWER)
    @Column(length = MAX_ANSWER)
    private @Nullable String answer;

    @Size(max = 200)
    @Column(name = "answered_by_name", length = 200)
    private @Nullable String answeredByName;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    @Size(max = MAX_CLOSING_NOTE)
    @Column(name = "closing_note", length = MAX_CLOSING_NOTE)
    private @Nullable String closingNote;

    @Size(max = 200)
    @Column(name = "closed_by_name", length = 200)
    private @Nullable String closedByName;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected CalibrationRequest() {
    }

    CalibrationRequest(long organisationId, @Nullable Long caseSampleId, @Nullable String caseReference,
                       YearMonth month, String topic, long byId, String byName, Instant at) {
        this.organisationId = organisationId;
        this.caseSampleId = caseSampleId;
        this.caseReference = caseReference;
        this.roundMonth = month.atDay(1);
        this.topic = topic;
        this.requestedById = byId;
        this.requestedByName = byName;
        this.requestedAt = at;
    }

    void schedule(Instant session, CalibrationRequestMeeting kind, String where, String by, Instant at) {
        this.status = CalibrationRequestStatus.SCHEDULED;
        this.sessionAt = session;
        this.sessionKind = kind;
        this.sessionWhere = where;
        this.scheduledByName = by;
        this.scheduledAt = at;
    }

    void answer(String text, String by, Instant at) {
        this.status = CalibrationRequestStatus.ANSWERED;
        this.answer = text;
        this.answeredByName = by;
        this.answeredAt = at;
    }

    void close(@Nullable String note, String by, Instant at) {
        this.status = CalibrationRequestStatus.CLOSED;
        this.closingNote = note;
        this.closedByName = by;
        this.closedAt = at;
    }

    long organisationId() {
        return organisationId;
    }

    @Nullable Long caseSampleId() {
        return caseSampleId;
    }

    CalibrationRequestStatus status() {
        return status;
    }

    CalibrationRequestSummary toSummary(String organisationName) {
        return new CalibrationRequestSummary(requireId(), getVersion(), organisationId, organisationName, caseSampleId,
                caseReference, YearMonth.from(roundMonth), topic, status, requestedByName, requestedAt, sessionAt,
                sessionKind, sessionWhere, scheduledByName, answer, answeredByName, answeredAt, closingNote,
                closedByName, closedAt);
    }

    private long requireId() {
        Long id = getId();
        if (id == null) {
            throw new IllegalStateException("A calibration request is saved before it is shown");
        }
        return id;
    }
}
