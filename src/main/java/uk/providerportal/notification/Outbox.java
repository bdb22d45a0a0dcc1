package uk.providerportal.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox table. Writing joins the caller's transaction (so a rolled-back change leaves no mail); claiming and
 * marking run as single statements in transactions of their own, from the sender.
 */
@Component
class Outbox {

    /** The grid's sortable columns, by the property names the view uses. */
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at", "status", "status",
            "recipientEmail", "recipient_email", "subject", "subject", "attempts", "attempts", "kind", "notice_kind");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Outbox(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A mail to write: who gets it, about what. */
    record Draft(NoticeKind kind, String noticeKey, Recipient recipient, @Nullable Long organisationId,
                 String subject, String body, Instant sendAfter) {
    }

    /** Someone a notice goes to. */
    record Recipient(long userId, String name, String email) {
    }

    /** Said after a transaction wrote mails, so the sender starts once it has committed. */
    record MailQueued(int mails) {
    }

    /**
     * Writes the mail in the caller's transaction unless the same notice already went to the same person (the
     * unique notice key and recipient); returns whether it was written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean write(Draft draft, Instant now) {
        Integer present = jdbc.sql("select count(*) from notification_outbox where notice_key = ? and "
                        + "recipient_user_id = ?")
                .params(draft.noticeKey(), draft.recipient().userId()).query(Integer.class).single();
        if (present > 0) {
            return false;
        }
        try {
            jdbc.sql("""
                    insert into notification_outbox (notice_kind, notice_key, recipient_user_id, recipient_name,
                        recipient_email, organisation_id, subject, body, status, attempts, created_at,
                        next_attempt_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', 0, ?, ?)""")
                    .params(draft.kind().name(), draft.noticeKey(), draft.recipient().userId(),
                            cut(draft.recipient().name(), 200), draft.recipient().email(), draft.organisationId(),
                            cut(draft.subject(), 255), draft.body(), utc(now), utc(draft.sendAfter()))
                    .update();
        } catch (DuplicateKeyException raced) {
            // Written by a concurrent transaction a moment ago: that one is the mail.
            return false;
        }
        events.publishEvent(new MailQueued(1));
        return true;
    }

    List<Long> dueIds(Instant now, int limit) {
        return jdbc.sql("select id from notification_outbox where status = 'WAITING' and next_attempt_at <= ? "
                        + "order by next_attempt_at, id limit ?")
                .params(utc(now), limit).query(Long.class).list();
    }

    /** Claims a due mail for one sender; false when another sender (thread or instance) has it already. */
    boolean claim(long id, Instant now, Instant claimedUntil) {
        return jdbc.sql("update notification_outbox set status = 'SENDING', claimed_until = ? where id = ? and "
                        + "status = 'WAITING' and next_attempt_at <= ?")
                .params(utc(claimedUntil), id, utc(now)).update() == 1;
    }

    void markSent(long id, Instant sentAt) {
        jdbc.sql("update notification_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, "
                        + "claimed_until = null, last_error = null where id = ? and status = 'SENDING'")
                .params(utc(sentAt), id).update();
    }

    /** A failed attempt: waits for the next one, or fails for good when {@code nextAttempt} is null. */
    void markAttemptFailed(long id, String error, @Nullable Instant nextAttempt) {
        jdbc.sql("update notification_outbox set status = ?, attempts = attempts + 1, next_attempt_at = "
                        + "coalesce(?, next_attempt_at), claimed_until = null, last_error = ? where id = ? and "
                        + "status = 'SENDING'")
                .params(nextAttempt == null ? MailStatus.FAILED.name() : MailStatus.WAITING.name(),
                        nextAttempt == null ? null : utc(nextAttempt), cut(error, 1000), id).update();
    }

    void markNotSent(long id) {
        jdbc.sql("update notification_outbox set status = 'NOT_SENT', claimed_until = null, last_error = ? "
                        + "where id = ? and status = 'SENDING'")
                .params(NO_MAIL_SERVER, id).update();
    }

    static final String NO_MAIL_SERVER = "No mail server is configured (spring.mail.host): kept here to be read.";
    static final String INTERRUPTED = "The portal stopped while sending this mail, so it may or may not have been "
            + "delivered; it is not sent again by itself. Check with the recipient before sending it again.";

    /**
     * Mails whose sender stopped mid-send (claim expired) fail rather than go again: they may have been delivered,
     * and a mail must never be sent twice by the portal itself.
     */
    int failInterrupted(Instant now) {
        return jdbc.sql("update notification_outbox set status = 'FAILED', attempts = attempts + 1, "
                        + "claimed_until = null, last_error = ? where status = 'SENDING' and claimed_until < ?")
                .params(INTERRUPTED, utc(now)).update();
    }

    /** An admin's "send again": due now, with its attempts counted afresh. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean sendAgain(long id, Instant now) {
        int changed = jdbc.sql("update notification_outbox set status = 'WAITING', attempts = 0, next_attempt_at = ?, "
                        + "last_error = null where id = ? and status in ('WAITING', 'FAILED', 'NOT_SENT')")
                .params(utc(now), id).update();
        if (changed == 1) {
            events.publishEvent(new MailQueued(1));
        }
        return changed == 1;
    }

    Optional<OutboxMail> find(long id) {
        return jdbc.sql("select * from notification_outbox where id = ?").param(id).query(Outbox::mail).optional();
    }

    List<OutboxMail> search(OutboxFilter filter, Pageable pageable) {
        var where = where(filter);
        String order = orderBy(pageable.getSort());
        String limit = pageable.isPaged() ? " limit " + pageable.getPageSize() + " offset " + pageable.getOffset() : "";
        return jdbc.sql("select * from notification_outbox" + where.sql() + order + limit)
                .params(where.params()).query(Outbox::mail).list();
    }

    long count(OutboxFilter filter) {
        var where = where(filter);
        return jdbc.sql("select count(*) from notification_outbox" + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    Map<MailStatus, Long> countsByStatus() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) n from notification_outbox group by status")
                .query((rs, row) -> counts.put(MailStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        return counts;
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(OutboxFilter filter) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.status() != null) {
            parts.add("status = ?");
            params.add(filter.status().name());
        }
        if (filter.kind() != null) {
            parts.add("notice_kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            parts.add("(lower(recipient_email) like ? or lower(recipient_name) like ? or lower(subject) like ?)");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), params);
    }

    private static String orderBy(Sort sort) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column != null) {
                orders.add(column + (order.isAscending() ? " asc" : " desc"));
            }
        }
        orders.add("id desc");
        return " order by " + String.join(", ", orders);
    }

    private static OutboxMail mail(ResultSet rs, int row) throws SQLException {
        Long organisation = rs.getObject("organisation_id", Long.class);
        return new OutboxMail(rs.getLong("id"), NoticeKind.valueOf(rs.getString("notice_kind")),
                rs.getString("notice_key"), MailStatus.valueOf(rs.getString("status")),
                rs.getString("recipient_name"), rs.getString("recipient_email"),
                organisation, rs.getString("subject"), rs.getString("body"),
                rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "next_attempt_at"),
                nullableInstant(rs, "sent_at"), rs.getString("last_error"));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
