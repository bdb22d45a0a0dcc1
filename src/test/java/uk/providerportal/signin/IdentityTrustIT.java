package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationDetails;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Role;
import uk.providerportal.user.UserService;

/**
 * Who may claim what, through real OIDC sign-ins (authorization-code flow, signed ID tokens) against four
 * registrations served by one in-process OIDC server: the delivery partners' provider (trusted for PROVIDER_USER
 * and three organisations), the funder's (trusted for the funder roles, linking by verified email), a single
 * provider trusted for everything, and a new one nobody has configured. Also: access changes end sessions that
 * are already open, at the next click.
 */
@BrowserTest
class IdentityTrustIT {

    static final MockOAuth2Server oidc = new MockOAuth2Server();
    /** A delivery partner the tests may deactivate without disturbing the demo partners. */
    static final String SPARE_ORGANISATION = "IDTRUST";
    Browser browser;

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired UserService users;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationContext context;

    JdbcTemplate jdbc;
    SignInAs as;

    @DynamicPropertySource
    static void registrations(DynamicPropertyRegistry registry) {
        oidc.start();
        register(registry, "partners", "Delivery partners");
        register(registry, "funder", "Funder staff");
        register(registry, "single", "Single sign-on");
        register(registry, "newcomer", "New provider");
        String trust = "portal.oidc.registrations.";
        registry.add(trust + "partners.trusted-roles", () -> "PROVIDER_USER");
        registry.add(trust + "partners.trusted-organisations", () -> "NCA,CLW," + SPARE_ORGANISATION);
        registry.add(trust + "funder.trusted-roles", () -> "QUALITY_MANAGER,ASSESSOR,ADMIN");
        registry.add(trust + "funder.link-by-email", () -> "true");
        registry.add(trust + "single.trusted-roles", () -> "PROVIDER_USER,QUALITY_MANAGER,ASSESSOR,ADMIN");
        registry.add(trust + "single.trusted-organisations", () -> "*");
    }

