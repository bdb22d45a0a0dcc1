package uk.providerportal.base;

import java.util.Arrays;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which kind of installation this is. The embedded database is the default for running and testing; demo data
 * and demo sign-in belong to it alone and can never be switched on under the {@code prod} profile.
 */
@Component
public class DeploymentMode {

    public static final String PRODUCTION_PROFILE = "prod";
    static final String DATASOURCE_URL = "spring.datasource.url";

    private final boolean embeddedDatabase;
    private final boolean production;
    private final boolean demo;

    public DeploymentMode(Environment environment) {
        this.embeddedDatabase = usesEmbeddedDatabase(environment);
        this.production = Arrays.asList(environment.getActiveProfiles()).contains(PRODUCTION_PROFILE);
        String demoSetting = environment.getProperty("portal.demo.enabled", "auto").trim().toLowerCase();
        this.demo = switch (demoSetting) {
            case "auto" -> embeddedDatabase && !production;
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException(
                    "portal.demo.enabled must be auto, true or false, not '" + demoSetting + "'");
        };
        if (demo && production) {
            throw new IllegalStateException(
                    "Demo data and demo sign-in cannot be enabled under the '" + PRODUCTION_PROFILE + "' profile");
        }
    }

    /** True when no external database is configured, so the portal starts its own MariaDB. */
    public static boolean usesEmbeddedDatabase(Environment environment) {
        String url = environment.getProperty(DATASOURCE_URL);
        return url == null || url.isBlank();
    }

    public boolean embeddedDatabase() {
        return embeddedDatabase;
    }

    public boolean production() {
        return production;
    }

    /** Demo organisations and users are seeded, and (without OIDC) the demo sign-in page is offered. */
    public boolean demo() {
        return demo;
    }
}
