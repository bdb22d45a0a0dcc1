package uk.providerportal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.notification.MailStatus;
import uk.providerportal.notification.NotificationService;
import uk.providerportal.notification.OutboxMail;
import uk.providerportal.security.Role;

/** One mail of the outbox, as it was or will be sent: recipient, subject, body, and how sending it went. */
@Route("outbox/:mailId")
@PageTitle("Outbox: mail")
@RolesAllowed(Role.Names.ADMIN)
class OutboxMailView extends Main implements BeforeEnterObserver {

    static String path(long mailId) {
        return "outbox/" + mailId;
    }

    final H2 subject = new H2();
    final Div facts = new Div();
    final Pre body = new Pre();
    final Button sendAgain = new Button("Send again");

    private final NotificationService notifications;
    private long mailId;

    OutboxMailView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("portal-page");
        facts.addClassName("portal-card");
        body.addClassName("portal-mail-body");
        sendAgain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendAgain.addClickListener(click -> {
            try {
                show(notifications.sendAgain(mailId));
                Notifications.success("The mail will be sent now.");
            } catch (ChangeRefused refused) {
                Notifications.error(refused.getMessage());
            }
        });
        add(new RouterLink("Back to the outbox", OutboxView.class), subject, facts,
                new Section(new H3("The mail"), body), new Div(sendAgain));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            mailId = Long.parseLong(event.getRouteParameters().get("mailId").orElse(""));
            show(notifications.mail(mailId));
        } catch (NumberFormatException | ItemNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void show(OutboxMail mail) {
        subject.setText(mail.subject());
        var list = new DescriptionList();
        term(list, "To", mail.recipientName() + " <" + mail.recipientEmail() + ">");
        term(list, "Notice", mail.kind().label());
        term(list, "Status", mail.status().label());
        term(list, "Written", DateFormats.dateTime(mail.createdAt()));
        term(list, "Attempts", String.valueOf(mail.attempts()));
        if (mail.sentAt() != null) {
            term(list, "Sent", DateFormats.dateTime(mail.sentAt()));
        } else if (mail.status() == MailStatus.WAITING) {
            term(list, "Next attempt", DateFormats.dateTime(mail.nextAttemptAt()));
        }
        if (mail.lastError() != null) {
            term(list, "Last error", mail.lastError());
        }
        facts.removeAll();
        facts.add(list);
        body.setText(mail.body());
        sendAgain.setVisible(mail.status() != MailStatus.SENT && mail.status() != MailStatus.SENDING);
        sendAgain.setText(mail.status() == MailStatus.WAITING ? "Send now" : "Send again");
    }

    private static void term(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }
}
