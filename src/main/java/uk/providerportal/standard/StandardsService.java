package uk.providerportal.standard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Restatement;
import uk.providerportal.calendar.AssessmentCalendar;
import uk.providerportal.calendar.ClosedMonth;
import uk.providerportal.security.Access;

/**
 * The standards feature's API: the catalogue of a programme as it stood on any date, each standard's history, and
 * admins' changes from a date on (a new wording, a new standard, or retiring one). A change taking effect in a month
 * already closed (round ended or KPI published) is a restatement, with a reason, audited apart and announced as
 * {@link StandardRestated}: assessments of that month were scored against the old catalogue.
 */
@Service
@Transactional(readOnly = true)
public class StandardsService {

    private final StandardVersionRepository versions;
    private final AssessmentCalendar calendar;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StandardsService(StandardVersionRepository versions, AssessmentCalendar calendar, AuditLog auditLog,
                     ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.calendar = calendar;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The standards in force on a date, in code order (1a, 1b, ... 2a); retired ones left out. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<Standard> catalogue(long programmeId, LocalDate on) {
        return inForce(programmeId, on).stream().map(StandardVersion::toStandard).toList();
    }

    /** The same catalogue as {@link #catalogue}, each standard with the id of the version in force that day. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<CatalogueEntry> catalogueVersions(long programmeId, LocalDate on) {
        return inForce(programmeId, on).stream().map(StandardVersion::toEntry).toList();
    }

    /** Exact versions by id (those an assessment was scored against), whatever is in force today. */
    @PreAuthorize(Access.SIGNED_IN)
    public Map<Long, CatalogueEntry> versions(java.util.Collection<Long> versionIds) {
        return versions.findAllById(versionIds).stream().map(StandardVersion::toEntry)
                .collect(Collectors.toMap(CatalogueEntry::versionId, Function.identity()));
    }

    private List<StandardVersion> inForce(long programmeId, LocalDate on) {
        Map<String, StandardVersion> latest = versions.upTo(programmeId, on).stream()
                .collect(Collectors.toMap(StandardVersion::code, Function.identity(),
                        (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b));
        return latest.values().stream().filter(version -> !version.toStandard().retired())
                .sorted(Comparator.comparing(StandardVersion::code, Standard.CODE_ORDER)).toList();
    }

    @PreAuthorize(Access.FUNDER_STAFF)
    public List<Standard> history(long programmeId, String code) {
        return versions.history(programmeId, code).stream().map(StandardVersion::toStandard).toList();
    }

    /**
     * Adds a standard or a new version of one, from its effective date on.
     *
     * @param restatementReason why a closed month's assessments must be judged again; needed only when the date
     *                          falls in a closed month, and ignored otherwise
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    @SuppressWarnings("ConstantValue")
    public Standard save(long programmeId, Standard standard, @Nullable String restatementReason) {
        if (standard.effectiveFrom() == null) {
            throw new StandardChangeRefused("effectiveFrom", "Choose the date the change applies from.");
        }
        Restatement restatement = restatement(standard.effectiveFrom(), restatementReason);
        String code = standard.code().trim().toLowerCase(Locale.ROOT);
        if (!Standard.validCode(code)) {
            throw new StandardChangeRefused("code", "Use a number and optional letters, e.g. 1a or 12.");
        }
        if (standard.title().isBlank()) {
            throw new StandardChangeRefused("title", "Give the standard a title.");
        }
        if (standard.category().isBlank()) {
            throw new StandardChangeRefused("category", "Choose or type the standard's category.");
        }
        StandardVersion version = versions.at(programmeId, code, standard.effectiveFrom())
                .orElseGet(() -> new StandardVersion(programmeId, code, standard.effectiveFrom()));
        version.set(new Standard(code, standard.effectiveFrom(), standard.title().trim(),
                standard.description().trim(), standard.category().trim(), standard.customerImpact(),
                standard.retired(), ""));
        version.changed(auditLog.currentActor().name(), restatement);
        versions.save(version);
        YearMonth month = YearMonth.from(standard.effectiveFrom());
        String summary = (standard.retired() ? "Retired " : "Set ") + code + " " + standard.title().trim() + " from "
                + DateFormats.date(standard.effectiveFrom())
                + (standard.customerImpact() ? " (customer impact when unmet)" : "");
        if (restatement == null) {
            auditLog.record(standard.retired() ? "STANDARD_RETIRED" : "STANDARD_CHANGED", "Standard", code, summary);
        } else {
            auditLog.record("STANDARD_RESTATED", "Standard", code, summary + "; restates closed "
                    + DateFormats.month(month.atDay(1)) + ": " + restatement.reason());
            events.publishEvent(new StandardRestated(programmeId, code, month, restatement.reason()));
        }
        return version.toStandard();
    }

    /**
     * Retires a standard from a date: assessments before it keep it, later ones no longer use it. Like any change,
     * a date in a closed month needs a restatement reason.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public Standard retire(long programmeId, String code, LocalDate from, @Nullable String restatementReason) {
        Standard current = catalogue(programmeId, from).stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new StandardChangeRefused("code", code + " is not in force on "
                        + DateFormats.date(from) + "."));
        return save(programmeId, new Standard(code, from, current.title(), current.description(), current.category(),
                current.customerImpact(), true, ""), restatementReason);
    }

    /**
     * Null when the date is in an open month; for a closed month, the restatement the reason makes, or a refusal
     * naming the month and what to do.
     */
    private @Nullable Restatement restatement(LocalDate effectiveFrom, @Nullable String reason) {
        Optional<ClosedMonth> closed = calendar.closedMonth(effectiveFrom);
        if (closed.isEmpty()) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw new StandardChangeRefused("effectiveFrom", closed.get().refusal(effectiveFrom));
        }
        if (reason.trim().length() > Restatement.MAX_REASON_LENGTH) {
            throw new StandardChangeRefused("restatementReason", "Keep the reason to "
                    + Restatement.MAX_REASON_LENGTH + " characters.");
        }
        return new Restatement(auditLog.currentActor().name(), clock.instant(), reason.trim());
    }
}
