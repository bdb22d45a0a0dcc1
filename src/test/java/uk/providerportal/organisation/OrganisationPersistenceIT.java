package uk.providerportal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.security.Role;
import uk.providerportal.signin.SignInAs;

/** Flyway has migrated the real embedded MariaDB, and organisations survive a round trip intact. */
@PortalTest
class OrganisationPersistenceIT {

    @Autowired OrganisationRepository organisations;
    @Autowired ProgrammeRepository programmes;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;
    @Autowired MutableClock clock;
    @Autowired OrganisationService service;
    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void flywayMigratedTheEmbeddedMariaDb() {
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("MariaDB");
        assertThat(jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success = 1 and version = '1'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void organisation_roundTripsWithMicrosecondTimestamps() {
        Instant created = Instant.parse("2026-03-06T10:15:30.123456Z");
        clock.set(created);
        Long id = transactions.execute(status -> {
            Programme programme = programmes.save(new Programme("RT-" + System.nanoTime(), "Round trip programme"));
            return organisations.save(new Organisation("RT" + System.nanoTime() % 100000, "Round Trip Advice",
                    Nation.SCOTLAND, programme)).getId();
        });

        Organisation loaded = transactions.execute(status -> {
            entityManager.clear();
            Organisation organisation = organisations.findById(id).orElseThrow();
            organisation.getProgramme().getName();
            return organisation;
        });

        assertThat(loaded.getName()).isEqualTo("Round Trip Advice");
        assertThat(loaded.getNation()).isEqualTo(Nation.SCOTLAND);
        assertThat(loaded.getProgramme().getName()).isEqualTo("Round trip programme");
        assertThat(loaded.isActive()).isTrue();
        assertThat(loaded.getCreatedAt()).isEqualTo(created);
        assertThat(loaded.getUpdatedAt()).isEqualTo(created);
        assertThat(loaded.getVersion()).isZero();
    }

    @Test
    void concurrentEdits_theSecondIsRefusedByOptimisticLocking() {
        Long id = transactions.execute(status -> organisations.findByCode("NCA").orElseThrow().getId());
        Organisation first = transactions.execute(status -> organisations.findById(id).orElseThrow());
        Organisation second = transactions.execute(status -> organisations.findById(id).orElseThrow());

        first.setName(first.getName());
        first.setActive(!first.isActive());
        transactions.executeWithoutResult(status -> organisations.save(first));
        second.setActive(!second.isActive());

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> organisations.save(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Organisation restored = transactions.execute(status -> organisations.findById(id).orElseThrow());
        restored.setActive(true);
        transactions.executeWithoutResult(status -> organisations.save(restored));
    }

    @Test
    void twoAdminsEditingTheSamePartner_theSecondIsToldAndNothingOfTheirsIsSaved() throws Exception {
        String admin = fixtures.funderStaff(Role.ADMIN, "editor");
        long id = fixtures.partner().id();
        OrganisationSummary seenByFirst = signInAs.call(admin, () -> service.findOrganisation(id));
        OrganisationSummary seenBySecond = signInAs.call(admin, () -> service.findOrganisation(id));

        signInAs.call(admin, () -> service.saveOrganisation(new OrganisationDetails(id, seenByFirst.code(),
                "First Admin's Name", seenByFirst.nation(), seenByFirst.programmeId(), true, seenByFirst.version())));
        assertThatThrownBy(() -> signInAs.call(admin, () -> service.saveOrganisation(new OrganisationDetails(id,
                seenBySecond.code(), "Second Admin's Name", seenBySecond.nation(), seenBySecond.programmeId(), true,
                seenBySecond.version()))))
                .isInstanceOf(OrganisationChangeRefused.class)
                .hasMessageStartingWith("Someone else changed First Admin's Name while you were editing it");

        assertThat(signInAs.call(admin, () -> service.findOrganisation(id)).name()).isEqualTo("First Admin's Name");
    }

    @Test
    void aNameLongerThanItsColumn_isRefusedByName() throws Exception {
        String admin = fixtures.funderStaff(Role.ADMIN, "editor");
        OrganisationSummary partner = signInAs.call(admin, () -> service.findOrganisation(fixtures.partner().id()));
        assertThatThrownBy(() -> signInAs.call(admin, () -> service.saveOrganisation(new OrganisationDetails(
                partner.id(), partner.code(), "N".repeat(201), partner.nation(), partner.programmeId(), true,
                partner.version()))))
                .isInstanceOfSatisfying(OrganisationChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("name");
                    assertThat(refused).hasMessage("Keep the name to 200 characters or fewer: it has 201.");
                });
    }

    @Test
    void organisationCodes_areUnique() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            Programme programme = programmes.findByCode("DEBT").orElseThrow();
            organisations.saveAndFlush(new Organisation("NCA", "Impostor Advice", Nation.ENGLAND_AND_WALES,
                    programme));
        })).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
