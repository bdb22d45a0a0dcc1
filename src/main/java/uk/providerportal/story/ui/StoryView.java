package uk.providerportal.story.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.base.ui.DownloadLinks;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;
import uk.providerportal.story.ConsentUse;
import uk.providerportal.story.StoryFile;
import uk.providerportal.story.StoryRecord;
import uk.providerportal.story.StoryService;
import uk.providerportal.story.StoryStatus;
import uk.providerportal.submission.SubmissionService;

/**
 * One good news story: where it stands and what was said at each step, its consent form's terms and files, and what
 * the reader can do next. The partner edits it while a draft or returned, answers a relevance check, and can withdraw
 * consent; the performance manager accepts, returns, forwards (then downloads the pack), records the national team's
 * relevance check and where the story was used, and can withdraw it too.
 */
@Route("stories/:storyId")
@PageTitle("Good news story")
@RolesAllowed({Role.Names.PROVIDER_USER, Role.Names.QUALITY_MANAGER})
class StoryView extends Main implements BeforeEnterObserver {

    static String path(long storyId) {
        return "stories/" + storyId;
    }

    final H2 title = new H2("Good news story");
    final Paragraph status = new Paragraph();
    final Div callout = new Div();
    final Div details = new Div();
    final Section actions = new Section();
    final Grid<StoryRecord.Step> history = new Grid<>();
    final Button withdraw = new Button("Withdraw consent…");

    private final StoryService stories;
    private final SubmissionService submissions;
    private final Clock clock;
    private final boolean provider;
    private long storyId;
    private StoryRecord shown;

    StoryView(StoryService stories, SubmissionService submissions, CurrentUser currentUser, Clock clock) {
        this.stories = stories;
        this.submissions = submissions;
        this.clock = clock;
        this.provider = currentUser.require().hasRole(Role.PROVIDER_USER);
        addClassName("portal-page");
        status.setId("story-status");
        callout.setId("story-callout");
        callout.getElement().setAttribute("role", "status");
        history.addColumn(step -> DateFormats.dateTime(step.at())).setHeader("When").setFlexGrow(1);
        history.addColumn(step -> step.status().label()).setHeader("Step").setFlexGrow(1);
        history.addColumn(StoryRecord.Step::byName).setHeader("By").setFlexGrow(1);
        history.addColumn(StoryRecord.Step::note).setHeader("Comments").setFlexGrow(3);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.setAriaLabel("What happened to this story");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.setId("withdraw-consent");
        withdraw.addClickListener(click -> confirmWithdraw());
        add(title, status, callout, details, actions, new Section(new H3("History"), history),
                new Anchor("stories", "Back to the stories"));
        this.shown = null;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            storyId = Long.parseLong(event.getRouteParameters().get("storyId").orElse(""));
            show(stories.story(storyId));
        } catch (NumberFormatException | ItemNotFoundException notFound) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(StoryRecord story) {
        shown = story;
        boolean withdrawn = story.status() == StoryStatus.WITHDRAWN;
        title.setText(withdrawn ? "Good news story " + story.id() + " (consent withdrawn)"
                : "Good news story " + story.id() + ": " + story.title());
        status.setText("Status: " + story.status().label() + (story.month() == null ? "."
                : ". Counts for " + DateFormats.month(story.month()) + "."));
        callout.removeAll();
        callout.setVisible(false);
        story.latestNote(StoryStatus.RETURNED).filter(note -> story.status() == StoryStatus.RETURNED)
                .ifPresent(note -> say("Returned with comments: " + note + (provider ? " Change the story below and "
                        + "submit it again." : "")));
        story.latestNote(StoryStatus.RELEVANCE_CHECK).filter(note -> story.status() == StoryStatus.RELEVANCE_CHECK)
                .ifPresent(note -> say("The national team asks: " + note + (provider ? " Answer below so the story "
                        + "can be published." : " Waiting for the partner's answer.")));
        if (story.consentExpired() && story.consentExpiresOn() != null) {
            say("The participant's consent expired on " + DateFormats.date(story.consentExpiresOn()) + ": the story "
                    + "can no longer be forwarded or used. " + (provider ? "Withdraw it, or upload a new story with a "
                    + "new consent form." : "Ask the partner for a new consent form, or withdraw the story."));
        }
        if (withdrawn) {
            say("Consent was withdrawn: the story's text and files were deleted from the portal, and it can no "
                    + "longer be downloaded or used.");
        }
        details.removeAll();
        if (!withdrawn) {
            details.add(details(story));
        }
        history.setItems(story.steps());
        actions.removeAll();
        if (provider) {
            providerActions(story);
        } else {
            managerActions(story);
        }
        withdraw.setVisible(!withdrawn);
        if (!withdrawn) {
            actions.add(new Section(new H3("Withdraw consent"), new Paragraph("If the participant withdraws their "
                    + "consent, withdraw the story: it is removed everywhere at once and its files are deleted."),
                    withdraw));
        }
    }

