package uk.providerportal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.notification.NoticeKind;
import uk.providerportal.notification.NoticeSetting;
import uk.providerportal.notification.NotificationService;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/** Which notices the signed-in person gets by mail: one checkbox per notice, each on until they turn it off. */
@Route("notification-settings")
@PageTitle("Notification settings")
@Menu(order = 95, title = "Notification settings")
@RolesAllowed({Role.Names.PROVIDER_USER, Role.Names.QUALITY_MANAGER, Role.Names.ASSESSOR, Role.Names.ADMIN})
class NotificationSettingsView extends Main {

    final Map<NoticeKind, Checkbox> boxes = new EnumMap<>(NoticeKind.class);
    final Button save = new Button("Save settings");

    NotificationSettingsView(NotificationService notifications, CurrentUser currentUser) {
        addClassName("portal-page");
        var list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        for (NoticeKind kind : NoticeKind.values()) {
            var box = new Checkbox(kind.label());
            box.setHelperText(kind.description());
            box.setId("notice-" + kind.name().toLowerCase().replace('_', '-'));
            boxes.put(kind, box);
            list.add(box);
        }
        show(notifications.mySettings());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            Set<NoticeKind> on = EnumSet.noneOf(NoticeKind.class);
            boxes.forEach((kind, box) -> {
                if (box.getValue()) {
                    on.add(kind);
                }
            });
            show(notifications.saveMySettings(on));
            Notifications.success("Your notification settings are saved.");
        });
        add(new Paragraph("Choose which notices the portal sends you by mail. Each is on until you turn it off."));
        boolean funderStaff = currentUser.identity().map(identity -> identity.roles().stream()
                .anyMatch(Role::funderStaff)).orElse(false);
        if (funderStaff) {
            add(new Paragraph("These notices go to delivery partners' users; none goes to funder staff yet."));
        }
        add(list, new Div(save));
    }

    private void show(List<NoticeSetting> settings) {
        settings.forEach(setting -> boxes.get(setting.kind()).setValue(setting.enabled()));
    }
}
