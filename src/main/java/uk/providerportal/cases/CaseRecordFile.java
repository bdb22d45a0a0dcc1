package uk.providerportal.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A case record file: the name the provider gave it, and the generated key it is stored under. */
@Entity
@Table(name = "case_record_file")
class CaseRecordFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_sample_id")
    private @Nullable CaseSample caseSample;

    @Column(nullable = false)
    private int position;

    @Size(max = 200)
    @Column(name = "file_name", nullable = false)
    private String fileName = "";

    @Size(max = 100)
    @Column(name = "storage_key", nullable = false)
    private String storageKey = "";

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Size(max = 64)
    @Column(nullable = false)
    private String sha256 = "";

    @Size(max = 100)
    @Column(name = "media_type", nullable = false)
    private String mediaType = "";

    protected CaseRecordFile() {
    }

    CaseRecordFile(CaseSample caseSample, int position, String fileName, String storageKey, long sizeBytes,
                   String sha256, String mediaType) {
        this.caseSample = caseSample;
        this.position = position;
        this.fileName = fileName;
        this.storageKey = storageKey;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.mediaType = mediaType;
    }

    String storageKey() {
        return storageKey;
    }

    CaseFileSummary toSummary() {
        return new CaseFileSummary(java.util.Objects.requireNonNull(id), fileName, sizeBytes, sha256, mediaType);
    }
}
