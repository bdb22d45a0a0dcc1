package uk.providerportal.submission;

/** A file that passed the case record checks (issue 13's appeal evidence too): its name, its type by content, size. */
public record CheckedFile(String fileName, String mediaType, long size) {
}
