package uk.providerportal.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.providerportal.PortalTest;
import uk.providerportal.security.Role;

/** The sign-in mapping: find by subject, else by email, else create; refresh what the provider asserts. */
@PortalTest
class UserSignInIT {

    @Autowired UserService users;
    @Autowired PortalUserRepository repository;

    @Test
    void firstSignIn_createsTheUserRecord() {
        String subject = "new-" + System.nanoTime();
        UserAccount account = users.signIn(new SignInClaims("https://idp.example", subject, "Nia Jones",
                subject + "@partner.example", null, Set.of(Role.ASSESSOR)));

        PortalUser stored = repository.findById(account.id()).orElseThrow();
        assertThat(stored.getIdentities()).containsExactly(new ExternalIdentity("https://idp.example", subject));
        assertThat(stored.getRoles()).containsExactly(Role.ASSESSOR);
        assertThat(stored.getLastSignInAt()).isNotNull();
    }

    @Test
    void knownEmailFromANewProvider_linksTheExistingRecordInsteadOfDuplicatingIt() {
        String email = "linked-" + System.nanoTime() + "@partner.example";
        UserAccount first = users.signIn(new SignInClaims("https://old-idp.example", "old", "Lee Brown", email,
                null, Set.of(Role.PROVIDER_USER)));
        UserAccount second = users.signIn(new SignInClaims("https://new-idp.example", "new-" + System.nanoTime(),
                "Lee Brown", email.toUpperCase(), null, null));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.roles()).containsExactly(Role.PROVIDER_USER);
        assertThat(repository.findById(first.id()).orElseThrow().getIdentities()).hasSize(2);
    }

    @Test
    void secondAccountAtTheSameProviderWithAKnownEmail_cannotTakeTheRecordOver() {
        String email = "taken-" + System.nanoTime() + "@partner.example";
        users.signIn(new SignInClaims("https://idp.example", "first-" + System.nanoTime(), "Sam One", email, null,
                Set.of(Role.ASSESSOR)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.signIn(new SignInClaims("https://idp.example",
                        "second-" + System.nanoTime(), "Sam Two", email, null, Set.of(Role.ADMIN))))
                .isInstanceOf(UserChangeRefused.class).hasMessageContaining("already uses");
    }

    @Test
    void rolesAssertedAtSignIn_replaceTheStoredRoles() {
        String subject = "refresh-" + System.nanoTime();
        users.signIn(new SignInClaims("https://idp.example", subject, "Kim Ode", subject + "@funder.example", null,
                Set.of(Role.ASSESSOR)));
        UserAccount refreshed = users.signIn(new SignInClaims("https://idp.example", subject, "Kim Ode",
                subject + "@funder.example", null, Set.of(Role.QUALITY_MANAGER, Role.ASSESSOR)));

        assertThat(refreshed.roles()).containsExactlyInAnyOrder(Role.QUALITY_MANAGER, Role.ASSESSOR);
    }

    @Test
    void demoWorld_isSeededOnceWithEveryRole() {
        var demo = users.demoUsers();
        assertThat(demo).hasSize(9);
        assertThat(demo.stream().flatMap(user -> user.account().roles().stream()).distinct())
                .containsExactlyInAnyOrder(Role.values());
    }
}
