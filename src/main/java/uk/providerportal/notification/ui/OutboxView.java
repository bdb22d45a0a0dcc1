package uk.providerportal.notification.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.notification.MailStatus;
import uk.providerportal.notification.NoticeKind;
import uk.providerportal.notification.NotificationService;
import uk.providerportal.notification.OutboxFilter;
import uk.providerportal.notification.OutboxMail;
import uk.providerportal.security.Role;

/**
 * Every mail the portal has written, sent or not, newest first: admins see what went out, what waits for a retry and
 * what failed, and open any mail to read it. Without a mail server (the embedded demo) mails are kept here.
 */
@Route("outbox")
@PageTitle("Outbox")
@Menu(order = 85, title = "Outbox")
@RolesAllowed(Role.Names.ADMIN)
class OutboxView extends Main {

    final ComboBox<MailStatus> status = new ComboBox<>("Status");
    final ComboBox<NoticeKind> kind = new ComboBox<>("Notice");
    final TextField text = new TextField("Recipient or subject");
    final Grid<OutboxMail> grid = new Grid<>();
    final Paragraph counts = new Paragraph();
    final Paragraph total = new Paragraph();
    final Button digest = new Button("Send the outcomes digest now");
    final Button sampleCheck = new Button("Check for missing samples now");

    private final NotificationService notifications;

    OutboxView(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        addClassName("portal-page");

        status.setItems(MailStatus.values());
        status.setItemLabelGenerator(MailStatus::label);
        status.setClearButtonVisible(true);
        kind.setItems(NoticeKind.values());
        kind.setItemLabelGenerator(NoticeKind::label);
        kind.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setPlaceholder("Name, email or words of the subject");

        grid.addColumn(mail -> DateFormats.dateTime(mail.createdAt())).setHeader("Written (UK time)")
                .setSortProperty("createdAt").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(mail -> mail.kind().label()).setHeader("Notice").setSortProperty("kind").setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<OutboxMail>of("<span>${item.name}</span><br><span class=\"outbox-detail\">"
                                + "${item.email}</span>")
                        .withProperty("name", OutboxMail::recipientName)
                        .withProperty("email", OutboxMail::recipientEmail))
                .setHeader("To").setSortProperty("recipientEmail").setWidth("13rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<OutboxMail>of("<a href=\"${item.href}\">${item.subject}</a>")
                        .withProperty("href", mail -> OutboxMailView.path(mail.id()))
                        .withProperty("subject", OutboxMail::subject))
                .setHeader("Subject").setSortProperty("subject").setWidth("14rem").setFlexGrow(1);
        // Status, attempts, when and the last error in one cell, so the list fits beside the menu at 1280 px.
        grid.addColumn(LitRenderer.<OutboxMail>of("<span>${item.status}</span><br><span class=\"outbox-detail\">"
                                + "${item.attempts}${item.when}</span>${item.error ? html`<br><span "
                                + "class=\"outbox-detail\">Last error: ${item.error}</span>` : ''}")
                        .withProperty("status", mail -> mail.status().label())
                        .withProperty("attempts", mail -> Plural.of(mail.attempts(), "attempt"))
                        .withProperty("when", OutboxView::when)
                        .withProperty("error", mail -> mail.lastError() == null ? "" : shorter(mail.lastError())))
                .setHeader("Status").setSortProperty("status").setWidth("15rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMultiSort(false);
        grid.setAriaLabel("Outbox");
        grid.setItemsPageable(pageable -> notifications.outbox(filter(), newestFirst(pageable)),
                pageable -> notifications.countOutbox(filter()));
        grid.setHeight("34rem");

        digest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        digest.addClickListener(click -> {
            int mails = notifications.runOutcomeDigest();
            Notifications.success("Outcomes digest: " + Plural.of(mails, "mail") + " written.");
            refresh();
        });
        sampleCheck.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        sampleCheck.addClickListener(click -> {
            int mails = notifications.checkMissingSamples();
            Notifications.success("Missing samples: " + Plural.of(mails, "mail") + " written.");
            refresh();
        });

        for (HasValue<?, ?> field : new HasValue<?, ?>[]{status, kind, text}) {
            field.addValueChangeListener(change -> refresh());
        }
        var filters = new HorizontalLayout(status, kind, text);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        var actions = new HorizontalLayout(total, new Div(digest, sampleCheck));
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        actions.setWidthFull();
        actions.setWrap(true);

        add(new Paragraph("Every mail the portal has written, newest first: sent, waiting (for its first attempt, a "
                + "retry or the evening's outcomes digest), failed, or kept. Open a mail to read it."));
        if (!notifications.mailServerConfigured()) {
            var kept = new Paragraph("No mail server is configured, so no mail leaves the portal: each is kept here "
                    + "as \"" + MailStatus.NOT_SENT.label() + "\" for you to read. Set SPRING_MAIL_HOST to send them.");
            kept.setId("no-mail-server");
            kept.addClassName("portal-card");
            add(kept);
        }
        add(counts, filters, actions, grid);
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long count = notifications.countOutbox(filter());
        total.setText(Plural.of(count, "mail") + (filter().equals(OutboxFilter.all()) ? "" : " match"));
        Map<MailStatus, Long> byStatus = notifications.outboxCounts();
        counts.setText(byStatus.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey().label()
                .toLowerCase()).collect(Collectors.joining(" · ")));
    }

    OutboxFilter filter() {
        return new OutboxFilter(status.getValue(), kind.getValue(), text.getValue());
    }

    private static String when(OutboxMail mail) {
        return switch (mail.status()) {
            case SENT -> mail.sentAt() == null ? "" : ", sent " + DateFormats.dateTime(mail.sentAt());
            case WAITING -> ", next " + DateFormats.dateTime(mail.nextAttemptAt());
            case SENDING, FAILED, NOT_SENT -> "";
        };
    }

    /** The start of an error, so a row stays a few lines high; the mail's own page shows all of it. */
    static String shorter(String error) {
        return error.length() <= 80 ? error : error.substring(0, 79) + "…";
    }

    private static Pageable newestFirst(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Order.desc("createdAt")));
    }
}
