package uk.providerportal.signin.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * A real Keycloak (the keycloak-quarkus-dist zip from Maven Central, unpacked by the build into
 * target/keycloak) in dev mode, importing the same realm file as docker/. Fails loudly when it cannot start.
 */
final class KeycloakServer implements AutoCloseable {

    static final int PORT = 8180;
    static final String REALM = "provider-portal";

    private final Process process;
    private final Path log;

    private KeycloakServer(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static KeycloakServer start() {
        Path home = distribution();
        try {
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(Path.of("docker/keycloak/provider-portal-realm.json"), imports.resolve(REALM + "-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            Path log = Path.of("target", "keycloak.log");
            var builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                    "--http-host=127.0.0.1", "--http-port=" + PORT, "--hostname=http://localhost:" + PORT)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            var server = new KeycloakServer(builder.start(), log);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be started from " + home, e);
        }
    }

    static String issuer() {
        return "http://localhost:" + PORT + "/realms/" + REALM;
    }

    private static Path distribution() {
        Path unpacked = Path.of("target", "keycloak");
        try (Stream<Path> dirs = Files.isDirectory(unpacked) ? Files.list(unpacked) : Stream.empty()) {
            return dirs.filter(dir -> Files.exists(dir.resolve("bin/kc.sh"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak distribution under " + unpacked
                            + ": the build unpacks org.keycloak:keycloak-quarkus-dist there before integration tests"
                            + " (run ./mvnw verify)"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = client.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("Keycloak did not become ready within 4 minutes; see " + log);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
