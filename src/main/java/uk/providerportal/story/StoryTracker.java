package uk.providerportal.story;

import java.time.YearMonth;
import java.util.List;

/**
 * Stories sent per organisation and month against the guide of at least one a month, for the performance review.
 * Drafts and withdrawn stories do not count.
 */
public record StoryTracker(List<YearMonth> months, List<Row> rows) {

    public static final int GUIDE_PER_MONTH = 1;

    public StoryTracker {
        months = List.copyOf(months);
        rows = List.copyOf(rows);
    }

    /** One organisation: stories sent and published in each of the tracker's months, in the same order. */
    public record Row(long organisationId, String organisationName, List<Integer> sent, List<Integer> published) {

        public Row {
            sent = List.copyOf(sent);
            published = List.copyOf(published);
        }

        public int monthsMeetingGuide() {
            return (int) sent.stream().filter(n -> n >= GUIDE_PER_MONTH).count();
        }
    }
}
