package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import uk.providerportal.base.DeploymentMode;

class SignInModeTest {

    @Test
    void noOidcRegistrationOnTheEmbeddedDatabase_offersDemoSignIn() {
        var env = new MockEnvironment();
        var mode = new SignInMode(env, new DeploymentMode(env));
        assertThat(mode.demo()).isTrue();
        assertThat(mode.registrationIds()).isEmpty();
    }

    @Test
    void anyOidcRegistration_switchesDemoSignInOff() {
        var env = new MockEnvironment()
                .withProperty("spring.security.oauth2.client.registration.keycloak.client-id", "portal")
                .withProperty("spring.security.oauth2.client.registration.entra.client-id", "portal");
        var mode = new SignInMode(env, new DeploymentMode(env));
        assertThat(mode.demo()).isFalse();
        assertThat(mode.registrationIds()).containsExactly("entra", "keycloak");
    }

    @Test
    void productionWithoutOidc_refusesToStartAndSaysWhatToConfigure() {
        var env = new MockEnvironment();
        env.setActiveProfiles("prod");
        assertThatThrownBy(() -> new SignInMode(env, new DeploymentMode(env)))
                .hasMessageContaining("add an OIDC registration");
    }
}
