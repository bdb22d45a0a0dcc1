package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.PortalTest;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.Role;
import uk.providerportal.user.SignInClaims;
import uk.providerportal.user.UserChangeRefused;
import uk.providerportal.user.UserService;

/** First sign-in provisioning, the pending queue, admin decisions and refusals, each leaving an audit line. */
@PortalTest
class SignInProvisioningIT {

    static final String ISSUER = "https://sso.partner.example";
    /** A provider trusted for every role and organisation, as a single funder-run identity provider may be. */
    static final SignInClaims.Trust TRUSTED = new SignInClaims.Trust(java.util.EnumSet.allOf(Role.class), true, false);

    @Autowired PortalIdentities identities;
    @Autowired UserService users;
    @Autowired DataSource dataSource;
    @Autowired ApplicationContext context;

    private PortalIdentity signIn(String subject, Long organisationId, Set<Role> roles) {
        return identities.signIn(new SignInClaims(ISSUER, subject, "Casey " + subject, subject + "@partner.example",
                true, organisationId, roles, TRUSTED), "test provider");
    }

    private long audits(String action, long userId, String outcome) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from audit_event where action = ? "
                + "and entity_id = ? and outcome = ?", Long.class, action, String.valueOf(userId), outcome);
    }

    private long organisation(String code) {
        return new JdbcTemplate(dataSource).queryForObject("select id from organisation where code = ?", Long.class,
                code);
    }

    @Test
    void samePersonSigningInFromFourTabsAtOnce_allSucceed() throws Exception {
        String subject = "twice-" + System.nanoTime();
        long nca = organisation("NCA");
        PortalIdentity first = signIn(subject, nca, Set.of(Role.PROVIDER_USER));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var tabs = java.util.Collections.nCopies(4, (java.util.concurrent.Callable<PortalIdentity>)
                    () -> signIn(subject, nca, Set.of(Role.PROVIDER_USER)));
            for (var tab : pool.invokeAll(tabs)) {
                assertThat(tab.get().userId()).isEqualTo(first.userId());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void unknownPerson_isProvisionedAsPending_withNoRole() {
        PortalIdentity me = signIn("unknown-" + System.nanoTime(), null, null);

        assertThat(me.pending()).isTrue();
        assertThat(me.roles()).isEmpty();
        assertThat(audits("USER_PROVISIONED", me.userId(), "DONE")).isEqualTo(1);
        assertThat(audits("SIGN_IN", me.userId(), "DONE")).isEqualTo(1);
    }

    @Test
    void providerRoleWithoutAKnownOrganisation_waitsForAnAdmin() {
        PortalIdentity me = signIn("orphan-" + System.nanoTime(), null, Set.of(Role.PROVIDER_USER));
        assertThat(me.pending()).isTrue();
    }

    @Test
    void adminApproval_givesAccessAtTheNextSignIn() throws Exception {
        String subject = "approved-" + System.nanoTime();
        PortalIdentity waiting = signIn(subject, null, null);
        long nca = organisation("NCA");
        SignInAs as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);

        assertThatThrownBy(() -> as.call("alex.reid", () -> users.approve(waiting.userId(), null,
                Set.of(Role.PROVIDER_USER))))
                .isInstanceOf(UserChangeRefused.class)
                .satisfies(e -> assertThat(((UserChangeRefused) e).field()).isEqualTo("organisation"));
        as.call("alex.reid", () -> users.approve(waiting.userId(), nca, Set.of(Role.PROVIDER_USER)));
        PortalIdentity approved = signIn(subject, null, null);

        assertThat(approved.pending()).isFalse();
        assertThat(approved.roles()).containsExactly(Role.PROVIDER_USER);
        assertThat(approved.organisationName()).isEqualTo("Northgate Community Advice");
        assertThat(audits("ACCESS_APPROVED", waiting.userId(), "DONE")).isEqualTo(1);
    }

    @Test
    void rejectedPerson_isRefusedAtSignIn_andTheRefusalIsAudited() throws Exception {
        String subject = "rejected-" + System.nanoTime();
        PortalIdentity waiting = signIn(subject, null, null);
        SignInAs as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        as.call("alex.reid", () -> users.reject(waiting.userId(), "Not a member of any funded organisation"));

        assertThatThrownBy(() -> signIn(subject, null, null))
                .isInstanceOf(AccessRefusedException.class)
                .satisfies(e -> assertThat(((AccessRefusedException) e).reason())
                        .isEqualTo(AccessRefusedException.Reason.REJECTED));
        assertThat(audits("ACCESS_REJECTED", waiting.userId(), "DONE")).isEqualTo(1);
        assertThat(audits("SIGN_IN", waiting.userId(), "DENIED")).isEqualTo(1);
    }

    @Test
    void deactivatedUser_isRefusedWithAClearReason() throws Exception {
        String subject = "leaver-" + System.nanoTime();
        PortalIdentity me = signIn(subject, null, Set.of(Role.ASSESSOR));
        assertThat(me.pending()).isFalse();
        SignInAs as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        as.call("alex.reid", () -> users.setActive(me.userId(), false));

        assertThatThrownBy(() -> signIn(subject, null, Set.of(Role.ASSESSOR)))
                .isInstanceOf(AccessRefusedException.class)
                .satisfies(e -> assertThat(((AccessRefusedException) e).reason())
                        .isEqualTo(AccessRefusedException.Reason.DEACTIVATED_USER));
        assertThat(audits("USER_DEACTIVATED", me.userId(), "DONE")).isEqualTo(1);
    }

    @Test
    void rolesChangedAtTheIdentityProvider_areRefreshedAtSignIn_andAudited() {
        String subject = "mover-" + System.nanoTime();
        PortalIdentity first = signIn(subject, null, Set.of(Role.ASSESSOR));
        PortalIdentity second = signIn(subject, null, Set.of(Role.QUALITY_MANAGER));

        assertThat(second.roles()).containsExactly(Role.QUALITY_MANAGER);
        assertThat(audits("USER_REFRESHED", first.userId(), "DONE")).isEqualTo(1);
    }
}
