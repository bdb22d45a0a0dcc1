package uk.providerportal.storage;

/** A file the store now holds: its generated key, its size and the SHA-256 of its content (hex). */
public record StoredFile(String key, long size, String sha256) {
}
