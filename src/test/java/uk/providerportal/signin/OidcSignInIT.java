package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.providerportal.Browser;
import uk.providerportal.TestClockConfiguration;
import uk.providerportal.security.Role;
import uk.providerportal.user.UserService;

/**
 * OIDC mode against a real in-process OIDC server (authorization-code flow, discovery, signed ID tokens): a
 * configured registration replaces the demo page, and the ID token's claims decide organisation and role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@Import(TestClockConfiguration.class)
class OidcSignInIT {

    static final MockOAuth2Server oidc = new MockOAuth2Server();
    static Browser browser;

    @LocalServerPort int port;
    @Autowired UserService users;

    @DynamicPropertySource
    static void oidcRegistration(DynamicPropertyRegistry registry) {
        oidc.start();
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.partner-sso.client-id", () -> "provider-portal");
        registry.add(prefix + "registration.partner-sso.client-secret", () -> "test-secret");
        registry.add(prefix + "registration.partner-sso.client-name", () -> "Partner single sign-on");
        registry.add(prefix + "registration.partner-sso.scope", () -> "openid,profile,email");
        registry.add(prefix + "provider.partner-sso.issuer-uri", () -> oidc.issuerUrl("partners").toString());
    }

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        oidc.shutdown();
    }

    @Test
    void providerUser_signsInThroughOidc_andLandsOnTheirOrganisationsHome() {
        oidc.enqueueCallback(new DefaultOAuth2TokenCallback("partners", "oidc-subject-ada", "JWT",
                List.of("provider-portal"),
                Map.of("name", "Ada Lovelace", "email", "ada.lovelace@clyde-works.example",
                        "organisation", "CLW", "roles", List.of("PROVIDER_USER")),
                3600));

        browser.driver().manage().deleteAllCookies();
        browser.open("http://localhost:" + port + "/");
        browser.waitForText("Welcome, Ada Lovelace");
        browser.waitForText("Clyde Works");
        browser.screenshot("home-provider-user-oidc");

        assertThat(browser.pageText()).contains("Provider user", "Scotland").doesNotContain("Demo sign-in");
        assertThat(users.signIn(new uk.providerportal.user.SignInClaims(oidc.issuerUrl("partners").toString(),
                "oidc-subject-ada", "Ada Lovelace", "ada.lovelace@clyde-works.example", null, null)).roles())
                .containsExactly(Role.PROVIDER_USER);
    }

    @Test
    void withOidcConfigured_visitorsAreSentToTheIdentityProvider_notToTheDemoPage() throws Exception {
        var client = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        var response = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/oauth2/authorization/partner-sso"));
    }
}
