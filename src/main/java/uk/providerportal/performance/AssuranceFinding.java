package uk.providerportal.performance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

/** One finding of an assurance review, with the area it is about (its reason, for 11.52's "same reasons"). */
@Embeddable
class AssuranceFinding {

    static final int MAX_FINDING = 1000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AssuranceArea area = AssuranceArea.GOVERNANCE;

    @Size(max = MAX_FINDING)
    @Column(nullable = false, length = MAX_FINDING)
    private String finding = "";

    protected AssuranceFinding() {
    }

    AssuranceFinding(AssuranceArea area, String finding) {
        this.area = area;
        this.finding = finding;
    }

    AssuranceArea area() {
        return area;
    }

    String finding() {
        return finding;
    }
}
