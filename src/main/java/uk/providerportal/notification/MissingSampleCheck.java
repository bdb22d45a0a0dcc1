package uk.providerportal.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.submission.MonthFolder;
import uk.providerportal.submission.SubmissionService;
import uk.providerportal.submission.WeekProgress;

/**
 * After a week ends, tells each active organisation whose week brought fewer cases than its agreed sample. Looks at
 * weeks that ended in the last {@value #LOOK_BACK_DAYS} days (so a first run does not mail about long-past weeks),
 * and at each organisation's week once: a row per organisation and week, written in the same transaction as its
 * mails, makes a second run (or a second instance) a no-op.
 */
@Component
class MissingSampleCheck {

    static final int LOOK_BACK_DAYS = 7;

    private final SubmissionService submissions;
    private final Recipients recipients;
    private final Mailings mailings;
    private final Notices notices;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MissingSampleCheck(SubmissionService submissions, Recipients recipients, Mailings mailings, Notices notices,
                       JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.submissions = submissions;
        this.recipients = recipients;
        this.mailings = mailings;
        this.notices = notices;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Returns how many mails were written. */
    int run() {
        LocalDate today = LocalDate.now(clock);
        Set<YearMonth> months = new LinkedHashSet<>();
        months.add(YearMonth.from(today.minusDays(LOOK_BACK_DAYS)));
        months.add(YearMonth.from(today));
        int mails = 0;
        for (OrganisationSummary organisation : recipients.activeOrganisations()) {
            for (YearMonth month : months) {
                MonthFolder folder = recipients.asSystem(() -> submissions.monthFolder(organisation.id(), month));
                for (WeekProgress week : folder.weeks()) {
                    if (missing(week, today)) {
                        Integer written = transaction.execute(status -> check(organisation, month, week));
                        mails += written == null ? 0 : written;
                    }
                }
            }
        }
        return mails;
    }

    /** A week short of its agreed sample that has ended, recently. */
    static boolean missing(WeekProgress week, LocalDate today) {
        LocalDate ended = week.week().endsOn();
        return week.expected() > 0 && week.received() < week.expected() && ended.isBefore(today)
                && !ended.isBefore(today.minusDays(LOOK_BACK_DAYS));
    }

    private int check(OrganisationSummary organisation, YearMonth month, WeekProgress week) {
        Instant now = clock.instant();
        LocalDate startsOn = week.week().startsOn();
        Integer checked = jdbc.sql("select count(*) from notification_sample_check where organisation_id = ? and "
                + "week_starts_on = ?").params(organisation.id(), startsOn).query(Integer.class).single();
        if (checked > 0) {
            return 0;
        }
        try {
            jdbc.sql("insert into notification_sample_check (organisation_id, week_starts_on, expected, received, "
                            + "checked_at) values (?, ?, ?, ?, ?)")
                    .params(organisation.id(), startsOn, week.expected(), week.received(), Outbox.utc(now)).update();
        } catch (DuplicateKeyException raced) {
            return 0;
        }
        return mailings.mailEach(organisation.id(), NoticeKind.SAMPLE_MISSING,
                NoticeKey.sampleMissing(organisation.id(), startsOn), person -> notices.sampleMissing(person.name(),
                        organisation.name(), month, week.week().label(), week.expected(), week.received()));
    }
}
