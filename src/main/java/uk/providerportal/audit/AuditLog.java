package uk.providerportal.audit;

import jakarta.persistence.criteria.Predicate;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.base.DateFormats;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;

/** The audit feature's API: record what happened, and let admins and quality managers read and export it. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a change made by whoever is acting now, inside the caller's transaction. */
    @Transactional
    public void record(String action, String entityType, @Nullable Object entityId, String summary) {
        save(currentActor(), action, entityType, entityId, summary, AuditOutcome.DONE);
    }

    /** Records something done by or to a named actor who is not (yet) the signed-in user, e.g. a sign-in. */
    @Transactional
    public void recordFor(Actor actor, String action, @Nullable String entityType, @Nullable Object entityId,
                          String summary, AuditOutcome outcome) {
        save(actor, action, entityType, entityId, summary, outcome);
    }

    /**
     * Records a refusal in its own transaction: the refused operation's transaction rolls back, the record of
     * the refusal must not.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(String action, @Nullable String entityType, @Nullable Object entityId,
                             String summary) {
        save(currentActor(), action, entityType, entityId, summary, AuditOutcome.DENIED);
    }

    public Actor currentActor() {
        return currentUser.identity()
                .map(identity -> Actor.user(identity.userId(), identity.displayName(), identity.email(),
                        identity.organisationId()))
                .orElseGet(() -> Actor.system(currentUser.actingName()));
    }

    private void save(Actor actor, String action, @Nullable String entityType, @Nullable Object entityId,
                      String summary, AuditOutcome outcome) {
        events.save(new AuditEvent(clock.instant(), actor, action, entityType,
                entityId == null ? null : String.valueOf(entityId), summary, outcome));
    }

    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<AuditEntry> search(AuditQuery query, Pageable pageable) {
        return events.findAll(specification(query), pageable).map(AuditEvent::toEntry).getContent();
    }

    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public long count(AuditQuery query) {
        return events.count(specification(query));
    }

    /** Every action name the trail holds, for the action filter. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<String> actions() {
        return events.findDistinctActions();
    }

    /** The newest entries, newest first; for tests and quick checks. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<AuditEntry> latest() {
        return events.findTop50ByOrderByIdDesc().stream().map(AuditEvent::toEntry).toList();
    }

    /**
     * Writes the matching entries as an Excel workbook, streaming rows from the database into POI's streaming
     * writer so memory stays flat however long the trail is.
     */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public long export(AuditQuery query, OutputStream out) throws IOException {
        long rows = 0;
        try (var workbook = new SXSSFWorkbook(200); var stream = events.stream(specification(query))) {
            SXSSFSheet sheet = workbook.createSheet("Audit trail");
            String[] headings = {"When (UTC)", "When (UK)", "Who", "Actor user id", "Actor organisation id",
                    "Action", "Entity type", "Entity id", "Outcome", "Summary"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headings.length; i++) {
                header.createCell(i).setCellValue(headings[i]);
            }
            sheet.createFreezePane(0, 1);
            for (var iterator = stream.iterator(); iterator.hasNext(); ) {
                AuditEntry entry = iterator.next().toEntry();
                Row row = sheet.createRow((int) ++rows);
                row.createCell(0).setCellValue(entry.occurredAt().toString());
                row.createCell(1).setCellValue(DateFormats.dateTime(entry.occurredAt()));
                row.createCell(2).setCellValue(entry.actorName());
                if (entry.actorUserId() != null) {
                    row.createCell(3).setCellValue(entry.actorUserId());
                }
                if (entry.actorOrganisationId() != null) {
                    row.createCell(4).setCellValue(entry.actorOrganisationId());
                }
                row.createCell(5).setCellValue(entry.action());
                row.createCell(6).setCellValue(entry.entityType() == null ? "" : entry.entityType());
                row.createCell(7).setCellValue(entry.entityId() == null ? "" : entry.entityId());
                row.createCell(8).setCellValue(entry.outcome().name());
                row.createCell(9).setCellValue(entry.summary());
            }
            int[] widths = {28, 22, 40, 12, 12, 24, 16, 12, 10, 80};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            workbook.write(out);
        }
        return rows;
    }

    static Specification<AuditEvent> specification(AuditQuery query) {
        return (root, criteria, builder) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.from() != null) {
                where.add(builder.greaterThanOrEqualTo(root.get("occurredAt"), startOf(query.from())));
            }
            if (query.to() != null) {
                where.add(builder.lessThan(root.get("occurredAt"), startOf(query.to().plusDays(1))));
            }
            if (query.actorText() != null && !query.actorText().isBlank()) {
                where.add(builder.like(builder.lower(root.get("actorName")),
                        "%" + query.actorText().trim().toLowerCase(Locale.ROOT) + "%"));
            }
            if (query.organisationId() != null) {
                where.add(builder.equal(root.get("actorOrganisationId"), query.organisationId()));
            }
            if (query.action() != null && !query.action().isBlank()) {
                where.add(builder.equal(root.get("action"), query.action()));
            }
            if (query.outcome() != null) {
                where.add(builder.equal(root.get("outcome"), query.outcome()));
            }
            return builder.and(where.toArray(Predicate[]::new));
        };
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(DateFormats.ZONE).toInstant();
    }
}
