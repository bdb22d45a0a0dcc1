package uk.providerportal.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.providerportal.base.AbstractEntity;
import uk.providerportal.organisation.Nation;

@Entity
@Table(name = "calendar_exception")
class CalendarException extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private Nation nation;

    @Column(name = "calendar_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ExceptionKind kind;

    @Size(max = 500)
    @Column(nullable = false, length = 500)
    private String reason;

    protected CalendarException() {
        this.nation = Nation.ENGLAND_AND_WALES;
        this.date = LocalDate.EPOCH;
        this.kind = ExceptionKind.NON_WORKING;
        this.reason = "";
    }

    CalendarException(Nation nation, LocalDate date, ExceptionKind kind, String reason) {
        this.nation = nation;
        this.date = date;
        this.kind = kind;
        this.reason = reason;
    }

    Nation nation() {
        return nation;
    }

    LocalDate date() {
        return date;
    }

    ExceptionKind kind() {
        return kind;
    }

    String reason() {
        return reason;
    }
}
