package uk.providerportal.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;
import uk.providerportal.story.StoryService;
import uk.providerportal.story.StoryStatus;
import uk.providerportal.story.StorySummary;

/**
 * Good news stories: a partner's own, with the way to upload one; for the performance manager, every partner's sent
 * stories with those waiting first, filterable, and the consent that has expired said plainly. Both see the tracker.
 */
@Route("stories")
@PageTitle("Good news stories")
@Menu(order = 14, icon = "vaadin:star", title = "Good news stories")
@RolesAllowed({Role.Names.PROVIDER_USER, Role.Names.QUALITY_MANAGER})
class StoriesView extends Main {

    static final int TRACKER_MONTHS = 6;

    final Grid<StorySummary> grid = new Grid<>();
    final TextField filter = new TextField("Filter by organisation, title or pseudonym");
    final Select<@Nullable StoryStatus> status = new Select<>();
    final Paragraph totals = new Paragraph();
    private final List<StorySummary> rows;

    StoriesView(StoryService stories, CurrentUser currentUser, Clock clock) {
        boolean provider = currentUser.require().hasRole(Role.PROVIDER_USER);
        addClassName("portal-page");
        rows = stories.stories(null).stream()
                .sorted(Comparator.comparing((StorySummary s) -> !waiting(s, provider))
                        .thenComparing(StorySummary::lastStepAt, Comparator.reverseOrder()))
                .toList();
        if (!provider) {
            grid.addColumn(StorySummary::organisationName).setHeader("Organisation").setSortable(true)
                    .setFlexGrow(2);
        }
        grid.addColumn(StoriesView::title).setHeader("Story").setSortable(true).setFlexGrow(3);
        grid.addColumn(StorySummary::pseudonym).setHeader("Participant").setSortable(true).setFlexGrow(0)
                .setWidth("10rem");
        grid.addColumn(s -> s.month() == null ? "Not submitted" : DateFormats.month(s.month())).setHeader("Month")
                .setComparator(s -> s.month() == null ? YearMonth.of(9999, 12) : s.month()).setFlexGrow(0)
                .setWidth("10rem");
        grid.addColumn(StoriesView::statusText).setHeader("Status").setSortable(true).setFlexGrow(2);
        grid.addColumn(s -> DateFormats.date(java.time.LocalDate.ofInstant(s.lastStepAt(), DateFormats.ZONE)))
                .setHeader("Last change").setComparator(StorySummary::lastStepAt).setFlexGrow(0).setWidth("11rem");
        grid.addColumn(LitRenderer.<StorySummary>of("<a href=\"${item.href}\" aria-label=\"${item.label}\">Open</a>")
                        .withProperty("href", s -> StoryView.path(s.id()))
                        .withProperty("label", s -> "Open story " + s.id()))
                .setHeader("Story page").setFlexGrow(0).setWidth("8rem");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(provider ? "Your organisation's stories" : "Good news stories sent by delivery partners");
        grid.setAllRowsVisible(true);
        grid.setId("stories");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setWidth("min(24rem, 100%)");
        filter.addValueChangeListener(change -> show());
        status.setLabel("Status");
        status.setItems(java.util.Arrays.asList(StoryStatus.values()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.addValueChangeListener(change -> show());
        totals.setId("story-totals");
        long waiting = rows.stream().filter(s -> waiting(s, provider)).count();
        long expired = rows.stream().filter(StorySummary::consentExpired).count();
        if (provider) {
            var upload = new Button("Upload a story", click -> getUI().ifPresent(ui -> ui.navigate(
                    StoryFormView.class)));
            upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            upload.setId("upload-story");
            totals.setText(Plural.of(waiting, "story", "stories") + " waiting for you (drafts, returned with "
                    + "comments, or a relevance check to answer).");
            add(new Paragraph("Send your performance manager your participants' success stories, each with the "
                    + "participant's signed consent form. They check it and forward it to the national marketing "
                    + "team, who check its relevance with you before publishing it."), upload);
        } else {
            totals.setText(Plural.of(waiting, "story", "stories") + " waiting for review"
                    + (expired > 0 ? "; " + Plural.of(expired, "story", "stories") + " with expired consent, which "
                    + "can no longer be used" : "") + ".");
            add(new Paragraph("Stories sent by delivery partners. Accept each, return it with comments, or forward "
                    + "it to the national team with its consent form; record the relevance check and where it was "
                    + "used."));
        }
        YearMonth now = YearMonth.now(clock.withZone(DateFormats.ZONE));
        add(new Section(new H3(provider ? "Your stories" : "Stories"), totals, new HorizontalLayout(filter, status),
                grid), StoryTrackerGrid.of(stories.tracker(now.minusMonths(TRACKER_MONTHS - 1L), now)));
        show();
    }

    private static boolean waiting(StorySummary story, boolean provider) {
        return provider ? story.status() == StoryStatus.DRAFT || story.status() == StoryStatus.RETURNED
                || story.status() == StoryStatus.RELEVANCE_CHECK
                : story.status() == StoryStatus.SUBMITTED || story.status() == StoryStatus.ACCEPTED
                || story.status() == StoryStatus.RELEVANCE_CONFIRMED;
    }

    private static String title(StorySummary story) {
        return story.status() == StoryStatus.WITHDRAWN ? "Story " + story.id() + " (consent withdrawn)"
                : story.id() + ". " + story.title();
    }

    private static String statusText(StorySummary story) {
        return story.status().label() + (story.consentExpired() && story.consentExpiresOn() != null
                ? " – consent expired on " + DateFormats.date(story.consentExpiresOn()) : "");
    }

    private void show() {
        String text = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.UK);
        StoryStatus chosen = status.getValue();
        grid.setItems(rows.stream().filter(s -> chosen == null || s.status() == chosen)
                .filter(s -> text.isEmpty() || s.organisationName().toLowerCase(Locale.UK).contains(text)
                        || s.title().toLowerCase(Locale.UK).contains(text)
                        || s.pseudonym().toLowerCase(Locale.UK).contains(text)).toList());
    }
}
