package uk.providerportal.story;

/**
 * A story reached a status the partner is told about (returned, accepted, relevance check requested, published).
 * It carries no story text: notices say where to read it in the portal, never what it says.
 */
public record StoryMoved(long storyId, long organisationId, StoryStatus status, int step) {
}
