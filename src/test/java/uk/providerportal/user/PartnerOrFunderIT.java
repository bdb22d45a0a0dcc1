package uk.providerportal.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.PortalTest;
import uk.providerportal.security.Role;
import uk.providerportal.signin.SignInAs;

/**
 * A person is either a delivery partner's user or funder staff, never both: not at sign-in, not through an admin's
 * edit or approval, and not in the database, whichever way a row is written.
 */
@PortalTest
class PartnerOrFunderIT {

    static final SignInClaims.Trust EVERYTHING = new SignInClaims.Trust(EnumSet.allOf(Role.class), true, false);

    @Autowired UserService users;
    @Autowired PortalUserRepository repository;
    @Autowired DataSource dataSource;
    @Autowired ApplicationContext context;

    JdbcTemplate jdbc;
    SignInAs as;
    long nca;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(dataSource);
        as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        nca = jdbc.queryForObject("select id from organisation where code = 'NCA'", Long.class);
    }

    private SignInClaims claims(String subject, Long organisationId, Set<Role> roles) {
        return new SignInClaims("https://one-idp.example", subject, "Pat " + subject, subject + "@example.org", true,
                organisationId, roles, EVERYTHING);
    }

    private long users(String subject) {
        return jdbc.queryForObject("select count(*) from portal_user_identity where subject = ?", Long.class, subject);
    }

    @Test
    void firstSignInAssertingProviderAndFunderRoles_isRefused_andNothingIsStored() {
        String subject = "both-" + System.nanoTime();
        assertThatThrownBy(() -> users.signIn(claims(subject, nca, Set.of(Role.PROVIDER_USER, Role.QUALITY_MANAGER))))
                .isInstanceOf(MixedAccessRefused.class)
                .satisfies(e -> assertThat(((MixedAccessRefused) e).field()).isEqualTo("roles"));
        assertThat(users(subject)).isZero();
    }

    @Test
    void signInAssertingAFunderRoleWithAnOrganisation_isRefused_andNothingIsStored() {
        String subject = "funder-with-organisation-" + System.nanoTime();
        assertThatThrownBy(() -> users.signIn(claims(subject, nca, Set.of(Role.ASSESSOR))))
                .isInstanceOf(MixedAccessRefused.class)
                .satisfies(e -> assertThat(((MixedAccessRefused) e).field()).isEqualTo("organisation"));
        assertThat(users(subject)).isZero();
    }

    @Test
    void providerUserWhoseProviderLaterAddsAnAdminRole_isRefused_andKeepsTheStoredRecord() {
        String subject = "grows-" + System.nanoTime();
        UserAccount provider = users.signIn(claims(subject, nca, Set.of(Role.PROVIDER_USER)));

        assertThatThrownBy(() -> users.signIn(claims(subject, null, Set.of(Role.PROVIDER_USER, Role.ADMIN))))
                .isInstanceOf(MixedAccessRefused.class);
        PortalUser stored = repository.findById(provider.id()).orElseThrow();
        assertThat(stored.getRoles()).containsExactly(Role.PROVIDER_USER);
        assertThat(stored.getAccessVersion()).isEqualTo(provider.accessVersion());
    }

    @Test
    void adminEditGivingAProviderUserAFunderRole_isRefusedNamingTheRoles() throws Exception {
        UserAccount provider = users.signIn(claims("edit-" + System.nanoTime(), nca, Set.of(Role.PROVIDER_USER)));
        assertThatThrownBy(() -> as.call("alex.reid", () -> users.changeRoles(provider.id(), nca,
                Set.of(Role.PROVIDER_USER, Role.ADMIN))))
                .isInstanceOf(UserChangeRefused.class)
                .satisfies(e -> assertThat(((UserChangeRefused) e).field()).isEqualTo("roles"));
        assertThatThrownBy(() -> as.call("alex.reid", () -> users.changeRoles(provider.id(), nca,
                Set.of(Role.QUALITY_MANAGER))))
                .isInstanceOf(UserChangeRefused.class)
                .satisfies(e -> assertThat(((UserChangeRefused) e).field()).isEqualTo("organisation"));
        assertThat(repository.findById(provider.id()).orElseThrow().getRoles()).containsExactly(Role.PROVIDER_USER);
    }

    @Test
    void adminApprovalOfTheMix_isRefusedNamingTheField() {
        UserAccount waiting = users.signIn(claims("waiting-" + System.nanoTime(), null, null));
        assertThatThrownBy(() -> as.call("alex.reid", () -> users.approve(waiting.id(), nca,
                Set.of(Role.PROVIDER_USER, Role.ASSESSOR))))
                .isInstanceOf(UserChangeRefused.class)
                .satisfies(e -> assertThat(((UserChangeRefused) e).field()).isEqualTo("roles"));
        assertThatThrownBy(() -> as.call("alex.reid", () -> users.approve(waiting.id(), nca,
                Set.of(Role.ASSESSOR))))
                .isInstanceOf(UserChangeRefused.class)
                .satisfies(e -> assertThat(((UserChangeRefused) e).field()).isEqualTo("organisation"));
        assertThat(repository.findById(waiting.id()).orElseThrow().getAccessStatus()).isEqualTo(AccessStatus.PENDING);
    }

    @Test
    void legitimateMovesBetweenFunderStaffAndAProviderUser_passTheDatabaseChecksInBothDirections() throws Exception {
        UserAccount assessor = users.signIn(claims("mover-" + System.nanoTime(), null, Set.of(Role.ASSESSOR)));

        UserAccount provider = as.call("alex.reid", () -> users.changeRoles(assessor.id(), nca,
                Set.of(Role.PROVIDER_USER)));
        assertThat(provider.roles()).containsExactly(Role.PROVIDER_USER);
        assertThat(provider.organisationId()).isEqualTo(nca);

        UserAccount funder = as.call("alex.reid", () -> users.changeRoles(assessor.id(), null,
                Set.of(Role.QUALITY_MANAGER, Role.ASSESSOR)));
        assertThat(funder.roles()).containsExactlyInAnyOrder(Role.QUALITY_MANAGER, Role.ASSESSOR);
        assertThat(funder.organisationId()).isNull();
    }

    @Test
    void providerSignInMovingAFunderToAnOrganisation_passesTheDatabaseChecks() {
        String subject = "switch-" + System.nanoTime();
        users.signIn(claims(subject, null, Set.of(Role.ASSESSOR)));
        UserAccount moved = users.signIn(claims(subject, nca, Set.of(Role.PROVIDER_USER)));
        assertThat(moved.roles()).containsExactly(Role.PROVIDER_USER);
        assertThat(moved.organisationId()).isEqualTo(nca);
    }

    @Test
    void database_refusesADirectInsertOfAFunderRoleForAProviderUser() {
        UserAccount provider = users.signIn(claims("sql-" + System.nanoTime(), nca, Set.of(Role.PROVIDER_USER)));
        assertThatThrownBy(() -> jdbc.update("insert into portal_user_role (user_id, role) values (?, 'ADMIN')",
                provider.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Partner or funder");
        assertThat(repository.findById(provider.id()).orElseThrow().getRoles()).containsExactly(Role.PROVIDER_USER);
    }

    @Test
    void database_refusesADirectInsertOfTheProviderRoleForFunderStaff() {
        UserAccount assessor = users.signIn(claims("sql-funder-" + System.nanoTime(), null,
                Set.of(Role.ASSESSOR, Role.QUALITY_MANAGER)));
        assertThatThrownBy(() -> jdbc.update(
                "insert into portal_user_role (user_id, role) values (?, 'PROVIDER_USER')", assessor.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Partner or funder");
        assertThatThrownBy(() -> jdbc.update("update portal_user_role set role = 'PROVIDER_USER' where user_id = ? "
                + "and role = 'ASSESSOR'", assessor.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Partner or funder");
        assertThat(repository.findById(assessor.id()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.ASSESSOR, Role.QUALITY_MANAGER);
    }

    @Test
    void database_refusesGivingFunderStaffAnOrganisation() {
        UserAccount assessor = users.signIn(claims("sql-org-" + System.nanoTime(), null, Set.of(Role.ASSESSOR)));
        assertThatThrownBy(() -> jdbc.update("update portal_user set organisation_id = ? where id = ?", nca,
                assessor.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("funder staff cannot belong to an organisation");
    }
}
