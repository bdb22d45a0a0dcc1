package uk.providerportal.story.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;
import uk.providerportal.story.StoryService;
import uk.providerportal.story.StoryStatus;
import uk.providerportal.submission.SubmissionService;

/** A partner uploads a new story with its signed consent form, as a draft or submitted at once. */
@Route("stories/new")
@PageTitle("Upload a good news story")
@RolesAllowed(Role.Names.PROVIDER_USER)
class StoryFormView extends Main {

    final StoryForm form;

    StoryFormView(StoryService stories, SubmissionService submissions, CurrentUser currentUser) {
        long organisationId = Objects.requireNonNull(currentUser.require().organisationId());
        addClassName("portal-page");
        form = new StoryForm(submissions.limits(), null, (draft, consent, document, submit) ->
                stories.create(organisationId, draft, consent, document, submit), saved -> {
                    Notifications.success(saved.status() == StoryStatus.SUBMITTED
                            ? "Story " + saved.id() + " submitted with its consent form. Your performance manager "
                            + "reviews it; you will get an email when they accept or return it."
                            : "Story " + saved.id() + " saved as a draft. Submit it when it is ready.");
                    getUI().ifPresent(ui -> ui.navigate(StoryView.path(saved.id())));
                });
        add(new Paragraph("Tell the story in your own words or upload the completed story template, and upload the "
                + "participant's signed consent form: a story cannot be saved without it. Name the participant by a "
                + "pseudonym only."), form, new Anchor("stories", "Back to your stories"));
    }
}
