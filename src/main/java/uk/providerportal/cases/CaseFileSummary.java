package uk.providerportal.cases;

/** A case record file as views show it; the storage key never leaves the feature. */
public record CaseFileSummary(long id, String fileName, long sizeBytes, String sha256, String mediaType) {
}
