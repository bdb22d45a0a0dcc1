package uk.providerportal.base.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Streams an upload into a private temporary file, never into memory, and refuses it on the server once it passes
 * the size limit, whatever the browser was told. The callback owns the file and must delete it.
 */
public final class TempFileUpload implements UploadHandler {

    /** What the view does with a stored upload, or with the reason it was refused. */
    public interface Callback {
        void stored(String fileName, Path file);

        void refused(String fileName, String reason);
    }

    private final long maxBytes;
    private final Callback callback;

    public TempFileUpload(long maxBytes, Callback callback) {
        this.maxBytes = maxBytes;
        this.callback = callback;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        Path file = Files.createTempFile("portal-upload-", ".tmp");
        boolean keep = false;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = in.read(buffer)) != -1; ) {
                total += read;
                if (total > maxBytes) {
                    String reason = "The file is larger than " + megabytes(maxBytes) + ", the most this upload "
                            + "accepts.";
                    // Rejected, the browser marks the file as failed instead of showing a tick beside it.
                    event.reject(reason);
                    event.getUI().access(() -> callback.refused(name, reason));
                    return;
                }
                out.write(buffer, 0, read);
            }
            keep = true;
        } finally {
            if (!keep) {
                Files.deleteIfExists(file);
            }
        }
        var ui = event.getUI();
        try {
            ui.access(() -> {
                if (ui.isAttached() && !ui.isClosing()) {
                    callback.stored(name, file);
                } else {
                    deleteQuietly(file);
                }
            });
        } catch (com.vaadin.flow.component.UIDetachedException gone) {
            // The page closed while the file arrived: nobody will claim it.
            deleteQuietly(file);
        }
    }

    /** Removes an upload's temporary file once nobody needs it; a missing or null file is fine. */
    public static void deleteQuietly(@org.jspecify.annotations.Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file; the system's temp cleaner removes it later
        }
    }

    public static String megabytes(long bytes) {
        return String.format(Locale.UK, "%d MB", bytes / (1024 * 1024));
    }
}
