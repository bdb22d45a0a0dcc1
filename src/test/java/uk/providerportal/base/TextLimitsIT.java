package uk.providerportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.PortalTest;
import uk.providerportal.security.Role;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.triage.TriageService;

/**
 * Every text an entity keeps has a server-side maximum, and it is the column's own: text longer than its column is
 * refused with the field named before the database sees it, never cut short or failed as an unhandled error.
 */
@PortalTest
class TextLimitsIT {

    /** MariaDB's TEXT holds 65,535 bytes: at four bytes a character (utf8mb4) that is 16,383 characters. */
    static final int TEXT_CHARACTERS = 65_535 / 4;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignInAs signInAs;

    @Autowired
    TriageService triage;

    @Test
    void textLongerThanItsColumn_isRefusedNamingTheField_andNothingIsSaved() {
        var partner = fixtures.partner();
        long assessor = fixtures.userId(fixtures.assessor());
        String manager = fixtures.funderStaff(Role.QUALITY_MANAGER, "limits");
        assertThatThrownBy(() -> signInAs.call(manager, () -> triage.declareConflict(assessor, partner.id(),
                "x".repeat(501))))
                .isInstanceOfSatisfying(ConstraintViolationException.class, refused -> assertThat(refused
                        .getConstraintViolations()).singleElement().satisfies(violation -> {
                            assertThat(violation.getPropertyPath()).hasToString("reason");
                            assertThat(violation.getMessage()).isEqualTo("must be at most 500 characters");
                        }));
        assertThat(jdbc.queryForObject("select count(*) from assessor_conflict where organisation_id = ?",
                Long.class, partner.id())).isZero();
        assertThat(catchThrowable(() -> signInAs.call(manager, () -> triage.declareConflict(assessor, partner.id(),
                "x".repeat(500))))).isNull();
    }

    @Test
    void everyTextAttribute_hasASizeLimitMatchingItsColumn() {
        var persisters = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        List<String> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        persisters.forEachEntityDescriptor(descriptor -> {
            var persister = (AbstractEntityPersister) descriptor;
            for (String property : persister.getPropertyNames()) {
                if (persister.getPropertyType(property).getReturnedClass() != String.class) {
                    continue;
                }
                String table = persister.getTableName();
                String column = persister.getPropertyColumnNames(property)[0];
                var columnType = jdbc.queryForMap("select data_type, character_maximum_length from "
                        + "information_schema.columns where table_schema = database() and table_name = ? and "
                        + "column_name = ?", table, column);
                long length = ((Number) columnType.get("character_maximum_length")).longValue();
                long allowed = "text".equalsIgnoreCase(String.valueOf(columnType.get("data_type")))
                        ? TEXT_CHARACTERS : length;
                Size size = field(persister.getMappedClass(), property).getAnnotation(Size.class);
                String where = persister.getMappedClass().getSimpleName() + "." + property + " (" + table + "."
                        + column + ", " + allowed + " characters)";
                checked.add(where);
                if (size == null) {
                    problems.add(where + " has no @Size(max = " + allowed + ")");
                } else if (size.max() != allowed) {
                    problems.add(where + " has @Size(max = " + size.max() + ")");
                }
            }
        });
        assertThat(checked).as("the entities' text attributes were found").hasSizeGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException ignored) {
                // look in the superclass
            }
        }
        throw new AssertionError("No field " + name + " in " + type);
    }
}