    private static void register(DynamicPropertyRegistry registry, String id, String name) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration." + id + ".client-id", () -> "provider-portal");
        registry.add(prefix + "registration." + id + ".client-secret", () -> "test-secret");
        registry.add(prefix + "registration." + id + ".client-name", () -> name);
        registry.add(prefix + "registration." + id + ".scope", () -> "openid,profile,email");
        registry.add(prefix + "provider." + id + ".issuer-uri", () -> oidc.issuerUrl(id).toString());
    }

    @AfterAll
    static void stop() {
        oidc.shutdown();
    }

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(dataSource);
        as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        browser.open(url("/actuator/health"));
        browser.driver().manage().deleteAllCookies();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The next ID token the OIDC server issues, for that registration's issuer. */
    private static void nextToken(String registration, String subject, String name, String email,
                                  Map<String, Object> extra) {
        var claims = new HashMap<String, Object>(Map.of("name", name, "email", email));
        claims.putAll(extra);
        oidc.enqueueCallback(new DefaultOAuth2TokenCallback(registration, subject, "JWT", List.of("provider-portal"),
                claims, 3600));
    }

    /** A browser-less sign-in: the redirects of the authorization-code flow, followed one by one. */
    record SignedIn(HttpClient client, String landedOn) {
    }

    private SignedIn signIn(String registration, String subject, String name, String email,
                            Map<String, Object> extra) throws Exception {
        nextToken(registration, subject, name, email, extra);
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String authorize = location(client, url("/oauth2/authorization/" + registration));
        String callback = location(client, authorize);
        assertThat(callback).contains("/login/oauth2/code/" + registration + "?code=");
        return new SignedIn(client, location(client, callback));
    }

    private static String location(HttpClient client, String uri) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("Location").orElse("");
    }

    private Long userOf(String registration, String subject) {
        List<Long> ids = jdbc.queryForList("select user_id from portal_user_identity where issuer = ? and subject = ?",
                Long.class, oidc.issuerUrl(registration).toString(), subject);
        return ids.isEmpty() ? null : ids.getFirst();
    }

    private long userWithEmail(String email) {
        return jdbc.queryForObject("select id from portal_user where email = ? and claims_email_of_user_id is null",
                Long.class, email);
    }

    private long audits(String action, String outcome, String summaryLike) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and outcome = ? and summary like ?",
                Long.class, action, outcome, "%" + summaryLike + "%");
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    // --- 1. No account takeover across identity providers ---------------------------------------------------

    @Test
    void secondProviderWithTheAdminsEmail_isNotLinked_landsPending_andIsAudited() throws Exception {
        long admin = userWithEmail("alex.reid@funder.example");
        String subject = unique("fake-alex");

        SignedIn impostor = signIn("partners", subject, "Alex Reid", "alex.reid@funder.example",
                Map.of("email_verified", true, "organisation", "NCA", "roles", List.of("PROVIDER_USER", "ADMIN")));

        Long record = userOf("partners", subject);
        assertThat(record).isNotNull().isNotEqualTo(admin);
        assertThat(jdbc.queryForMap("select access_status, claims_email_of_user_id from portal_user where id = ?",
                record)).containsEntry("access_status", "PENDING").containsEntry("claims_email_of_user_id", admin);
        assertThat(jdbc.queryForObject("select count(*) from portal_user_identity where user_id = ?", Long.class,
                admin)).isEqualTo(1);
        assertThat(audits("IDENTITY_NOT_LINKED", "DENIED", "not trusted to link by email")).isPositive();
        assertThat(impostor.landedOn()).doesNotContain("error", "access-refused");
    }

    @Test
    void linkByEmail_withEmailVerifiedFalse_isNotLinked() throws Exception {
        String email = unique("unverified") + "@funder.example";
        signIn("single", unique("first"), "Val Unverified", email, Map.of("roles", List.of("ASSESSOR")));
        long existing = userWithEmail(email);
        String subject = unique("second");

        signIn("funder", subject, "Val Unverified", email, Map.of("email_verified", false));

        assertThat(userOf("funder", subject)).isNotNull().isNotEqualTo(existing);
        assertThat(audits("IDENTITY_NOT_LINKED", "DENIED", "did not say the email is verified")).isPositive();
    }

    @Test
    void linkByEmail_withEmailVerifiedMissing_isNotLinked() throws Exception {
        String email = unique("unsaid") + "@funder.example";
        signIn("single", unique("first"), "Una Said", email, Map.of("roles", List.of("ASSESSOR")));
        long existing = userWithEmail(email);
        String subject = unique("second");

        signIn("funder", subject, "Una Said", email, Map.of());

        assertThat(userOf("funder", subject)).isNotNull().isNotEqualTo(existing);
    }

    @Test
    void linkByEmail_withEmailVerifiedTrue_linksTheExistingUser() throws Exception {
        String email = unique("verified") + "@funder.example";
        signIn("single", unique("first"), "Vera Fied", email, Map.of("roles", List.of("ASSESSOR")));
        long existing = userWithEmail(email);
        String subject = unique("second");

        SignedIn linked = signIn("funder", subject, "Vera Fied", email, Map.of("email_verified", "true"));

        assertThat(userOf("funder", subject)).isEqualTo(existing);
        assertThat(linked.landedOn()).doesNotContain("error", "access-refused");
        assertThat(audits("IDENTITY_LINKED", "DONE", email)).isEqualTo(1);
    }

    // --- 2. Each registration may only grant what it is trusted for --------------------------------------------

    @Test
    void partnersProviderAssertingAdmin_isIgnoredAndAudited_andGivesNoAdminAccess() {
        String subject = unique("partner-admin");
        nextToken("partners", subject, "Pia Partner", subject + "@northgate-advice.example",
                Map.of("organisation", "NCA", "roles", List.of("PROVIDER_USER", "ADMIN")));
        browser.open(url("/oauth2/authorization/partners"));
        browser.waitForText("Welcome, Pia Partner");

        browser.open(url("/admin/users"));
        browser.waitForText("Page not found");
        assertThat(browser.pageText()).doesNotContain("alex.reid@funder.example");

        long user = userOf("partners", subject);
        assertThat(jdbc.queryForList("select role from portal_user_role where user_id = ?", String.class, user))
                .containsExactly("PROVIDER_USER");
        assertThat(audits("SIGN_IN_CLAIM_IGNORED", "DENIED", "roles = ADMIN from registration partners")).isPositive();
    }

    @Test
    void partnersProviderAssertingAnotherPartnersOrganisation_isIgnoredAndAudited() throws Exception {
        String subject = unique("partner-mdt");
        signIn("partners", subject, "Mo Elsewhere", subject + "@example.org",
                Map.of("organisation", "MDT", "roles", List.of("PROVIDER_USER")));

        long user = userOf("partners", subject);
        assertThat(jdbc.queryForMap("select organisation_id, access_status from portal_user where id = ?", user))
                .containsEntry("organisation_id", null).containsEntry("access_status", "PENDING");
        assertThat(audits("SIGN_IN_CLAIM_IGNORED", "DENIED", "organisation = MDT from registration partners"))
                .isPositive();
    }

    @Test
    void registrationWithNothingConfigured_grantsNoRoleAndNoOrganisation() throws Exception {
        String subject = unique("newcomer");
        signIn("newcomer", subject, "Nell Newcomer", subject + "@example.org",
                Map.of("organisation", "NCA", "roles", List.of("ADMIN")));

        long user = userOf("newcomer", subject);
        assertThat(jdbc.queryForList("select role from portal_user_role where user_id = ?", String.class, user))
                .isEmpty();
        assertThat(jdbc.queryForObject("select access_status from portal_user where id = ?", String.class, user))
                .isEqualTo("PENDING");
        assertThat(audits("SIGN_IN_CLAIM_IGNORED", "DENIED", "from registration newcomer")).isEqualTo(2);
    }

    // --- 3. A person is either a delivery partner's user or funder staff, never both -----------------------------

    @Test
    void providerAndFunderRolesAtOnce_areNeverStoredNorGranted_andTheRefusalExplainsItself() throws Exception {
        String subject = unique("both");
        String email = subject + "@example.org";
        SignedIn refused = signIn("single", subject, "Bo Th", email,
                Map.of("organisation", "NCA", "roles", List.of("PROVIDER_USER", "QUALITY_MANAGER")));

        assertThat(refused.landedOn()).endsWith("/access-refused?reason=MIXED_ACCESS");
        assertThat(userOf("single", subject)).isNull();
        assertThat(audits("SIGN_IN", "DENIED", email)).isEqualTo(1);

        nextToken("single", subject, "Bo Th", email,
                Map.of("organisation", "NCA", "roles", List.of("PROVIDER_USER", "QUALITY_MANAGER")));
        browser.open(url("/oauth2/authorization/single"));
        browser.waitForText("Your sign-in says you are both a delivery partner and funder staff");
    }

    @Test
    void funderProviderLinkingByEmailToAProviderUser_cannotAddAFunderRole() throws Exception {
        String email = unique("partner") + "@northgate-advice.example";
        signIn("partners", unique("partner"), "Pat Partner", email,
                Map.of("organisation", "NCA", "roles", List.of("PROVIDER_USER")));
        long partner = userWithEmail(email);
        String subject = unique("funder");

        SignedIn refused = signIn("funder", subject, "Pat Partner", email,
                Map.of("email_verified", true, "roles", List.of("ASSESSOR")));

        assertThat(refused.landedOn()).endsWith("/access-refused?reason=MIXED_ACCESS");
        assertThat(userOf("funder", subject)).isNull();
        assertThat(jdbc.queryForList("select role from portal_user_role where user_id = ?", String.class, partner))
                .containsExactly("PROVIDER_USER");
    }

    // --- 4. Changes take effect at once --------------------------------------------------------------------------

    private long browserSignIn(String registration, String subject, String name, Map<String, Object> claims) {
        nextToken(registration, subject, name, subject + "@example.org", claims);
        browser.open(url("/oauth2/authorization/" + registration));
        browser.waitForText("Welcome, " + name);
        return userOf(registration, subject);
    }

    /** After the session ended, the Vaadin client reloads and the visitor is asked to sign in again. */
    private void waitUntilSignedOut(String name) {
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/sign-in") && browser.pageText().contains("Sign in with"));
        assertThat(browser.pageText()).doesNotContain("Welcome, " + name);
    }

    private void signInAgainThrough(String providerName, String registration, String subject, String name,
                                    Map<String, Object> claims) {
        nextToken(registration, subject, name, subject + "@example.org", claims);
        browser.click(browser.waitFor(d -> d.findElement(By.linkText("Sign in with " + providerName))));
    }

    @Test
    void deactivatedUserWithAnOpenSession_isSignedOutAtTheirNextClick_andTheirNextSignInIsRefusedPlainly()
            throws Exception {
        String subject = unique("leaver");
        Map<String, Object> claims = Map.of("organisation", "NCA", "roles", List.of("PROVIDER_USER"));
        long user = browserSignIn("partners", subject, "Lee Leaver", claims);

        as.call("alex.reid", () -> users.setActive(user, false));
        browser.click(browser.waitFor(d -> d.findElement(By.xpath("//a[normalize-space()='Month folders']"))));

        waitUntilSignedOut("Lee Leaver");
        browser.screenshot("session-ended-deactivated-user");
        assertThat(audits("SESSION_ENDED", "DONE", "the account was deactivated")).isPositive();

        signInAgainThrough("Delivery partners", "partners", subject, "Lee Leaver", claims);
        browser.waitForText("Your account is deactivated");
        assertThat(browser.driver().getCurrentUrl()).contains("/access-refused");
    }

    @Test
    void deactivatedOrganisation_signsItsOpenSessionsOutAtTheNextNavigation_andRefusesTheNextSignInPlainly()
            throws Exception {
        OrganisationSummary spare = as.call("alex.reid", () -> organisations.ensureOrganisation(SPARE_ORGANISATION,
                "Identity Trust Partners", Nation.ENGLAND_AND_WALES, "DEBT"));
        String subject = unique("spare");
        Map<String, Object> claims = Map.of("organisation", SPARE_ORGANISATION, "roles", List.of("PROVIDER_USER"));
        browserSignIn("partners", subject, "Sam Spare", claims);

        as.call("alex.reid", () -> organisations.saveOrganisation(new OrganisationDetails(spare.id(), spare.code(),
                spare.name(), spare.nation(), spare.programmeId(), false, spare.version())));
        browser.click(browser.waitFor(d -> d.findElement(By.xpath("//a[normalize-space()='Submit a case']"))));

        waitUntilSignedOut("Sam Spare");
        assertThat(audits("SESSION_ENDED", "DONE", "the organisation was deactivated")).isPositive();
        assertThat(audits("USER_ACCESS_CHANGED", "DONE", "Organisation " + SPARE_ORGANISATION)).isEqualTo(1);

        signInAgainThrough("Delivery partners", "partners", subject, "Sam Spare", claims);
        browser.waitForText("Your organisation's access is closed");
    }

    @Test
    void roleChangeByAnAdmin_endsTheOpenSession_andTheNextSignInCarriesTheNewRole() throws Exception {
        String subject = unique("mover");
        long user = browserSignIn("funder", subject, "Mia Mover", Map.of("roles", List.of("QUALITY_MANAGER")));
        assertThat(browser.pageText()).contains("Quality manager");

        as.call("alex.reid", () -> users.changeRoles(user, null, Set.of(Role.ASSESSOR)));
        browser.click(browser.waitFor(d -> d.findElement(By.xpath("//a[normalize-space()='Delivery partners']"))));

        waitUntilSignedOut("Mia Mover");
        assertThat(audits("SESSION_ENDED", "DONE", "roles, organisation or access changed")).isPositive();

        signInAgainThrough("Funder staff", "funder", subject, "Mia Mover", Map.of());
        browser.waitForText("Welcome, Mia Mover");
        assertThat(browser.pageText()).contains("Assessor").doesNotContain("Quality manager");
    }

    @Test
    void openSessionOfADeactivatedUser_isEndedAtTheNextRequest_overPlainHttp() throws Exception {
        String subject = unique("http-leaver");
        SignedIn session = signIn("partners", subject, "Hal Leaver", subject + "@example.org",
                Map.of("organisation", "CLW", "roles", List.of("PROVIDER_USER")));
        var home = session.client().send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(home.statusCode()).isEqualTo(200);

        long user = userOf("partners", subject);
        as.call("alex.reid", () -> users.setActive(user, false));

        var after = session.client().send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SESSION_ENDED' and "
                + "entity_id = ?", Long.class, String.valueOf(user))).isEqualTo(1);
    }

    @Test
    void unchangedAccess_keepsTheSessionOpen() throws Exception {
        String subject = unique("stayer");
        SignedIn session = signIn("partners", subject, "Stella Stayer", subject + "@example.org",
                Map.of("organisation", "NCA", "roles", List.of("PROVIDER_USER")));
        for (int request = 0; request < 3; request++) {
            var home = session.client().send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(home.statusCode()).isEqualTo(200);
        }
    }
}
