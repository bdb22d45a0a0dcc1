package uk.providerportal.triage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import uk.providerportal.base.AbstractEntity;

/** A declared conflict of interest: this assessor cannot assess this delivery partner's cases independently. */
@Entity
@Table(name = "assessor_conflict")
class AssessorConflict extends AbstractEntity {

    @Column(name = "assessor_id", nullable = false)
    private long assessorId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Size(max = 500)
    @Column(nullable = false)
    private String reason = "";

    @Size(max = 200)
    @Column(name = "declared_by", nullable = false)
    private String declaredBy = "";

    protected AssessorConflict() {
    }

    AssessorConflict(long assessorId, long organisationId, String reason, String declaredBy) {
        this.assessorId = assessorId;
        this.organisationId = organisationId;
        this.reason = reason;
        this.declaredBy = declaredBy;
    }

    long assessorId() {
        return assessorId;
    }

    long organisationId() {
        return organisationId;
    }

    String reason() {
        return reason;
    }

    String declaredBy() {
        return declaredBy;
    }
}
