package uk.providerportal.standard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.providerportal.base.AbstractEntity;

@Entity
@Table(name = "standard_version")
class StandardVersion extends AbstractEntity {

    @Column(name = "programme_id", nullable = false)
    private long programmeId;
    @Column(nullable = false, length = 8)
    private String code = "";
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom = LocalDate.EPOCH;
    @Column(nullable = false, length = 200)
    private String title = "";
    @Column(nullable = false, length = 2000)
    private String description = "";
    @Column(nullable = false, length = 100)
    private String category = "";
    @Column(name = "customer_impact", nullable = false)
    private boolean customerImpact;
    @Column(nullable = false)
    private boolean retired;
    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy = "";

    protected StandardVersion() {
    }

    StandardVersion(long programmeId, String code, LocalDate effectiveFrom) {
        this.programmeId = programmeId;
        this.code = code;
        this.effectiveFrom = effectiveFrom;
    }

    void set(Standard standard, String by) {
        title = standard.title();
        description = standard.description();
        category = standard.category();
        customerImpact = standard.customerImpact();
        retired = standard.retired();
        changedBy = by;
    }

    String code() {
        return code;
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    Standard toStandard() {
        return new Standard(code, effectiveFrom, title, description, category, customerImpact, retired, changedBy);
    }
}
