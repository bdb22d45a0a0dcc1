package uk.providerportal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * A download that looks like a button and is one link: a button inside a link would be two tab stops for one
 * action, announced as a link holding a button, with a link box too small to aim at (WCAG 2.5.8).
 */
public final class DownloadLinks {

    private DownloadLinks() {
    }

    public static Anchor of(DownloadHandler download, String text) {
        var link = new Anchor(download, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(text));
        link.addClassName("portal-download");
        return link;
    }

    /** The page's main action, drawn like a primary button. */
    public static Anchor primary(DownloadHandler download, String text) {
        var link = of(download, text);
        link.addClassName("primary");
        return link;
    }
}
