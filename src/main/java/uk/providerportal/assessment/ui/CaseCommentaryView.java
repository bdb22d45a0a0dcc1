package uk.providerportal.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.providerportal.assessment.CaseCommentary;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.security.Role;

/** The released outcome of one of the provider's cases: score, result, every unmet standard and the commentary. */
@Route("assessment/commentary/:caseId")
@PageTitle("Assessment commentary")
@RolesAllowed(Role.Names.PROVIDER_USER)
class CaseCommentaryView extends Main implements BeforeEnterObserver {

    static String path(long caseId) {
        return "assessment/commentary/" + caseId;
    }

    final H2 title = new H2();
    final Div body = new Div();

    private final ModerationService moderation;

    CaseCommentaryView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("portal-page");
        add(new RouterLink("Back to assessment commentary", CommentaryView.class), title, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(moderation.commentary(Long.parseLong(event.getRouteParameters().get("caseId").orElse(""))));
        } catch (NumberFormatException | ItemNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void show(CaseCommentary commentary) {
        title.setText("Case " + commentary.reference() + ", " + DateFormats.month(commentary.round()));
        body.removeAll();
        var facts = new DescriptionList();
        term(facts, "Case reference", commentary.reference());
        term(facts, "Assessment month", DateFormats.month(commentary.round()));
        term(facts, "Score", commentary.score());
        term(facts, "Result", commentary.result());
        term(facts, "Released", DateFormats.dateTime(commentary.releasedAt()));
        var summary = new Div(facts);
        summary.addClassName("portal-card");

        var unmet = new Section(new H3("Standards not met"));
        if (commentary.unmet().isEmpty()) {
            unmet.add(new Paragraph("Every standard that applied was met."));
        } else {
            var list = new UnorderedList();
            for (CaseCommentary.UnmetStandard standard : commentary.unmet()) {
                list.add(new ListItem(standard.code() + " " + standard.title() + ": "
                        + (standard.impact() == null ? "no customer impact recorded" : standard.impact().label())
                        + (standard.note() == null ? "" : ". " + standard.note())));
            }
            unmet.add(list);
        }
        var overall = new Section(new H3("Overall commentary"), new Paragraph(commentary.commentary().isBlank()
                ? "None" : commentary.commentary()));
        // Calibration requests (issue 11, item 9) live in the calibration feature, which depends on this one: linked
        // by route, so this package never depends on it.
        var calibration = new Section(new H3("Calibration"), new Paragraph("If you see this outcome differently, ask "
                + "the quality team for a calibration session on it. Requests and their outcomes are kept with the "
                + "case."), new Anchor("calibration-requests/new?case=" + commentary.caseId(),
                "Ask for a calibration session on this case"), new Span(" · "),
                new Anchor("calibration-requests?case=" + commentary.caseId(), "Calibration requests on this case"));
        body.add(summary, unmet, overall, calibration);
    }

    private static void term(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }
}
