package uk.providerportal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Consistent, polite feedback after an action: success fades, errors stay until dismissed. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String message) {
        var notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    public static Notification error(String message) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        var close = new Button("Dismiss", click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var layout = new HorizontalLayout(new Span(message), close);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(layout);
        notification.getElement().setAttribute("role", "alert");
        notification.open();
        return notification;
    }
}
