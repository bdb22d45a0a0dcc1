package uk.providerportal.signin;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.providerportal.base.DeploymentMode;

/**
 * OIDC when any registration is configured under {@code spring.security.oauth2.client.registration}; otherwise
 * the demo page, but only where demo mode is allowed (the embedded database, never the {@code prod} profile).
 */
@Component
public class SignInMode {

    static final String REGISTRATIONS = "spring.security.oauth2.client.registration";

    private final List<String> registrationIds;
    private final boolean demo;

    SignInMode(Environment environment, DeploymentMode deploymentMode) {
        this.registrationIds = registrationIds(environment);
        this.demo = registrationIds.isEmpty() && deploymentMode.demo();
        if (registrationIds.isEmpty() && !demo) {
            throw new IllegalStateException("No way to sign in is configured: add an OIDC registration under "
                    + REGISTRATIONS + " (see README, 'Connecting an identity provider').");
        }
    }

    static List<String> registrationIds(Environment environment) {
        return Binder.get(environment)
                .bind(REGISTRATIONS, Bindable.mapOf(String.class, Object.class))
                .map(Map::keySet)
                .map(ids -> ids.stream().sorted().toList())
                .orElse(List.of());
    }

    public boolean demo() {
        return demo;
    }

    public List<String> registrationIds() {
        return registrationIds;
    }
}
