package uk.providerportal.standard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.providerportal.base.EffectiveDatedVersion;

@Entity
@Table(name = "standard_version")
class StandardVersion extends EffectiveDatedVersion {

    @Size(max = 8)
    @Column(nullable = false, length = 8)
    private String code = "";
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title = "";
    @Size(max = 2000)
    @Column(nullable = false, length = 2000)
    private String description = "";
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String category = "";
    @Column(name = "customer_impact", nullable = false)
    private boolean customerImpact;
    @Column(nullable = false)
    private boolean retired;

    protected StandardVersion() {
    }

    StandardVersion(long programmeId, String code, LocalDate effectiveFrom) {
        super(programmeId, effectiveFrom);
        this.code = code;
    }

    void set(Standard standard) {
        title = standard.title();
        description = standard.description();
        category = standard.category();
        customerImpact = standard.customerImpact();
        retired = standard.retired();
    }

    String code() {
        return code;
    }

    CatalogueEntry toEntry() {
        return new CatalogueEntry(java.util.Objects.requireNonNull(getId()), toStandard());
    }

    Standard toStandard() {
        return new Standard(code, effectiveFrom(), title, description, category, customerImpact, retired,
                changedBy(), restatement());
    }
}
