package uk.providerportal.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes one notice to each person of an organisation who wants it, in the caller's transaction. */
@Component
class Mailings {

    private final Outbox outbox;
    private final Recipients recipients;
    private final Clock clock;

    Mailings(Outbox outbox, Recipients recipients, Clock clock) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.clock = clock;
    }

    /** Returns how many mails were written (none for people who had this notice already). */
    @Transactional(propagation = Propagation.MANDATORY)
    int mailEach(long organisationId, NoticeKind kind, String noticeKey,
                 Function<Outbox.Recipient, Notices.Text> text) {
        Instant now = clock.instant();
        int mails = 0;
        for (Outbox.Recipient person : recipients.of(organisationId, kind)) {
            Notices.Text words = text.apply(person);
            mails += outbox.write(new Outbox.Draft(kind, noticeKey, person, organisationId, words.subject(),
                    words.body(), now), now) ? 1 : 0;
        }
        return mails;
    }
}
