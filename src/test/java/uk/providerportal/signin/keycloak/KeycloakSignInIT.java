package uk.providerportal.signin.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.providerportal.Browser;
import uk.providerportal.BrowserExtension;
import uk.providerportal.TestClockConfiguration;

/**
 * End to end against a real Keycloak using docker/keycloak/provider-portal-realm.json and the same environment
 * variables as docker/compose.yaml: proves that configuration signs people in with the right organisation and
 * role, and that sign-out ends the Keycloak session too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=18080", "vaadin.devmode.devTools.enabled=false"})
@Import(TestClockConfiguration.class)
@ExtendWith(BrowserExtension.class)
class KeycloakSignInIT {

    static KeycloakServer keycloak;

    Browser browser;

    @DynamicPropertySource
    static void keycloakRegistration(DynamicPropertyRegistry registry) {
        keycloak = KeycloakServer.start();
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.keycloak.client-id", () -> "provider-portal");
        registry.add(prefix + "registration.keycloak.client-secret", () -> "change-me-portal-secret");
        registry.add(prefix + "registration.keycloak.client-name", () -> "Keycloak");
        registry.add(prefix + "registration.keycloak.scope", () -> "openid,profile,email");
        registry.add(prefix + "provider.keycloak.issuer-uri", KeycloakServer::issuer);
        registry.add("portal.oidc.registrations.keycloak.trusted-roles",
                () -> "PROVIDER_USER,QUALITY_MANAGER,ASSESSOR,ADMIN");
        registry.add("portal.oidc.registrations.keycloak.trusted-organisations", () -> "*");
        // Unlike docker/compose.yaml, this portal holds the demo world: the same people, seeded for the demo page.
        // Keycloak vouches for their emails (emailVerified in the realm), so their first sign-in joins them.
        registry.add("portal.oidc.registrations.keycloak.link-by-email", () -> "true");
    }

    @AfterAll
    static void stop() {
        keycloak.close();
    }

    @BeforeEach
    void freshBrowser() {
        for (String origin : new String[]{"http://localhost:18080/actuator/health",
                "http://localhost:8180/realms/provider-portal/.well-known/openid-configuration"}) {
            browser.open(origin);
            browser.driver().manage().deleteAllCookies();
        }
    }

    private void signInAtKeycloak(String username) {
        browser.open("http://localhost:18080/");
        browser.waitFor(d -> d.findElement(By.id("username"))).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.driver().findElement(By.id("kc-login")).click();
    }

    @Test
    void providerUser_signsInAtKeycloak_withOrganisationAndRoleFromTheRealm_andSignsOutOfBoth() {
        signInAtKeycloak("priya.shah");
        browser.waitForText("Welcome, Priya Shah");
        browser.waitForText("Northgate Community Advice");
        browser.screenshot("home-provider-user-keycloak");
        assertThat(browser.pageText()).contains("Provider user");

        browser.driver().findElement(By.id("sign-out")).click();
        // Keycloak's own session ended too: coming back asks for a password instead of signing in silently.
        browser.waitFor(d -> d.findElement(By.id("username")));
        assertThat(browser.driver().getCurrentUrl()).startsWith("http://localhost:8180/");
    }

    @Test
    void personWithoutRoleOrOrganisation_landsOnAccessPending() {
        signInAtKeycloak("new.starter");
        browser.waitForText("Your access is waiting for approval");
    }
}
