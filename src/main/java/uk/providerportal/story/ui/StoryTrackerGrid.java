package uk.providerportal.story.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.YearMonth;
import java.util.Comparator;
import uk.providerportal.base.DateFormats;
import uk.providerportal.story.StoryTracker;

/**
 * The tracker for the performance review: stories sent per organisation and month against the guide of at least one
 * a month. Each cell says it in words ("2 sent, 1 published" or "None: below the guide"), not by colour alone.
 */
final class StoryTrackerGrid {

    private StoryTrackerGrid() {
    }

    static Section of(StoryTracker tracker) {
        var grid = new Grid<StoryTracker.Row>();
        grid.addColumn(StoryTracker.Row::organisationName).setHeader("Organisation").setSortable(true)
                .setFlexGrow(2).setFrozen(true);
        for (int i = 0; i < tracker.months().size(); i++) {
            int index = i;
            YearMonth month = tracker.months().get(i);
            grid.addColumn(row -> cell(row, index)).setHeader(DateFormats.month(month)).setFlexGrow(1)
                    .setComparator(Comparator.comparing((StoryTracker.Row row) -> row.sent().get(index)));
        }
        grid.addColumn(row -> row.monthsMeetingGuide() + " of " + tracker.months().size())
                .setHeader("Months meeting the guide").setFlexGrow(1)
                .setComparator(Comparator.comparing(StoryTracker.Row::monthsMeetingGuide));
        grid.setItems(tracker.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Good news stories per month");
        grid.setId("story-tracker");
        return new Section(new H3("Stories per month"), new Paragraph("The guide is at least "
                + StoryTracker.GUIDE_PER_MONTH + " story a month, discussed at each contract performance review. A "
                + "story counts in the month it was first submitted; drafts and withdrawn stories do not count."),
                grid);
    }

    private static String cell(StoryTracker.Row row, int index) {
        int sent = row.sent().get(index);
        int published = row.published().get(index);
        if (sent == 0) {
            return "None: below the guide";
        }
        return sent + " sent" + (published > 0 ? ", " + published + " published" : "");
    }
}
