package uk.providerportal.notification;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.providerportal.appeal.AppealService;
import uk.providerportal.appeal.ClosingWindow;

/**
 * Two working days before an appeal window closes, tells the provider users of each organisation below target that
 * has lodged nothing. The outbox's unique notice key per organisation and month makes a second run (or a second
 * instance) write nothing more.
 */
@Component
class AppealDeadlineCheck {

    static final int WORKING_DAYS_BEFORE = 2;

    private final AppealService appeals;
    private final Recipients recipients;
    private final Mailings mailings;
    private final Notices notices;
    private final TransactionTemplate transaction;

    AppealDeadlineCheck(AppealService appeals, Recipients recipients, Mailings mailings, Notices notices,
                        PlatformTransactionManager transactions) {
        this.appeals = appeals;
        this.recipients = recipients;
        this.mailings = mailings;
        this.notices = notices;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Returns how many mails were written. */
    int run() {
        List<ClosingWindow> closing = recipients.asSystem(() -> appeals.closingWindows(WORKING_DAYS_BEFORE));
        int mails = 0;
        for (ClosingWindow window : closing) {
            Integer written = transaction.execute(status -> mailings.mailEach(window.organisationId(),
                    NoticeKind.APPEAL_DEADLINE, NoticeKey.appealDeadline(window.organisationId(), window.month()),
                    person -> notices.appealDeadline(person.name(), window.organisationName(), window.month(),
                            window.closesOn())));
            mails += written == null ? 0 : written;
        }
        return mails;
    }
}
