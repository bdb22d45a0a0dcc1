package uk.providerportal.story;

/** A story's stored file as its readers see it: the uploader's file name, the type judged by content, the size. */
public record StoryFile(String fileName, String mediaType, long size) {
}
