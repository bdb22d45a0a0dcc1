package uk.providerportal.story;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.providerportal.base.DateFormats;
import uk.providerportal.contractreview.AgendaItem;
import uk.providerportal.contractreview.PackSection;
import uk.providerportal.contractreview.ReviewPackContributor;

/** Good news stories in the review pack: the last three months against the guide of one a month. */
@Component
class StoryReviewPackSection implements ReviewPackContributor {

    static final int MONTHS = 3;

    private final StoryService stories;

    StoryReviewPackSection(StoryService stories) {
        this.stories = stories;
    }

    @Override
    public List<PackSection> sections(long organisationId, YearMonth month) {
        StoryTracker tracker = stories.tracker(month.minusMonths(MONTHS - 1L), month);
        List<List<String>> rows = new ArrayList<>();
        tracker.rows().stream().filter(row -> row.organisationId() == organisationId).findFirst().ifPresent(row -> {
            for (int i = 0; i < tracker.months().size(); i++) {
                int sent = row.sent().get(i);
                rows.add(List.of(DateFormats.month(tracker.months().get(i)), Integer.toString(sent),
                        Integer.toString(row.published().get(i)), sent >= StoryTracker.GUIDE_PER_MONTH
                                ? "Met" : "Below the guide"));
            }
        });
        return List.of(new PackSection(AgendaItem.STORIES, "Stories sent in the last " + MONTHS + " months against "
                + "the guide of at least " + StoryTracker.GUIDE_PER_MONTH + " a month (drafts and withdrawn stories do "
                + "not count).", List.of("Month", "Sent", "Published", "Guide"), rows));
    }
}
