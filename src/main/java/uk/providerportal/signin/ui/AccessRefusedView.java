package uk.providerportal.signin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Tells someone plainly why they cannot sign in, without showing any portal data. */
@Route(value = "access-refused", autoLayout = false)
@PageTitle("You cannot sign in")
@AnonymousAllowed
public class AccessRefusedView extends Main implements BeforeEnterObserver {

    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();

    public AccessRefusedView() {
        addClassName("sign-in-page");
        var card = new Div(heading, explanation,
                new Paragraph("If you think this is a mistake, contact your portal administrator."),
                new Anchor("sign-in", "Back to sign-in"));
        card.addClassName("sign-in-card");
        card.getElement().setAttribute("role", "alert");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reason = event.getLocation().getQueryParameters().getSingleParameter("reason").orElse("");
        switch (reason) {
            case "DEACTIVATED_USER" -> show("Your account is deactivated",
                    "Your Provider Portal account has been deactivated, so you cannot sign in.");
            case "DEACTIVATED_ORGANISATION" -> show("Your organisation's access is closed",
                    "Your organisation no longer has access to Provider Portal, so you cannot sign in.");
            case "REJECTED" -> show("Your request for access was not approved",
                    "An administrator has turned down your request to use Provider Portal.");
            case "IDENTITY_CONFLICT" -> show("This email address is already in use",
                    "Another account at your sign-in provider already uses your email address in Provider Portal.");
            case "MIXED_ACCESS" -> show("Your sign-in says you are both a delivery partner and funder staff",
                    "Your sign-in provider says you work for a delivery partner and also hold a funder role. "
                            + "Provider Portal keeps the two apart, so you cannot sign in with both. Ask whoever "
                            + "manages your sign-in account to give you one or the other.");
            default -> show("You cannot sign in", "Sign-in did not succeed.");
        }
    }

    private void show(String title, String text) {
        heading.setText(title);
        explanation.setText(text);
    }
}
