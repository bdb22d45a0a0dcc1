package uk.providerportal.story;

import java.nio.file.Path;

/** A file as uploaded for a story: the name the user's computer gave it and the temporary file holding it. */
public record StoryUpload(String fileName, Path file) {
}
