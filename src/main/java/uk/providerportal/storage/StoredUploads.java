package uk.providerportal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files one transaction put into the store. They stay only if the transaction commits and they were kept
 * (their rows written); otherwise they are deleted when it ends, so a refusal or a rollback leaves no orphan.
 */
public final class StoredUploads {

    private static final Logger log = LoggerFactory.getLogger(StoredUploads.class);

    private final FileStore store;
    private final List<String> keys = new ArrayList<>();
    private boolean kept;

    public StoredUploads(FileStore store) {
        this.store = store;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED || !kept) {
                    discard();
                }
            }
        });
    }

    /** Stores an uploaded file under a generated key; it is deleted again unless {@link #keep()} and a commit follow. */
    public StoredFile put(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            StoredFile stored = store.put(in);
            keys.add(stored.key());
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + file.getFileName(), e);
        }
    }

    /** Their rows are written: the files stay once the transaction commits. */
    public void keep() {
        kept = true;
    }

    private void discard() {
        for (String key : keys) {
            try {
                store.delete(key);
            } catch (RuntimeException e) {
                log.error("Could not delete stored file {} of an unsaved change; the store sweep will", key, e);
            }
        }
    }

    /** Deletes a stored file once the caller's transaction commits (a rollback keeps it, as its row stays). */
    public static void deleteAfterCommit(FileStore store, String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                store.delete(key);
            }
        });
    }
}
