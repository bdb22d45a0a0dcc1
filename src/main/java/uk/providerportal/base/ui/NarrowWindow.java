package uk.providerportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Tells a view whether the browser window is narrow (a phone, or a desktop window zoomed to 400 %) when it is
 * attached and whenever the width crosses {@link #BREAKPOINT}, so a list can show one summary column instead of many
 * and nothing needs sideways scrolling (WCAG 2.2, 1.4.10 Reflow: content fits 320 CSS pixels).
 */
public final class NarrowWindow {

    /** Below this window width (CSS pixels) lists show a summary per row. */
    public static final int BREAKPOINT = 720;

    private NarrowWindow() {
    }

    /** Calls {@code apply} with true for a narrow window, false for a wide one, at attach and on every change. */
    public static void track(Component view, Consumer<Boolean> apply) {
        view.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            Boolean[] narrow = {null};
            Consumer<Integer> width = pixels -> {
                boolean now = pixels > 0 && pixels < BREAKPOINT;
                if (narrow[0] == null || narrow[0] != now) {
                    narrow[0] = now;
                    apply.accept(now);
                }
            };
            page.retrieveExtendedClientDetails(details -> width.accept(details.getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(event -> width.accept(event.getWidth()));
            view.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
