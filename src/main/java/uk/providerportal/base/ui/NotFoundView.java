package uk.providerportal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Shown for unknown addresses and, deliberately, for pages the user may not open: the portal never reveals
 * whether something exists that belongs to someone else.
 */
@PageTitle("Page not found")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private final ApplicationEventPublisher events;

    public NotFoundView(ApplicationEventPublisher events) {
        this.events = events;
        addClassName("portal-page");
        add(new H2("Page not found"),
                new Paragraph("If you typed the web address, check it is correct. "
                        + "If you followed a link, the page may have moved or you may not have access to it."),
                new Anchor("", "Go to the home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        // The route exists, so this "not found" is a refusal by view access control: worth an audit line.
        if (!path.isEmpty() && event.getSource().getRegistry().getNavigationTarget(path).isPresent()) {
            events.publishEvent(new ViewAccessDenied(path));
        }
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
