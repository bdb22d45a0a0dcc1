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
import java.util.ArrayList;
import java.util.List;
import uk.providerportal.base.AbstractEntity;

/**
 * One contract's performance management: its intervention level with every decision, and its provider action plan
 * (actions, milestones, flight path) with every version and comment. One version guards all of it.
 */
@Entity
@Table(name = "performance_contract")
class PerformanceContract extends AbstractEntity {

    static final int MAX_FLIGHT_PATH = 4000;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "intervention_level", nullable = false, length = 20)
    private InterventionLevel level = InterventionLevel.STANDARD;

    @Column(name = "plan_number", nullable = false)
    private int planNumber;

    @Size(max = MAX_FLIGHT_PATH)
    @Column(name = "flight_path", nullable = false, length = MAX_FLIGHT_PATH)
    private String flightPath = "";

    @Valid
    @ElementCollection
    @CollectionTable(name = "performance_action", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    private List<PlanAction> actions = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "performance_milestone", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    private List<PlanMilestone> milestones = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "performance_plan_entry", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    private List<PlanEntry> planHistory = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "performance_level_decision", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    private List<LevelDecision> decisions = new ArrayList<>();

    protected PerformanceContract() {
    }

    PerformanceContract(long organisationId) {
        this.organisationId = organisationId;
    }

    long organisationId() {
        return organisationId;
    }

    InterventionLevel level() {
        return level;
    }

    int planNumber() {
        return planNumber;
    }

    String flightPath() {
        return flightPath;
    }

    List<PlanAction> actions() {
        return actions;
    }

    List<PlanMilestone> milestones() {
        return milestones;
    }

    List<PlanEntry> planHistory() {
        return planHistory;
    }

    List<LevelDecision> decisions() {
        return decisions;
    }

    void decide(LevelDecision decision, InterventionLevel to) {
        decisions.add(decision);
        level = to;
    }

    /** Replaces the plan with a new version and keeps it, as it now is, in the history. */
    void savePlan(List<PlanAction> newActions, List<PlanMilestone> newMilestones, String newFlightPath,
                  PlanEntry.Maker entry) {
        actions.clear();
        actions.addAll(newActions);
        milestones.clear();
        milestones.addAll(newMilestones);
        flightPath = newFlightPath;
        planNumber++;
        planHistory.add(entry.make(planNumber));
    }

    void comment(PlanEntry entry) {
        planHistory.add(entry);
    }
}
