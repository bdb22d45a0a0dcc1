package uk.providerportal.story;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The participant's signed consent form of one story: the stored file (gone once consent is withdrawn), its content
 * hash (kept, so the same file is never taken for another story), when it was signed, what it allows, and its expiry.
 */
@Embeddable
class ConsentForm {

    @Size(max = 200)
    @Column(name = "consent_file_name", length = 200)
    private @Nullable String fileName;

    @Size(max = 100)
    @Column(name = "consent_key", length = 100)
    private @Nullable String storageKey;

    @Size(max = 100)
    @Column(name = "consent_type", length = 100)
    private @Nullable String mediaType;

    @Column(name = "consent_size")
    private @Nullable Long size;

    @Size(max = 64)
    @Column(name = "consent_sha256", nullable = false, length = 64)
    private String sha256 = "";

    @Column(name = "consent_signed_on", nullable = false)
    private LocalDate signedOn = LocalDate.EPOCH;

    @Column(name = "consent_expires_on")
    private @Nullable LocalDate expiresOn;

    @Column(name = "consent_internal", nullable = false)
    private boolean internal;

    @Column(name = "consent_publicity", nullable = false)
    private boolean publicity;

    @Column(name = "consent_media", nullable = false)
    private boolean media;

    @Column(name = "consent_ministerial", nullable = false)
    private boolean ministerial;

    protected ConsentForm() {
    }

    void file(String name, String key, String type, long bytes, String hash) {
        fileName = name;
        storageKey = key;
        mediaType = type;
        size = bytes;
        sha256 = hash;
    }

    void terms(LocalDate signed, Set<ConsentUse> uses, @Nullable LocalDate expires) {
        signedOn = signed;
        expiresOn = expires;
        internal = uses.contains(ConsentUse.INTERNAL);
        publicity = uses.contains(ConsentUse.PUBLICITY);
        media = uses.contains(ConsentUse.MEDIA);
        ministerial = uses.contains(ConsentUse.MINISTERIAL);
    }

    /** Forgets the file; the hash stays so the same form is refused for any other story. */
    void eraseFile() {
        fileName = null;
        storageKey = null;
        mediaType = null;
        size = null;
    }

    @Nullable String storageKey() {
        return storageKey;
    }

    String sha256() {
        return sha256;
    }

    LocalDate signedOn() {
        return signedOn;
    }

    @Nullable LocalDate expiresOn() {
        return expiresOn;
    }

    Set<ConsentUse> uses() {
        Set<ConsentUse> uses = EnumSet.noneOf(ConsentUse.class);
        if (internal) {
            uses.add(ConsentUse.INTERNAL);
        }
        if (publicity) {
            uses.add(ConsentUse.PUBLICITY);
        }
        if (media) {
            uses.add(ConsentUse.MEDIA);
        }
        if (ministerial) {
            uses.add(ConsentUse.MINISTERIAL);
        }
        return uses;
    }

    @Nullable StoryFile file() {
        return fileName == null || mediaType == null || size == null ? null
                : new StoryFile(fileName, mediaType, size);
    }
}
