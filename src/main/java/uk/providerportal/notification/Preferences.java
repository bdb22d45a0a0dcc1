package uk.providerportal.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each person's choice of notices; a notice nobody turned off is on. */
@Component
class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<NoticeKind, Boolean> of(long userId) {
        Map<NoticeKind, Boolean> settings = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            settings.put(kind, true);
        }
        jdbc.sql("select notice_kind, enabled from notification_preference where user_id = ?").param(userId)
                .query((rs, row) -> settings.put(NoticeKind.valueOf(rs.getString("notice_kind")),
                        rs.getBoolean("enabled"))).list();
        return settings;
    }

    void save(long userId, Map<NoticeKind, Boolean> settings, Instant now) {
        jdbc.sql("delete from notification_preference where user_id = ?").param(userId).update();
        settings.forEach((kind, enabled) -> jdbc.sql("insert into notification_preference (user_id, notice_kind, "
                + "enabled, changed_at) values (?, ?, ?, ?)").params(userId, kind.name(), enabled, Outbox.utc(now))
                .update());
    }

    /** Of these people, those who turned this notice off. */
    Set<Long> turnedOff(NoticeKind kind, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select user_id from notification_preference where notice_kind = :kind and "
                        + "enabled = false and user_id in (:users)")
                .param("kind", kind.name()).param("users", userIds).query(Long.class).list());
    }
}
