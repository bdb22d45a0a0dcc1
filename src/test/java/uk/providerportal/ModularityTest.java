package uk.providerportal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features depend on each other only through their public API packages, and never in a cycle. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void featuresRespectEachOthersInternalsAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void everyFeatureIsAModule() {
        var names = modules.stream().map(module -> module.getIdentifier().toString()).toList();
        org.assertj.core.api.Assertions.assertThat(names)
                .contains("base", "security", "signin", "organisation", "user", "home", "demo");
    }
}
