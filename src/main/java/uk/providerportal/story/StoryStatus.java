package uk.providerportal.story;

/** Where a good news story stands. */
public enum StoryStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    RETURNED("Returned with comments"),
    ACCEPTED("Accepted"),
    FORWARDED("Forwarded to the national team"),
    RELEVANCE_CHECK("Relevance check requested"),
    RELEVANCE_CONFIRMED("Relevance confirmed"),
    PUBLISHED("Published"),
    WITHDRAWN("Withdrawn");

    private final String label;

    StoryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The partner may still change the story's text and files. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Counted in the tracker: the partner sent it (drafts and withdrawn stories do not count). */
    public boolean counted() {
        return this != DRAFT && this != WITHDRAWN;
    }
}
