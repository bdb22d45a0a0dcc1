package uk.providerportal.submission;

import java.nio.file.Path;

/** A case record file as uploaded: the name the user's computer gave it, and the temporary file holding it. */
public record CaseFileUpload(String fileName, Path file) {
}