    private void say(String text) {
        callout.setVisible(true);
        callout.add(new Paragraph(text));
        callout.addClassName("portal-card");
    }

    private Component details(StoryRecord story) {
        var list = new DescriptionList();
        list.add(new DescriptionList.Term("Organisation"), new DescriptionList.Description(story.organisationName()));
        list.add(new DescriptionList.Term("Programme"), new DescriptionList.Description(story.programmeName()));
        list.add(new DescriptionList.Term("Participant (pseudonym)"),
                new DescriptionList.Description(story.pseudonym()));
        list.add(new DescriptionList.Term("Summary"), new DescriptionList.Description(story.summary()));
        list.add(new DescriptionList.Term("Story"), new DescriptionList.Description(story.body().isBlank()
                ? "In the completed story template." : story.body()));
        list.add(new DescriptionList.Term("Story template"), story.document() == null
                ? new DescriptionList.Description("None uploaded.")
                : new DescriptionList.Description(link(story.document(), out -> stories.writeDocument(story.id(),
                out))));
        list.add(new DescriptionList.Term("Consent form"), story.consentForm() == null
                ? new DescriptionList.Description("None.")
                : new DescriptionList.Description(link(story.consentForm(), out -> stories.writeConsentForm(
                story.id(), out))));
        list.add(new DescriptionList.Term("Consent signed"),
                new DescriptionList.Description(DateFormats.date(story.consentSignedOn())));
        list.add(new DescriptionList.Term("Consent allows"), new DescriptionList.Description(String.join(", ",
                story.consentUses().stream().sorted().map(ConsentUse::label).toList())));
        list.add(new DescriptionList.Term("Consent expires"), new DescriptionList.Description(
                story.consentExpiresOn() == null ? "No expiry" : DateFormats.date(story.consentExpiresOn())
                        + (story.consentExpired() ? " (expired)" : "")));
        if (story.publishedOn() != null && story.publishedUse() != null) {
            list.add(new DescriptionList.Term("Used"), new DescriptionList.Description(story.publishedUse().label()
                    + ": " + story.publishedWhere() + ", " + DateFormats.date(story.publishedOn())));
        }
        var card = new Div(list);
        card.addClassName("portal-card");
        card.setId("story-details");
        return card;
    }

    interface Writer {
        StoryFile write(java.io.OutputStream out) throws java.io.IOException;
    }

    private static Anchor link(StoryFile file, Writer writer) {
        DownloadHandler download = event -> {
            event.setFileName(file.fileName());
            event.setContentType(file.mediaType());
            writer.write(event.getOutputStream());
        };
        return DownloadLinks.of(download, file.fileName() + " (" + Math.max(1, file.size() / 1024) + " KB)");
    }

    // --- the partner ---------------------------------------------------------------------------------------------

    private void providerActions(StoryRecord story) {
        if (story.status().editable()) {
            var form = new StoryForm(submissions.limits(), story, (draft, consent, document, submit) ->
                    stories.update(story.id(), shown.version(), draft, consent, document, submit), saved -> {
                        Notifications.success(saved.status() == StoryStatus.SUBMITTED ? "Story " + saved.id()
                                + " submitted. Your performance manager reviews it; you will get an email when "
                                + "they accept or return it." : "Story " + saved.id() + " saved as a draft.");
                        show(saved);
                    });
            actions.add(new H3(story.status() == StoryStatus.RETURNED ? "Change and resubmit" : "Edit the draft"),
                    form);
        }
        if (story.status() == StoryStatus.RELEVANCE_CHECK) {
            var answer = new TextArea("Your answer to the relevance check");
            answer.setMaxLength(2000);
            answer.setWidthFull();
            answer.setId("relevance-answer");
            var send = new Button("Send answer", click -> act(answer, () -> stories.answerRelevanceCheck(
                    story.id(), shown.version(), answer.getValue()), "Answer sent: the national team may now publish "
                    + "the story."));
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setId("send-relevance-answer");
            actions.add(new Section(new H3("Relevance check"), answer, send));
        }
    }

    // --- the performance manager ---------------------------------------------------------------------------------

