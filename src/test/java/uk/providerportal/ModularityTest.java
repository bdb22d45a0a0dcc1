package uk.providerportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features depend on each other only through their public API packages, and never in a cycle. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void featuresRespectEachOthersInternalsAndHaveNoCycles() {
        modules.verify();
    }

    /** A new top-level package is a feature module, whatever its name: none slips past the checks above. */
    @Test
    void everyTopLevelPackageIsAModule() throws IOException {
        Path root = Path.of("target", "classes", "uk", "providerportal");
        try (Stream<Path> packages = Files.list(root)) {
            var topLevel = packages.filter(Files::isDirectory).map(path -> path.getFileName().toString()).toList();
            var moduleNames = modules.stream().map(module -> module.getIdentifier().toString()).toList();
            assertThat(topLevel).isNotEmpty().contains("cases", "submission", "triage");
            assertThat(moduleNames).containsExactlyInAnyOrderElementsOf(topLevel);
        }
    }

    /** Writes the module diagrams and canvases to target/spring-modulith-docs for the README's architecture part. */
    @Test
    void documentsTheModules() {
        new org.springframework.modulith.docs.Documenter(modules).writeModulesAsPlantUml().writeModuleCanvases();
        assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).exists();
    }
}
