package uk.providerportal.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.AbstractEntity;

/**
 * An assessor's scorecard of one case. The standards are fixed when it is made, from the catalogue in force on its
 * assessment date, so a standard retired or reworded later never changes it. The version column (from
 * {@link AbstractEntity}) refuses a save made over someone else's newer one.
 */
@Entity
@Table(name = "assessment")
class Assessment extends AbstractEntity {

    static final int MAX_COMMENTARY = 4000;

    @Column(name = "case_sample_id", nullable = false, updatable = false)
    private long caseSampleId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "assessor_id", nullable = false)
    private long assessorId;

    @Size(max = 200)
    @Column(name = "assessor_name", nullable = false)
    private String assessorName = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ScorecardStatus status = ScorecardStatus.DRAFT;

    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn = LocalDate.EPOCH;

    @Size(max = MAX_COMMENTARY)
    @Column(nullable = false, length = MAX_COMMENTARY)
    private String commentary = "";

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt = Instant.EPOCH;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt = Instant.EPOCH;

    @Size(max = 200)
    @Column(name = "saved_by", nullable = false)
    private String savedBy = "";

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(nullable = false)
    private int met;

    @Column(name = "not_met", nullable = false)
    private int notMet;

    @Column(name = "not_applicable", nullable = false)
    private int notApplicable;

    @Column(nullable = false)
    private int standards;

    @Column(name = "score_percent", precision = 4, scale = 1)
    private @Nullable BigDecimal scorePercent;

    @Column(name = "pass_mark", precision = 5, scale = 2)
    private @Nullable BigDecimal passMark;

    private @Nullable Boolean passed;

    @Column(name = "round_month")
    private @Nullable LocalDate roundMonth;

    @Column(nullable = false)
    private boolean picked;

    @Column(name = "moderated_by_id")
    private @Nullable Long moderatedById;

    @Size(max = 200)
    @Column(name = "moderated_by_name", length = 200)
    private @Nullable String moderatedByName;

    @Column(name = "moderated_at")
    private @Nullable Instant moderatedAt;

    @Column(name = "released_at")
    private @Nullable Instant releasedAt;

    // The standing outcome's counts (amended, else moderated, else the assessor's), recorded on release and on every
    // amendment, so the KPI counts cases from this table alone (issue 12).
    @Column(name = "standing_met")
    private @Nullable Integer standingMet;
    @Column(name = "standing_not_met")
    private @Nullable Integer standingNotMet;
    @Column(name = "standing_detriment")
    private @Nullable Integer standingDetriment;
    @Column(name = "standing_score", precision = 4, scale = 1)
    private @Nullable BigDecimal standingScore;

    @ElementCollection
    @CollectionTable(name = "assessment_outcome", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<StandardOutcome> outcomes = new ArrayList<>();

    protected Assessment() {
    }

    Assessment(long caseSampleId, long organisationId, long programmeId, long assessorId, String assessorName,
               LocalDate assessedOn, List<Long> standardVersionIds, Instant at) {
        this.caseSampleId = caseSampleId;
        this.organisationId = organisationId;
        this.programmeId = programmeId;
        this.assessorId = assessorId;
        this.assessorName = assessorName;
        this.assessedOn = assessedOn;
        this.startedAt = at;
        this.savedAt = at;
        this.savedBy = assessorName;
        this.standards = standardVersionIds.size();
        standardVersionIds.forEach(id -> outcomes.add(new StandardOutcome(id)));
    }

    void saved(String commentary, String by, Instant at) {
        this.commentary = commentary;
        this.savedBy = by;
        this.savedAt = at;
        CaseScore score = score();
        this.met = score.met();
        this.notMet = score.notMet();
        this.notApplicable = score.notApplicable();
    }

    void submit(@Nullable BigDecimal passMark, YearMonth round, Instant at) {
        CaseScore score = score();
        this.roundMonth = round.atDay(1);
        this.status = ScorecardStatus.SUBMITTED;
        this.submittedAt = at;
        this.scorePercent = score.percent();
        this.passMark = passMark;
        this.passed = passMark == null || !score.scored() ? null : score.result(passMark) == CaseScore.Result.PASS;
    }

    CaseScore score() {
        return CaseScore.of(outcomes.stream().map(StandardOutcome::outcome).toList());
    }

    long caseSampleId() {
        return caseSampleId;
    }

    long assessorId() {
        return assessorId;
    }

    String assessorName() {
        return assessorName;
    }

    ScorecardStatus status() {
        return status;
    }

    LocalDate assessedOn() {
        return assessedOn;
    }

    String commentary() {
        return commentary;
    }

    Instant savedAt() {
        return savedAt;
    }

    String savedBy() {
        return savedBy;
    }

    @Nullable Instant submittedAt() {
        return submittedAt;
    }

    int standards() {
        return standards;
    }

    int answered() {
        return met + notMet + notApplicable;
    }

    List<StandardOutcome> outcomes() {
        return outcomes;
    }

    void picked() {
        this.picked = true;
    }

    void moderated(long byId, String byName, Instant at) {
        this.moderatedById = byId;
        this.moderatedByName = byName;
        this.moderatedAt = at;
    }

    void released(Instant at) {
        this.releasedAt = at;
        recordStanding();
    }

    /** Records the standing outcome's counts and score; call after any outcome of a released case changes. */
    void recordStanding() {
        CaseScore standing = finalScore();
        this.standingMet = standing.met();
        this.standingNotMet = standing.notMet();
        this.standingScore = standing.percent();
        this.standingDetriment = (int) outcomes.stream().filter(o -> o.finalOutcome() == Outcome.NOT_MET
                && o.finalImpact() == CustomerImpact.ACTUAL_DETRIMENT).count();
    }

    /** The score after moderation: the moderator's outcomes where they changed one, the assessor's elsewhere. */
    CaseScore finalScore() {
        return CaseScore.of(outcomes.stream().map(StandardOutcome::finalOutcome).toList());
    }

    long organisationId() {
        return organisationId;
    }

    @Nullable YearMonth round() {
        return roundMonth == null ? null : YearMonth.from(roundMonth);
    }

    boolean isPicked() {
        return picked;
    }

    @Nullable String moderatedByName() {
        return moderatedByName;
    }

    @Nullable Instant moderatedAt() {
        return moderatedAt;
    }

    @Nullable Instant releasedAt() {
        return releasedAt;
    }

    @Nullable BigDecimal passMark() {
        return passMark;
    }
}
