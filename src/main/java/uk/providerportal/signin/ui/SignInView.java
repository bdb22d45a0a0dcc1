package uk.providerportal.signin.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.web.csrf.CsrfToken;
import uk.providerportal.security.Role;
import uk.providerportal.signin.SignInOptions;

/**
 * The sign-in page. On the demo installation it lists the seeded users by role, each with a button that posts a
 * CSRF-protected form to Spring Security; with several identity providers configured it offers each of them.
 */
@Route(value = SignInView.ROUTE, autoLayout = false)
@PageTitle("Sign in")
@AnonymousAllowed
public class SignInView extends Main implements BeforeEnterObserver {

    public static final String ROUTE = "sign-in";

    private final Paragraph error = new Paragraph();

    SignInView(SignInOptions options) {
        addClassName("sign-in-page");
        var card = new Div();
        card.addClassName("sign-in-card");
        card.add(new H1("Sign in to Provider Portal"));
        error.addClassName("sign-in-error");
        error.setVisible(false);
        error.getElement().setAttribute("role", "alert");
        card.add(error);
        if (options.demo()) {
            addDemoUsers(card, options.demoUsers());
        } else {
            addIdentityProviders(card, options.identityProviders());
        }
        add(card);
    }

    private void addDemoUsers(Div card, List<SignInOptions.DemoOption> users) {
        var banner = new Div(new Span("Demo sign-in"),
                new Paragraph("This installation runs on the embedded demo database. Choose a person to see the "
                        + "portal as they would. Real installations use your organisation's single sign-on and "
                        + "never show this page."));
        banner.addClassName("demo-banner");
        card.add(banner);

        Map<Role, List<SignInOptions.DemoOption>> byRole = new TreeMap<>();
        users.forEach(user -> byRole.computeIfAbsent(user.mainRole(), role -> new java.util.ArrayList<>()).add(user));
        String action = contextPath() + "/" + ROUTE + "/demo";
        byRole.forEach((role, people) -> {
            var section = new Section(new H2(role.label() + (people.size() > 1 ? "s" : "")));
            section.addClassName("demo-role");
            people.forEach(person -> section.add(demoUser(person, action)));
            card.add(section);
        });
        if (users.isEmpty()) {
            card.add(new Paragraph("No demo users are seeded yet. Restart the portal to seed them."));
        }
    }

    private static Div demoUser(SignInOptions.DemoOption person, String action) {
        var who = new Div(new Span(person.name()),
                new Span(person.organisationName() != null ? person.organisationName() : "Funder quality team"));
        who.addClassName("demo-user-who");

        var form = new Form();
        form.getElement().setAttribute("method", "post").setAttribute("action", action);
        form.getElement().appendChild(hidden("subject", person.subject()));
        CsrfToken csrf = csrfToken();
        if (csrf != null) {
            form.getElement().appendChild(hidden(csrf.getParameterName(), csrf.getToken()));
        }
        var button = new NativeButton("Sign in as " + person.name());
        button.getElement().setAttribute("type", "submit");
        button.addClassName("demo-sign-in-button");
        button.setId("sign-in-as-" + person.subject());
        form.add(button);

        var row = new Div(who, form);
        row.addClassName("demo-user");
        return row;
    }

    private static void addIdentityProviders(Div card, List<SignInOptions.ProviderOption> providers) {
        card.add(new Paragraph("Sign in with your organisation's account."));
        String base = contextPath() + "/oauth2/authorization/";
        providers.forEach(provider -> {
            var link = new Anchor(base + provider.registrationId(), "Sign in with " + provider.name());
            link.setRouterIgnore(true);
            link.addClassName("provider-link");
            card.add(link);
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            error.setText("Sign-in did not succeed. Please try again, or contact your portal administrator if "
                    + "your account has been deactivated.");
            error.setVisible(true);
        }
    }

    private static Element hidden(String name, String value) {
        return new Element("input").setAttribute("type", "hidden").setAttribute("name", name)
                .setAttribute("value", value);
    }

    private static String contextPath() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? "" : request.getContextPath();
    }

    private static CsrfToken csrfToken() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }

    @Tag("form")
    private static final class Form extends HtmlContainer {
    }
}
