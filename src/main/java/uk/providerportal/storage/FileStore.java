package uk.providerportal.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps uploaded files under names it generates, never the uploader's, so a file name cannot reach a path. Every
 * implementation streams: a file is never held whole in memory.
 */
public interface FileStore {

    /** Streams the content in, hashing it on the way, and returns where it went. */
    StoredFile put(InputStream content) throws IOException;

    InputStream open(String key) throws IOException;

    /** Removes the file if it is there; removing a missing file is not an error. */
    void delete(String key);

    boolean exists(String key);

    /** Every stored key with when it was stored, for the sweep that removes files no feature owns. */
    void forEachKey(java.util.function.BiConsumer<String, java.time.Instant> keyAndStoredAt) throws IOException;
}
