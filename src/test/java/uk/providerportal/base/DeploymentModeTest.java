package uk.providerportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DeploymentModeTest {

    @Test
    void embeddedDatabaseByDefault_demoIsOn() {
        var mode = new DeploymentMode(new MockEnvironment());
        assertThat(mode.embeddedDatabase()).isTrue();
        assertThat(mode.demo()).isTrue();
    }

    @Test
    void externalDatabase_demoIsOffUnlessAskedFor() {
        var env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mysql://db:3306/portal");
        assertThat(new DeploymentMode(env).embeddedDatabase()).isFalse();
        assertThat(new DeploymentMode(env).demo()).isFalse();
        assertThat(new DeploymentMode(env.withProperty("portal.demo.enabled", "true")).demo()).isTrue();
    }

    @Test
    void productionProfile_demoIsOffEvenOnTheEmbeddedDatabase() {
        var env = new MockEnvironment();
        env.setActiveProfiles("prod");
        assertThat(new DeploymentMode(env).demo()).isFalse();
    }

    @Test
    void productionProfile_refusesToStartWhenDemoIsSwitchedOn() {
        var env = new MockEnvironment().withProperty("portal.demo.enabled", "true");
        env.setActiveProfiles("prod");
        assertThatThrownBy(() -> new DeploymentMode(env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be enabled under the 'prod' profile");
    }

    @Test
    void nonsenseDemoSetting_isRefusedByName() {
        var env = new MockEnvironment().withProperty("portal.demo.enabled", "maybe");
        assertThatThrownBy(() -> new DeploymentMode(env)).hasMessageContaining("portal.demo.enabled");
    }
}
