package uk.providerportal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The default store: a folder on the server's disk, outside the web root, with files under random names spread
 * over two levels of sub-folders. A file becomes visible under its key only once it is complete.
 */
public class FolderFileStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}");

    private final Path root;

    public FolderFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file store folder " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public StoredFile put(InputStream content) throws IOException {
        String name = UUID.randomUUID().toString();
        String key = name.substring(0, 2) + "/" + name.substring(2, 4) + "/" + name;
        Path target = root.resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(name + ".part");
        MessageDigest digest = sha256();
        long size;
        try {
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), digest)) {
                size = content.transferTo(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return new StoredFile(key, size, HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete stored file " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(resolve(key));
    }

    @Override
    public void forEachKey(java.util.function.BiConsumer<String, java.time.Instant> keyAndStoredAt) throws IOException {
        try (var files = Files.walk(root, 3)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String key = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                if (KEY.matcher(key).matches()) {
                    keyAndStoredAt.accept(key, Files.getLastModifiedTime(file).toInstant());
                }
            }
        }
    }

    private Path resolve(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a key this store made: " + key);
        }
        return root.resolve(key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
