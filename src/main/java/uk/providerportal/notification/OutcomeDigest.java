package uk.providerportal.notification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest of released outcomes: one mail per organisation and provider user listing the outcomes released
 * since the last digest, instead of one mail per case. Safe to run twice or on two instances at once: the items
 * are locked while read and marked with their digest's key in the same transaction as its mails.
 */
@Component
class OutcomeDigest {

    private record Item(long id, long organisationId, String reference, YearMonth round) {
    }

    private final JdbcClient jdbc;
    private final Mailings mailings;
    private final Recipients recipients;
    private final Notices notices;

    OutcomeDigest(JdbcClient jdbc, Mailings mailings, Recipients recipients, Notices notices) {
        this.jdbc = jdbc;
        this.mailings = mailings;
        this.recipients = recipients;
        this.notices = notices;
    }

    /** Writes the digests of everything released and not yet digested; returns how many mails were written. */
    @Transactional
    int run() {
        List<Item> items = jdbc.sql("select id, organisation_id, reference, round_month from "
                        + "notification_released_outcome where digest_key is null order by organisation_id, id "
                        + "for update")
                .query((rs, row) -> new Item(rs.getLong("id"), rs.getLong("organisation_id"),
                        rs.getString("reference"), YearMonth.from(rs.getObject("round_month", LocalDate.class))))
                .list();
        Map<Long, List<Item>> byOrganisation = new LinkedHashMap<>();
        items.forEach(item -> byOrganisation.computeIfAbsent(item.organisationId(), id -> new java.util.ArrayList<>())
                .add(item));
        int mails = 0;
        for (var entry : byOrganisation.entrySet()) {
            long organisationId = entry.getKey();
            List<Item> released = entry.getValue();
            String key = NoticeKey.outcomesReleased(organisationId, released.getFirst().id(), released.getLast().id());
            String organisation = recipients.organisation(organisationId).name();
            List<Notices.ReleasedCase> cases = released.stream()
                    .map(item -> new Notices.ReleasedCase(item.reference(), item.round())).toList();
            mails += mailings.mailEach(organisationId, NoticeKind.OUTCOMES_RELEASED, key,
                    person -> notices.outcomesReleased(person.name(), organisation, cases));
            jdbc.sql("update notification_released_outcome set digest_key = :key where id in (:ids)")
                    .param("key", key).param("ids", released.stream().map(Item::id).toList()).update();
        }
        return mails;
    }
}
