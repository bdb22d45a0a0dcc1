package uk.providerportal.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import uk.providerportal.base.AbstractEntity;

/** A funded programme, e.g. debt advice or employment support; its policies and targets hang off it. */
@Entity
@Table(name = "programme")
public class Programme extends AbstractEntity {

    @Size(max = 32)
    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected Programme() {
        this.code = "";
        this.name = "";
    }

    public Programme(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
