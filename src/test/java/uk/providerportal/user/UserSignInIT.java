package uk.providerportal.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.PortalTest;
import uk.providerportal.security.Role;

/**
 * The sign-in mapping: find by subject; an email joins an existing user only when the provider is trusted to link
 * by email and vouches the email is verified; a provider manages only the roles and organisation it is trusted for.
 */
@PortalTest
class UserSignInIT {

    static final SignInClaims.Trust EVERYTHING = new SignInClaims.Trust(EnumSet.allOf(Role.class), true, false);
    static final SignInClaims.Trust LINKS_BY_EMAIL = new SignInClaims.Trust(EnumSet.allOf(Role.class), true, true);

    @Autowired UserService users;
    @Autowired PortalUserRepository repository;
    @Autowired DataSource dataSource;

    private static SignInClaims claims(String issuer, String subject, String email, boolean verified,
                                       Set<Role> roles, SignInClaims.Trust trust) {
        return new SignInClaims(issuer, subject, "Person " + subject, email, verified, null, roles, trust);
    }

    private long audits(String action, String outcome, long userId) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from audit_event where action = ? and "
                + "outcome = ? and entity_id = ?", Long.class, action, outcome, String.valueOf(userId));
    }

    private long ownerOf(String email) {
        return repository.findOwnerOfEmail(email).orElseThrow().getId();
    }

    @Test
    void firstSignIn_createsTheUserRecord() {
        String subject = "new-" + System.nanoTime();
        UserAccount account = users.signIn(claims("https://idp.example", subject, subject + "@partner.example", true,
                Set.of(Role.ASSESSOR), EVERYTHING));

        PortalUser stored = repository.findById(account.id()).orElseThrow();
        assertThat(stored.getIdentities()).containsExactly(new ExternalIdentity("https://idp.example", subject));
        assertThat(stored.getRoles()).containsExactly(Role.ASSESSOR);
        assertThat(stored.getLastSignInAt()).isNotNull();
        assertThat(stored.getClaimsEmailOf()).isNull();
    }

    @Test
    void adminsEmailFromASecondProvider_isNotLinkedByDefault_butWaitsClaimingTheAdminsAccount() {
        long admin = ownerOf("alex.reid@funder.example");
        UserAccount impostor = users.signIn(claims("https://partner-keycloak.example", "alex-" + System.nanoTime(),
                "Alex.Reid@funder.example", true, Set.of(Role.ADMIN), EVERYTHING));

        assertThat(impostor.id()).isNotEqualTo(admin);
        assertThat(impostor.pending()).isTrue();
        assertThat(impostor.claimsEmailOf()).isEqualTo(admin);
        assertThat(repository.findById(admin).orElseThrow().getIdentities())
                .noneMatch(identity -> identity.issuer().equals("https://partner-keycloak.example"));
        assertThat(audits("IDENTITY_NOT_LINKED", "DENIED", impostor.id())).isEqualTo(1);
    }

    @Test
    void knownEmail_withLinkByEmailButTheEmailNotVerified_isNotLinked() {
        String email = "unverified-" + System.nanoTime() + "@partner.example";
        UserAccount first = users.signIn(claims("https://old-idp.example", "old-" + System.nanoTime(), email, true,
                Set.of(Role.ASSESSOR), EVERYTHING));

        UserAccount unverified = users.signIn(claims("https://new-idp.example", "new-" + System.nanoTime(), email,
                false, null, LINKS_BY_EMAIL));

        assertThat(unverified.id()).isNotEqualTo(first.id());
        assertThat(unverified.pending()).isTrue();
        assertThat(unverified.claimsEmailOf()).isEqualTo(first.id());
    }

    @Test
    void knownEmail_withLinkByEmailAndAVerifiedEmail_linksTheExistingRecordInsteadOfDuplicatingIt() {
        String email = "linked-" + System.nanoTime() + "@partner.example";
        UserAccount first = users.signIn(claims("https://old-idp.example", "old-" + System.nanoTime(), email, true,
                Set.of(Role.ASSESSOR), EVERYTHING));
        UserAccount second = users.signIn(claims("https://new-idp.example", "new-" + System.nanoTime(),
                email.toUpperCase(), true, null, LINKS_BY_EMAIL));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.roles()).containsExactly(Role.ASSESSOR);
        assertThat(repository.findById(first.id()).orElseThrow().getIdentities()).hasSize(2);
        assertThat(audits("IDENTITY_LINKED", "DONE", first.id())).isEqualTo(1);
    }

    @Test
    void secondAccountAtTheSameProviderWithAKnownEmail_cannotTakeTheRecordOver() {
        String email = "taken-" + System.nanoTime() + "@partner.example";
        UserAccount first = users.signIn(claims("https://idp.example", "first-" + System.nanoTime(), email, true,
                Set.of(Role.ASSESSOR), EVERYTHING));

        UserAccount second = users.signIn(claims("https://idp.example", "second-" + System.nanoTime(), email, true,
                Set.of(Role.ADMIN), LINKS_BY_EMAIL));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.pending()).isTrue();
        assertThat(repository.findById(first.id()).orElseThrow().getRoles()).containsExactly(Role.ASSESSOR);
    }

    @Test
    void rolesAssertedAtSignIn_replaceTheStoredRoles() {
        String subject = "refresh-" + System.nanoTime();
        users.signIn(claims("https://idp.example", subject, subject + "@funder.example", true, Set.of(Role.ASSESSOR),
                EVERYTHING));
        UserAccount refreshed = users.signIn(claims("https://idp.example", subject, subject + "@funder.example", true,
                Set.of(Role.QUALITY_MANAGER, Role.ASSESSOR), EVERYTHING));

        assertThat(refreshed.roles()).containsExactlyInAnyOrder(Role.QUALITY_MANAGER, Role.ASSESSOR);
    }

    @Test
    void provider_managesOnlyTheRolesItIsTrustedFor_neitherAddingNorRemovingAnyOther() {
        String subject = "managed-" + System.nanoTime();
        String email = subject + "@funder.example";
        users.signIn(claims("https://idp.example", subject, email, true, Set.of(Role.ASSESSOR), EVERYTHING));
        var qualityOnly = new SignInClaims.Trust(Set.of(Role.QUALITY_MANAGER), false, false);

        UserAccount added = users.signIn(claims("https://idp.example", subject, email, true,
                Set.of(Role.QUALITY_MANAGER, Role.ADMIN), qualityOnly));
        assertThat(added.roles()).containsExactlyInAnyOrder(Role.ASSESSOR, Role.QUALITY_MANAGER);

        UserAccount removed = users.signIn(claims("https://idp.example", subject, email, true, Set.of(), qualityOnly));
        assertThat(removed.roles()).containsExactly(Role.ASSESSOR);
    }

    @Test
    void providerWithNoTrustConfigured_grantsNoRoleAndNoOrganisation() {
        String subject = "untrusted-" + System.nanoTime();
        long nca = new JdbcTemplate(dataSource).queryForObject("select id from organisation where code = 'NCA'",
                Long.class);
        UserAccount account = users.signIn(new SignInClaims("https://idp.example", subject, "Una Trusted",
                subject + "@partner.example", true, nca, Set.of(Role.ADMIN, Role.PROVIDER_USER),
                SignInClaims.Trust.none()));

        assertThat(account.roles()).isEmpty();
        assertThat(account.organisationId()).isNull();
        assertThat(account.pending()).isTrue();
    }

    @Test
    void unchangedSignIn_keepsTheAccessStamp_soOtherOpenSessionsGoOn() {
        String subject = "steady-" + System.nanoTime();
        UserAccount first = users.signIn(claims("https://idp.example", subject, subject + "@funder.example", true,
                Set.of(Role.ASSESSOR), EVERYTHING));
        UserAccount again = users.signIn(claims("https://idp.example", subject, subject + "@funder.example", true,
                Set.of(Role.ASSESSOR), EVERYTHING));
        UserAccount changed = users.signIn(claims("https://idp.example", subject, subject + "@funder.example", true,
                Set.of(Role.QUALITY_MANAGER), EVERYTHING));

        assertThat(again.accessVersion()).isEqualTo(first.accessVersion());
        assertThat(changed.accessVersion()).isGreaterThan(first.accessVersion());
    }

    @Test
    void demoWorld_isSeededOnceWithEveryRole() {
        var demo = users.demoUsers();
        assertThat(demo).hasSize(10);
        assertThat(demo.stream().flatMap(user -> user.account().roles().stream()).distinct())
                .containsExactlyInAnyOrder(Role.values());
    }
}
