package uk.providerportal.contractreview;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.AbstractEntity;

/** A contract's monthly performance review: when, who, what was said and agreed. */
@Entity
@Table(name = "contract_review")
class ContractReview extends AbstractEntity {

    static final int MAX_ATTENDEES = 1000;
    static final int MAX_NOTES = 6000;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "review_month", nullable = false, updatable = false)
    private LocalDate reviewMonth = LocalDate.EPOCH;

    @Column(name = "meeting_on", nullable = false)
    private LocalDate meetingOn = LocalDate.EPOCH;

    @Column(name = "information_due_on", nullable = false)
    private LocalDate informationDueOn = LocalDate.EPOCH;

    @Size(max = MAX_ATTENDEES)
    @Column(nullable = false, length = MAX_ATTENDEES)
    private String attendees = "";

    @Size(max = MAX_NOTES)
    @Column(nullable = false, length = MAX_NOTES)
    private String notes = "";

    @Column(nullable = false)
    private boolean held;

    @Size(max = 200)
    @Column(name = "scheduled_by_name", nullable = false, length = 200)
    private String scheduledByName = "";

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt = Instant.EPOCH;

    @Size(max = 200)
    @Column(name = "recorded_by_name", length = 200)
    private @Nullable String recordedByName;

    @Column(name = "recorded_at")
    private @Nullable Instant recordedAt;

    @Valid
    @ElementCollection
    @CollectionTable(name = "contract_review_action", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<Action> actions = new ArrayList<>();

    /** An agreed action as stored. */
    @Embeddable
    static class Action {

        static final int MAX_WHAT = 500;

        @Size(max = MAX_WHAT)
        @Column(nullable = false, length = MAX_WHAT)
        private String what = "";

        @Size(max = 200)
        @Column(nullable = false, length = 200)
        private String owner = "";

        @Column(name = "due_on", nullable = false)
        private LocalDate dueOn = LocalDate.EPOCH;

        protected Action() {
        }

        Action(AgreedAction action) {
            what = action.what().strip();
            owner = action.owner().strip();
            dueOn = action.dueOn();
        }

        AgreedAction toRecord() {
            return new AgreedAction(what, owner, dueOn);
        }
    }

    protected ContractReview() {
    }

    ContractReview(long organisationId, YearMonth month) {
        this.organisationId = organisationId;
        this.reviewMonth = month.atDay(1);
    }

    void schedule(LocalDate meeting, LocalDate informationDue, String who, String by, Instant at) {
        meetingOn = meeting;
        informationDueOn = informationDue;
        attendees = who.strip();
        scheduledByName = by;
        scheduledAt = at;
    }

    void record(String who, String said, List<AgreedAction> agreed, String by, Instant at) {
        attendees = who.strip();
        notes = said.strip();
        actions.clear();
        agreed.forEach(action -> actions.add(new Action(action)));
        held = true;
        recordedByName = by;
        recordedAt = at;
    }

    long organisationId() {
        return organisationId;
    }

    YearMonth month() {
        return YearMonth.from(reviewMonth);
    }

    LocalDate meetingOn() {
        return meetingOn;
    }

    LocalDate informationDueOn() {
        return informationDueOn;
    }

    String attendees() {
        return attendees;
    }

    String notes() {
        return notes;
    }

    boolean held() {
        return held;
    }

    String scheduledByName() {
        return scheduledByName;
    }

    Instant scheduledAt() {
        return scheduledAt;
    }

    @Nullable String recordedByName() {
        return recordedByName;
    }

    @Nullable Instant recordedAt() {
        return recordedAt;
    }

    List<AgreedAction> actions() {
        return actions.stream().map(Action::toRecord).toList();
    }
}