    private void managerActions(StoryRecord story) {
        StoryStatus now = story.status();
        if (now == StoryStatus.SUBMITTED || now == StoryStatus.ACCEPTED) {
            var comments = new TextArea("Comments for the partner");
            comments.setMaxLength(2000);
            comments.setWidthFull();
            comments.setId("review-comments");
            comments.setHelperText("Required to return the story; optional when you accept it.");
            var accept = new Button("Accept", click -> act(comments, () -> stories.accept(story.id(),
                    shown.version(), comments.getValue()), "Story accepted; the partner is told by email."));
            accept.setId("accept-story");
            accept.setVisible(now == StoryStatus.SUBMITTED);
            var giveBack = new Button("Return with comments", click -> act(comments, () ->
                    stories.returnWithComments(story.id(), shown.version(), comments.getValue()), "Story returned "
                    + "with your comments; the partner is told by email."));
            giveBack.setId("return-story");
            var forward = new Button("Forward to the national team", click -> act(comments, () ->
                    stories.forward(story.id(), shown.version()), "Story forwarded. Download its pack below and send "
                    + "it to the national team."));
            forward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            forward.setId("forward-story");
            actions.add(new Section(new H3("Review"), comments, new HorizontalLayout(forward, accept, giveBack)));
        }
        if (List.of(StoryStatus.FORWARDED, StoryStatus.RELEVANCE_CHECK, StoryStatus.RELEVANCE_CONFIRMED,
                StoryStatus.PUBLISHED).contains(now) && !story.consentExpired()) {
            DownloadHandler pack = event -> {
                event.setFileName("good-news-story-" + story.id() + ".zip");
                event.setContentType("application/zip");
                stories.writePack(story.id(), event.getOutputStream());
            };
            var link = DownloadLinks.primary(pack, "Download the pack for the national team (ZIP)");
            link.setId("story-pack");
            actions.add(new Section(new H3("Pack for the national team"), new Paragraph("The story and its consent "
                    + "form together, one pair, as the national team needs them. Each download is recorded."), link));
        }
        if (now == StoryStatus.FORWARDED) {
            var question = new TextArea("The national team's question");
            question.setMaxLength(2000);
            question.setWidthFull();
            question.setId("relevance-question");
            var record = new Button("Ask the partner", click -> act(question, () -> stories.requestRelevanceCheck(
                    story.id(), shown.version(), question.getValue()), "Relevance check sent to the partner."));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.setId("request-relevance");
            actions.add(new Section(new H3("Relevance check before publishing"), new Paragraph("The national team "
                    + "checks the story's relevance with the partner before publishing it."), question, record));
        }
        if (now == StoryStatus.RELEVANCE_CONFIRMED || now == StoryStatus.PUBLISHED) {
            var use = new Select<ConsentUse>();
            use.setLabel("Used for");
            use.setItems(story.consentUses().stream().sorted().toList());
            use.setItemLabelGenerator(ConsentUse::label);
            use.setId("published-use");
            var where = new TextField("Where it was used");
            where.setMaxLength(300);
            where.setWidth("min(30rem, 100%)");
            where.setId("published-where");
            where.setHelperText("For example: the programme newsletter, a minister's speech, a local newspaper.");
            var on = DatePickers.ukDatePicker("Date it was used");
            on.setValue(LocalDate.now(clock.withZone(DateFormats.ZONE)));
            on.setId("published-on");
            var record = new Button("Record publication", click -> {
                if (use.getValue() == null || on.getValue() == null) {
                    use.setInvalid(use.getValue() == null);
                    use.setErrorMessage("Choose what it was used for: only what the consent form allows is listed.");
                    on.setInvalid(on.getValue() == null);
                    on.setErrorMessage("Enter the date it was used, for example 6 March 2026.");
                    return;
                }
                act(where, () -> stories.markPublished(story.id(), shown.version(), use.getValue(), where.getValue(),
                        on.getValue()), "Publication recorded; the partner is told by email.");
            });
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.setId("record-publication");
            actions.add(new Section(new H3(now == StoryStatus.PUBLISHED ? "Record another use" : "Record where it was "
                    + "used"), new HorizontalLayout(use, where, on), record));
        }
    }

    /** Runs a change; a refusal is shown on the field it concerns, a newer change by someone else reloads the page. */
    private void act(com.vaadin.flow.component.HasValidation field, Supplier<StoryRecord> change, String done) {
        try {
            StoryRecord saved = change.get();
            Notifications.success(done);
            show(saved);
        } catch (ChangeRefused refused) {
            field.setInvalid(true);
            field.setErrorMessage(refused.getMessage());
        } catch (ObjectOptimisticLockingFailureException stale) {
            Notifications.error("Someone changed this story while you had it open. It is shown as it is now; make "
                    + "your change again.");
            show(stories.story(storyId));
        }
    }

    private void confirmWithdraw() {
        var dialog = new Dialog("Withdraw consent for this story?");
        dialog.add(new Paragraph("The story is withdrawn everywhere at once: its text, its consent form and its story "
                + "template are deleted from the portal and cannot be downloaded again. The history keeps only that "
                + "consent was withdrawn, by whom and when. This cannot be undone."));
        var cancel = new Button("Keep the story", click -> dialog.close());
        var confirm = new Button("Withdraw consent and delete", click -> {
            try {
                StoryRecord saved = stories.withdrawConsent(storyId);
                dialog.close();
                Notifications.success("Consent withdrawn: story " + saved.id() + " and its files were deleted.");
                show(saved);
            } catch (ChangeRefused refused) {
                dialog.close();
                Notifications.error(refused.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-withdraw-consent");
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
        cancel.focus();
    }
}
