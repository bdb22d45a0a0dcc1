package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;

/**
 * OIDC mode against a real in-process OIDC server (authorization-code flow, discovery, signed ID tokens): a
 * configured registration replaces the demo page, and the ID token's claims decide organisation and role.
 */
@BrowserTest
class OidcSignInIT {

    static final MockOAuth2Server oidc = new MockOAuth2Server();

    Browser browser;
    @Autowired DataSource dataSource;

    @DynamicPropertySource
    static void oidcRegistration(DynamicPropertyRegistry registry) {
        oidc.start();
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.partner-sso.client-id", () -> "provider-portal");
        registry.add(prefix + "registration.partner-sso.client-secret", () -> "test-secret");
        registry.add(prefix + "registration.partner-sso.client-name", () -> "Partner single sign-on");
        registry.add(prefix + "registration.partner-sso.scope", () -> "openid,profile,email");
        registry.add(prefix + "provider.partner-sso.issuer-uri", () -> oidc.issuerUrl("partners").toString());
        // One provider for everyone, as a funder running its own single sign-on would configure it.
        registry.add("portal.oidc.registrations.partner-sso.trusted-roles",
                () -> "PROVIDER_USER,QUALITY_MANAGER,ASSESSOR,ADMIN");
        registry.add("portal.oidc.registrations.partner-sso.trusted-organisations", () -> "*");
    }

    @AfterAll
    static void stop() {
        oidc.shutdown();
    }

    @BeforeEach
    void freshBrowserSession() {
        browser.open(url("/actuator/health"));
        browser.driver().manage().deleteAllCookies();
    }

    private String url(String path) {
        return browser.url(path);
    }

    /** The next token the OIDC server issues, with the claims a real provider would send. */
    private static void nextSignIn(String subject, String name, String email, Map<String, Object> extra) {
        var claims = new java.util.HashMap<String, Object>(Map.of("name", name, "email", email));
        claims.putAll(extra);
        oidc.enqueueCallback(new DefaultOAuth2TokenCallback("partners", subject, "JWT", List.of("provider-portal"),
                claims, 3600));
    }

