package uk.providerportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.assessment.OutcomeReleased;
import uk.providerportal.kpi.KpiPublished;
import uk.providerportal.kpi.KpiRevised;
import uk.providerportal.signin.SignInAs;

/**
 * The outbox against a real SMTP server in the JVM (GreenMail, on a free port rather than the fixed 3025): mails
 * written with the change, none when it rolls back, retried through a mail server outage and delivered exactly once
 * however many senders race, and the digest and missing-sample notices written once.
 */
@PortalTest
class OutboxMailIT {

    static final int SMTP_PORT = freePort();
    static GreenMail smtp;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired OutboxSender sender;
    @Autowired OutcomeDigest digest;
    @Autowired MissingSampleCheck sampleCheck;
    @Autowired NotificationService notifications;

    @AfterEach
    void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
        clock.reset();
    }

    @AfterAll
    static void resetClock(@Autowired MutableClock clock) {
        clock.reset();
    }

    static void startMailServer() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    List<Map<String, Object>> rows(long organisationId) {
        return jdbc.queryForList("select * from notification_outbox where organisation_id = ? order by id",
                organisationId);
    }

    /** Waits (up to 20 s) for the after-commit sender to have tried every mail of the organisation once. */
    void awaitFirstAttempts(long organisationId, int mails) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Integer tried = jdbc.queryForObject("select count(*) from notification_outbox where organisation_id = ? "
                    + "and attempts > 0", Integer.class, organisationId);
            if (tried != null && tried == mails) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The after-commit sender did not try the mails: " + rows(organisationId));
    }

    static List<String> received(Set<String> recipients) throws Exception {
        List<String> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            if (recipients.stream().anyMatch(to::contains)) {
                mails.add(recipients.stream().filter(to::contains).findFirst().orElseThrow() + " | "
                        + message.getSubject());
            }
        }
        return mails;
    }

    @Test
    void smtpDownThenUp_everyMailIsDeliveredExactlyOnce_toThoseWhoWantIt() throws Exception {
        fixtures.today("2027-10-29");
        Fixtures.Partner partner = fixtures.partner();
        String colleague = fixtures.colleague(partner);
        String optedOut = fixtures.colleague(partner);
        signInAs.call(optedOut, () -> notifications.saveMySettings(Set.of(NoticeKind.KPI_REVISED)));
        YearMonth october = YearMonth.of(2027, 10);

        // The mail server is down: the change commits, its mails wait in the outbox.
        inTransaction(() -> {
            events.publishEvent(new KpiPublished(october, clock.instant(), List.of(partner.id())));
            events.publishEvent(new KpiRevised(partner.id(), october, 2, "Data cleansing", "In month 75.0% to 80.0%"));
        });
        assertThat(rows(partner.id())).as("the opted-out colleague gets the revision only").hasSize(5);
        awaitFirstAttempts(partner.id(), 5);
        assertThat(rows(partner.id())).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("WAITING");
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat((String) row.get("last_error")).contains("MailConnectException");
        });
        assertThat(sender.sendDue()).as("nothing is due before the first retry's wait is over").isZero();

        // Up again; the retry poller runs on three instances at once, then again.
        startMailServer();
        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        try (var instances = Executors.newFixedThreadPool(3)) {
            List<Callable<Integer>> pollers = List.of(sender::sendDue, sender::sendDue, sender::sendDue);
            int sent = 0;
            for (var result : instances.invokeAll(pollers)) {
                sent += result.get();
            }
            assertThat(sent).as("mails sent by the racing pollers together").isGreaterThanOrEqualTo(5);
        }
        sender.sendDue();

        String provider = email(partner.provider());
        String other = email(colleague);
        String out = email(optedOut);
        List<String> mails = received(Set.of(provider, other, out));
        assertThat(mails).containsExactlyInAnyOrder(
                provider + " | Your KPI for October 2027 is published",
                provider + " | Your KPI for October 2027 was revised (version 2)",
                other + " | Your KPI for October 2027 is published",
                other + " | Your KPI for October 2027 was revised (version 2)",
                out + " | Your KPI for October 2027 was revised (version 2)");
        assertThat(rows(partner.id())).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("SENT");
            assertThat(row.get("attempts")).isEqualTo(2);
            assertThat(row.get("last_error")).isNull();
        });
        MimeMessage first = smtp.getReceivedMessages()[0];
        assertThat(first.getFrom()[0].toString()).contains("no-reply@provider-portal.example");
    }

    @Test
    void theSameNoticeTwice_makesNoSecondMail() throws Exception {
        fixtures.today("2027-10-29");
        Fixtures.Partner partner = fixtures.partner();
        YearMonth october = YearMonth.of(2027, 10);
        for (int i = 0; i < 2; i++) {
            inTransaction(() -> events.publishEvent(new KpiPublished(october, clock.instant(), List.of(partner.id()))));
        }
        assertThat(rows(partner.id())).hasSize(1);
    }

    @Test
    void aRolledBackChange_writesNoMail_andAnEventOutsideATransactionIsRefused() {
        fixtures.today("2027-10-29");
        Fixtures.Partner partner = fixtures.partner();
        YearMonth october = YearMonth.of(2027, 10);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new KpiRevised(partner.id(), october, 3, "Appeal upheld", "In month 80.0% to 85.0%"));
            assertThat(rows(partner.id())).as("written inside the transaction").hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(rows(partner.id())).as("rolled back with the change").isEmpty();

        assertThatThrownBy(() -> events.publishEvent(new KpiRevised(partner.id(), october, 4, "No transaction", "-")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rows(partner.id())).isEmpty();
    }

    @Test
    void releasedOutcomes_goOutAsOneDigestPerPerson_once() throws Exception {
        fixtures.today("2027-10-29");
        Fixtures.Partner partner = fixtures.partner();
        String colleague = fixtures.colleague(partner);
        YearMonth october = YearMonth.of(2027, 10);
        long caseId = 900_000_000L + partner.id() * 10;
        inTransaction(() -> {
            events.publishEvent(new OutcomeReleased(caseId, partner.id(), partner.code() + "-1", october));
            events.publishEvent(new OutcomeReleased(caseId + 1, partner.id(), partner.code() + "-2", october));
        });
        inTransaction(() -> events.publishEvent(new OutcomeReleased(caseId + 1, partner.id(), partner.code() + "-2",
                october)));
        assertThat(rows(partner.id())).as("nothing until the digest").isEmpty();

        digest.run();
        digest.run();
        Function<Map<String, Object>, Object> subject = row -> row.get("subject");
        assertThat(rows(partner.id())).hasSize(2).extracting(subject)
                .containsOnly("2 case outcomes released to " + partner.name());
        assertThat(rows(partner.id())).extracting(row -> row.get("recipient_email"))
                .containsExactlyInAnyOrder(email(partner.provider()), email(colleague));
        assertThat((String) rows(partner.id()).getFirst().get("body"))
                .contains("- " + partner.code() + "-1 (October 2027 round)", "- " + partner.code() + "-2 (October");
    }

    @Test
    void aWeekEndedShortOfItsSample_isNoticedOncePerOrganisationAndWeek() {
        fixtures.today("2027-10-06");
        Fixtures.Partner partner = fixtures.partner();
        fixtures.agree(partner, YearMonth.of(2027, 10), 10, 3);
        Function<Map<String, Object>, Object> subject = row -> row.get("subject");

        sampleCheck.run();
        sampleCheck.run();
        assertThat(rows(partner.id())).as("week 1 ended on Friday 1 October; week 2 runs until the 8th")
                .extracting(subject).containsExactly("Week 1 (1 October) sample: 0 of 3 cases received");

        fixtures.today("2027-10-11");
        sampleCheck.run();
        sampleCheck.run();
        assertThat(rows(partner.id())).extracting(subject).containsExactly(
                "Week 1 (1 October) sample: 0 of 3 cases received",
                "Week 2 (4 October to 8 October) sample: 0 of 3 cases received");
        assertThat(jdbc.queryForObject("select count(*) from notification_sample_check where organisation_id = ?",
                Integer.class, partner.id())).isEqualTo(2);
    }

    String email(String subject) {
        return jdbc.queryForObject("select email from portal_user where id = ?", String.class,
                fixtures.userId(subject));
    }
}
