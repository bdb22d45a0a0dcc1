package uk.providerportal.notification;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.providerportal.base.DateFormats;
import uk.providerportal.returns.ReturnReminder;
import uk.providerportal.returns.ReturnService;

/**
 * Reminds each organisation's provider users of a contract return due within three working days and not sent, and
 * tells them once a return is missing after its due date (issue 15). The outbox's unique notice key per return makes a
 * second run (or a second instance) write nothing more.
 */
@Component
class ReturnReminderCheck {

    private final ReturnService returns;
    private final Recipients recipients;
    private final Mailings mailings;
    private final Notices notices;
    private final TransactionTemplate transaction;

    ReturnReminderCheck(ReturnService returns, Recipients recipients, Mailings mailings, Notices notices,
                        PlatformTransactionManager transactions) {
        this.returns = returns;
        this.recipients = recipients;
        this.mailings = mailings;
        this.notices = notices;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Returns how many mails were written. */
    int run() {
        List<ReturnReminder> due = recipients.asSystem(returns::reminders);
        int mails = 0;
        for (ReturnReminder reminder : due) {
            NoticeKind kind = reminder.missing() ? NoticeKind.RETURN_MISSING : NoticeKind.RETURN_DUE;
            Integer written = transaction.execute(status -> mailings.mailEach(reminder.organisationId(), kind,
                    NoticeKey.returnReminder(reminder.missing(), reminder.organisationId(), reminder.type().name(),
                            reminder.period()),
                    person -> notices.returnReminder(person.name(), reminder.organisationName(),
                            reminder.type().label().toLowerCase(DateFormats.LOCALE), reminder.periodText(),
                            reminder.dueOn(), reminder.missing())));
            mails += written == null ? 0 : written;
        }
        return mails;
    }
}