    private long audits(String action, String outcome, String actorLike) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from audit_event where action = ? and "
                + "outcome = ? and actor_name like ?", Long.class, action, outcome, "%" + actorLike + "%");
    }

    @Test
    void providerUser_signsInThroughOidc_andLandsOnTheirOrganisationsHome() {
        nextSignIn("oidc-ada", "Ada Lovelace", "ada.lovelace@clyde-works.example",
                Map.of("organisation", "CLW", "roles", List.of("PROVIDER_USER")));

        browser.open(url("/"));
        browser.waitForText("Welcome, Ada Lovelace");
        browser.waitForText("Clyde Works");
        browser.screenshot("home-provider-user-oidc");

        assertThat(browser.pageText()).contains("Provider user", "Scotland").doesNotContain("Demo sign-in");
        assertThat(audits("SIGN_IN", "DONE", "ada.lovelace@clyde-works.example")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void qualityManager_signsInThroughOidc_andSeesFunderViews() {
        nextSignIn("oidc-grace", "Grace Hopper", "grace.hopper@funder.example",
                Map.of("roles", List.of("QUALITY_MANAGER")));

        browser.open(url("/"));
        browser.waitForText("Welcome, Grace Hopper");
        assertThat(browser.pageText()).contains("Funder quality team", "Delivery partners", "Audit trail")
                .doesNotContain("Access requests");
    }

    @Test
    void unknownPerson_landsOnAccessPending_untilAnAdminApproves() {
        nextSignIn("oidc-newcomer", "Nadia Newcomer", "nadia@unknown-partner.example", Map.of());
        browser.open(url("/"));
        browser.waitForText("Your access is waiting for approval");
        browser.screenshot("access-pending");
        browser.open(url("/delivery-partners"));
        browser.waitForText("Your access is waiting for approval");
        assertThat(browser.pageText()).doesNotContain("Northgate", "Welcome,");

        browser.driver().manage().deleteAllCookies();
        nextSignIn("oidc-admin", "Olu Admin", "olu.admin@funder.example", Map.of("roles", List.of("ADMIN")));
        browser.open(url("/admin/access-requests"));
        browser.waitForText("nadia@unknown-partner.example");
        browser.screenshot("access-requests");
        // Others may be waiting too (the database is shared by every test), so the row may need scrolling to.
        browser.click(browser.driver().findElement(
                By.cssSelector("vaadin-button[aria-label='Approve access for Nadia Newcomer']")));
        browser.waitForText("Approve access for Nadia Newcomer");
        browser.driver().findElement(By.xpath("//vaadin-checkbox/label[normalize-space()='Assessor']")).click();
        browser.driver().findElement(By.id("confirm-approve")).click();
        browser.waitForText("Nadia Newcomer can now use the portal");

        browser.driver().manage().deleteAllCookies();
        nextSignIn("oidc-newcomer", "Nadia Newcomer", "nadia@unknown-partner.example", Map.of());
        browser.open(url("/"));
        browser.waitForText("Welcome, Nadia Newcomer");
        assertThat(browser.pageText()).contains("Assessor");
        assertThat(audits("ACCESS_APPROVED", "DONE", "olu.admin@funder.example")).isEqualTo(1);
    }

    @Test
    void signOut_endsThePortalSessionAndTheProviderSession() {
        nextSignIn("oidc-lin", "Lin Leaver", "lin.leaver@northgate-advice.example",
                Map.of("organisation", "NCA", "roles", List.of("PROVIDER_USER")));
        browser.open(url("/"));
        browser.waitForText("Welcome, Lin Leaver");

        browser.driver().findElement(By.id("sign-out")).click();
        // RP-initiated logout goes through the provider's end-session endpoint and back; the provider then signs
        // the next visitor in afresh (here as a stranger, since no token is queued), never as Lin again.
        browser.waitFor(d -> {
            try {
                return !browser.pageText().contains("Lin Leaver");
            } catch (org.openqa.selenium.WebDriverException replacedWhileRead) {
                return false;
            }
        });
        assertThat(audits("SIGN_OUT", "DONE", "lin.leaver@northgate-advice.example")).isEqualTo(1);
    }

    @Test
    void tamperedAuthorizationResponse_isRefusedAndAudited() {
        long failedBefore = audits("SIGN_IN", "FAILED", "unidentified visitor");
        browser.open(url("/login/oauth2/code/partner-sso?code=forged-code&state=forged-state"));
        browser.waitForText("Sign-in did not succeed");
        assertThat(audits("SIGN_IN", "FAILED", "unidentified visitor")).isGreaterThan(failedBefore);
    }

    @Test
    void replayedAuthorizationResponse_isRefused() throws Exception {
        nextSignIn("oidc-replay", "Rae Play", "rae.play@northgate-advice.example",
                Map.of("organisation", "NCA", "roles", List.of("PROVIDER_USER")));
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        var start = client.send(HttpRequest.newBuilder(URI.create(url("/oauth2/authorization/partner-sso"))).build(),
                HttpResponse.BodyHandlers.discarding());
        String authorize = start.headers().firstValue("Location").orElseThrow();
        var provider = client.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.discarding());
        String callback = provider.headers().firstValue("Location").orElseThrow();
        assertThat(callback).contains("/login/oauth2/code/partner-sso?code=");

        var first = client.send(HttpRequest.newBuilder(URI.create(callback)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(first.headers().firstValue("Location").orElse("")).doesNotContain("error");

        var replay = client.send(HttpRequest.newBuilder(URI.create(callback)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(replay.headers().firstValue("Location").orElse("")).endsWith("/sign-in?error");
    }

    @Test
    void withOidcConfigured_visitorsAreSentToTheIdentityProvider_notToTheDemoPage() throws Exception {
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var response = client.send(HttpRequest.newBuilder(URI.create(url("/"))).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/oauth2/authorization/partner-sso"));
    }
}
