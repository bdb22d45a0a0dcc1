package uk.providerportal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A calm page for unexpected failures; the reference lets support find the logged stack trace. */
@PageTitle("Something went wrong")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);
    private final Paragraph reference = new Paragraph();

    public ErrorView() {
        addClassName("portal-page");
        add(new H2("Sorry, something went wrong"),
                new Paragraph("The portal could not finish that request. Please try again in a moment; if it keeps "
                        + "happening, contact the portal support team and quote the reference below."),
                reference, new Anchor("", "Go to the home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String ref = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        log.error("Unexpected error, reference {}", ref, parameter.getCaughtException());
        reference.setText("Reference: " + ref);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
