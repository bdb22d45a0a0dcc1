package uk.providerportal.signin.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.providerportal.security.CurrentUser;

/**
 * Where someone lands when their identity provider vouched for them but the portal could not tell which
 * organisation or role they have. No portal data is shown until an admin decides.
 */
@Route("access-pending")
@PageTitle("Access pending")
@PermitAll
public class AccessPendingView extends Main {

    AccessPendingView(CurrentUser currentUser) {
        addClassName("portal-page");
        String email = currentUser.identity().map(identity -> identity.email()).orElse("your account");
        add(new H2("Your access is waiting for approval"),
                new Paragraph("You have signed in as " + email + ", but the portal does not yet know which "
                        + "organisation you work for or what your role is, or your email address already belongs "
                        + "to a portal account that signs in another way."),
                new Paragraph("A portal administrator has been asked to approve your access or confirm that this "
                        + "sign-in is yours. Once they have, reload this page and sign in again to start using the "
                        + "portal."));
    }
}
