package uk.providerportal.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.providerportal.storage.FileStore;
import uk.providerportal.storage.StoredFile;

/**
 * The files one transaction put into the store. They stay only if the transaction commits and they were kept
 * (their rows written); otherwise they are deleted when it ends, so a refusal or a rollback leaves no orphan.
 */
final class StoredUploads {

    private static final Logger log = LoggerFactory.getLogger(StoredUploads.class);

    private final FileStore store;
    private final List<String> keys = new ArrayList<>();
    private boolean kept;

    StoredUploads(FileStore store) {
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

    StoredFile put(CaseFileUpload upload) {
        try (InputStream in = Files.newInputStream(upload.file())) {
            StoredFile stored = store.put(in);
            keys.add(stored.key());
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + upload.fileName(), e);
        }
    }

    /** Their rows are written: the files stay once the transaction commits. */
    void keep() {
        kept = true;
    }

    private void discard() {
        for (String key : keys) {
            try {
                store.delete(key);
            } catch (RuntimeException e) {
                log.error("Could not delete stored file {} of an unsaved case; the store sweep will", key, e);
            }
        }
    }
}
