package uk.providerportal.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.providerportal.base.AbstractEntity;

/** A delivery partner: an organisation funded under one programme to deliver the service in one nation. */
@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity {

    static final int MAX_NAME = 200;

    @Size(max = 32)
    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Size(max = MAX_NAME)
    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private Nation nation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Column(nullable = false)
    private boolean active = true;

    protected Organisation() {
        this.code = "";
        this.name = "";
        this.nation = Nation.ENGLAND_AND_WALES;
        this.programme = new Programme();
    }

    public Organisation(String code, String name, Nation nation, Programme programme) {
        this.code = code;
        this.name = name;
        this.nation = nation;
        this.programme = programme;
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

    public Nation getNation() {
        return nation;
    }

    public void setNation(Nation nation) {
        this.nation = nation;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
