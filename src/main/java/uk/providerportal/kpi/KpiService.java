package uk.providerportal.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.calendar.AssessmentCalendar;
import uk.providerportal.calendar.MonthTimetable;
import uk.providerportal.policy.KpiPolicy;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.policy.RuleKind;
import uk.providerportal.policy.RuleRestated;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.TenantScope;

/**
 * The KPI feature's API (issue 12). A month's KPIs are first published once (by the scheduled job on the calendar's
 * publication date, or by a quality manager by hand), as version 1 per organisation: the figures as at that moment,
 * from the cases of the month's round released by then (the cut-off). A revision recomputes the same counted cases'
 * standing outcomes under the month's policy and stores a new version with its reason and what changed; the first
 * version and the cut-off never change, and the appeal window keeps counting from the first publication.
 */
@Service
@Transactional(readOnly = true)
public class KpiService {

    static final String ENTITY = "KpiPublication";
    static final String BY_JOB = "SCHEDULED";
    static final String BY_HAND = "BY_HAND";
    static final String IMPORTED = "IMPORTED";
    static final int MAX_REASON = 1000;

    private final KpiStore store;
    private final PolicyService policies;
    private final AssessmentCalendar calendar;
    private final TenantScope tenantScope;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LocalTime publicationTime;

    KpiService(KpiStore store, PolicyService policies, AssessmentCalendar calendar, TenantScope tenantScope,
               CurrentUser currentUser, AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
               @Value("${portal.kpi.publication-time:17:00}") LocalTime publicationTime) {
        this.store = store;
        this.policies = policies;
        this.calendar = calendar;
        this.tenantScope = tenantScope;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.publicationTime = publicationTime;
    }

    /** What a publication did, in the words the quality manager reads. */
    public record PublicationResult(YearMonth month, Instant publishedAt, int organisations, String message) {
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /** The month's KPI of an organisation as it stands; a provider reaches only its own (others: not found). */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<PublishedKpi> published(long organisationId, YearMonth month) {
        visible("READ_KPI", organisationId);
        return store.current("p.organisation_id = :organisation AND p.round_month = :month",
                Map.of("organisation", organisationId, "month", month.atDay(1))).stream().findFirst();
    }

    /** The organisation's most recently published month, if any. */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<PublishedKpi> latest(long organisationId) {
        return publishedMonths(organisationId).stream().findFirst().flatMap(month -> published(organisationId, month));
    }

    /** The published months of the organisation, newest first. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<YearMonth> publishedMonths(long organisationId) {
        visible("READ_KPI", organisationId);
        return store.current("p.organisation_id = :organisation", Map.of("organisation", organisationId)).stream()
                .map(PublishedKpi::month).sorted(Comparator.reverseOrder()).toList();
    }

    /** The published KPIs of the {@code months} months ending with {@code upTo}, oldest first (gaps left out). */
    @PreAuthorize(Access.SIGNED_IN)
    public List<PublishedKpi> trend(long organisationId, YearMonth upTo, int months) {
        visible("READ_KPI", organisationId);
        return store.current("p.organisation_id = :organisation AND p.round_month BETWEEN :from AND :to",
                Map.of("organisation", organisationId, "from", upTo.minusMonths(months - 1L).atDay(1),
                        "to", upTo.atDay(1)));
    }

    /** The month's restatement log, first publication first. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<KpiVersion> restatements(long organisationId, YearMonth month) {
        visible("READ_KPI", organisationId);
        return store.allVersions(organisationId, month).stream().map(v -> new KpiVersion(v.kpi().version(),
                v.kpi().publishedAt(), v.kpi().publishedBy(), v.reason(), v.changes(), v.kpi().figures())).toList();
    }

    /** The date the month's KPIs were first published (appeal windows count from it), if they have been. */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<LocalDate> firstPublicationDate(YearMonth month) {
        return store.month(month).map(p -> LocalDate.ofInstant(p.publishedAt(), DateFormats.ZONE));
    }

    /**
     * The moment the month's KPIs were first published, which is also the cut-off: the cases released by then are
     * the ones the month's KPI counts (issue 13's appeals read them).
     */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<Instant> publicationCutOff(YearMonth month) {
        return store.month(month).map(KpiStore.MonthPublication::cutOff);
    }

    /** Every organisation's published KPI of the month, optionally of one programme, by organisation name. */
    @PreAuthorize(Access.FUNDER_STAFF)
    public List<KpiOverviewRow> overview(YearMonth month, @Nullable Long programmeId) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", month.minusMonths(11).atDay(1));
        params.put("to", month.atDay(1));
        String where = "p.round_month BETWEEN :from AND :to";
        if (programmeId != null) {
            where += " AND p.programme_id = :programme";
            params.put("programme", programmeId);
        }
        Map<Long, Map<YearMonth, PublishedKpi>> byOrganisation = new LinkedHashMap<>();
        for (PublishedKpi kpi : store.current(where, params)) {
            byOrganisation.computeIfAbsent(kpi.organisationId(), id -> new HashMap<>()).put(kpi.month(), kpi);
        }
        List<KpiOverviewRow> rows = new ArrayList<>();
        for (Map<YearMonth, PublishedKpi> months : byOrganisation.values()) {
            PublishedKpi now = months.get(month);
            if (now == null) {
                continue;
            }
            List<@Nullable BigDecimal> last12 = new ArrayList<>();
            for (int back = 11; back >= 0; back--) {
                PublishedKpi then = months.get(month.minusMonths(back));
                last12.add(then == null ? null : then.inMonth().kpiPercent());
            }
            rows.add(new KpiOverviewRow(now, last12.get(10), last12));
        }
        return rows;
    }

    /** The month's publication and, per organisation, the figure as computed now beside the published one. */
    @PreAuthorize(Access.QUALITY_MANAGER)
    public KpiMonthStatus monthStatus(YearMonth month) {
        MonthTimetable timetable = calendar.timetable(month);
        var publication = store.month(month);
        Instant cutOff = publication.map(KpiStore.MonthPublication::cutOff).orElse(clock.instant());
        Map<Long, PublishedKpi> published = new HashMap<>();
        store.current("p.round_month = :month", Map.of("month", month.atDay(1)))
                .forEach(kpi -> published.put(kpi.organisationId(), kpi));
        Map<Long, List<KpiStore.ActiveOrganisation>> byProgramme = new LinkedHashMap<>();
        store.activeOrganisations().forEach(o -> byProgramme.computeIfAbsent(o.programmeId(), id -> new ArrayList<>())
                .add(o));
        List<KpiMonthStatus.Row> rows = new ArrayList<>();
        byProgramme.forEach((programmeId, organisations) -> {
            KpiPolicy policy = policyFor(programmeId, month).orElse(null);
            if (policy == null) {
                return;
            }
            Map<Long, MonthCounts> counts = store.counts(programmeId, month, cutOff, policy.casePassMark(), null);
            for (var organisation : organisations) {
                MonthCounts live = counts.getOrDefault(organisation.id(), MonthCounts.NONE);
                PublishedKpi kpi = published.get(organisation.id());
                rows.add(new KpiMonthStatus.Row(organisation.id(), organisation.name(),
                        kpi == null ? "" : kpi.programmeName(),
                        KpiFigure.of(KpiPeriod.IN_MONTH, live.counted(), live.passing(), live.scoreTotal(),
                                live.detriment(), policy),
                        kpi == null ? null : kpi.inMonth(), kpi == null ? 0 : kpi.version()));
            }
        });
        rows.sort(Comparator.comparing(KpiMonthStatus.Row::organisationName));
        return new KpiMonthStatus(month, timetable.kpiPublication(), timetable.delayReason(),
                publication.map(KpiStore.MonthPublication::publishedAt).orElse(null),
                publication.map(KpiStore.MonthPublication::publishedBy).orElse(null),
                publication.map(p -> howText(p.how())).orElse(null), rows);
    }

    /** When the scheduled job publishes the month: the calendar's publication date at the publication time, UK. */
    @PreAuthorize(Access.SIGNED_IN)
    public ZonedDateTime publicationDue(YearMonth month) {
        return calendar.timetable(month).kpiPublication().atTime(publicationTime).atZone(DateFormats.ZONE);
    }

    // --- publishing ----------------------------------------------------------------------------------------------

    /** Publishes the month by hand, earlier or later than the calendar's date; refused once it is published. */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public PublicationResult publish(YearMonth month) {
        if (YearMonth.now(clock).isBefore(month)) {
            throw new ChangeRefused("month", DateFormats.month(month) + " has not started yet: its KPIs can be "
                    + "published from " + DateFormats.date(month.atDay(1)) + ".");
        }
        try {
            return publishMonth(month, BY_HAND);
        } catch (DuplicateKeyException alreadyPublished) {
            throw new ChangeRefused("month", alreadyPublishedText(month));
        }
    }

    /**
     * The scheduled job's work: publishes this month and last month when their publication moment has come and they
     * are not published yet. A month whose round has no released case at all is left for a quality manager (a new
     * installation never publishes empty months by itself). Safe on several instances: the month row is unique.
     */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public List<PublicationResult> publishDue() {
        List<PublicationResult> done = new ArrayList<>();
        YearMonth current = YearMonth.now(clock);
        for (YearMonth month : List.of(current.minusMonths(1), current)) {
            if (store.month(month).isPresent() || publicationDue(month).toInstant().isAfter(clock.instant())
                    || !store.anyReleased(month, clock.instant())) {
                continue;
            }
            try {
                done.add(publishMonth(month, BY_JOB));
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                // the other instance's publication stands; nothing to do
            }
        }
        return done;
    }

    private PublicationResult publishMonth(YearMonth month, String how) {
        Instant now = clock.instant();
        String by = actor();
        store.insertMonth(month, now, now, by, how);
        Map<Long, List<KpiStore.ActiveOrganisation>> byProgramme = new LinkedHashMap<>();
        store.activeOrganisations().forEach(o -> byProgramme.computeIfAbsent(o.programmeId(), id -> new ArrayList<>())
                .add(o));
        List<Long> published = new ArrayList<>();
        List<String> withoutPolicy = new ArrayList<>();
        byProgramme.forEach((programmeId, organisations) -> {
            KpiPolicy policy = policyFor(programmeId, month).orElse(null);
            if (policy == null) {
                organisations.forEach(o -> withoutPolicy.add(o.name()));
                return;
            }
            Map<Long, MonthCounts> counts = store.counts(programmeId, month, now, policy.casePassMark(), null);
            Map<Long, Map<YearMonth, MonthCounts>> earlier = store.earlierCounts(
                    organisations.stream().map(KpiStore.ActiveOrganisation::id).toList(), month);
            for (var organisation : organisations) {
                List<KpiFigure> figures = KpiPeriods.figures(month,
                        counts.getOrDefault(organisation.id(), MonthCounts.NONE),
                        earlier.getOrDefault(organisation.id(), Map.of()), policy);
                store.insertVersion(organisation.id(), programmeId, month, 1, now, by, null,
                        "First publication: " + describe(figures.getFirst()), policy, figures);
                published.add(organisation.id());
            }
        });
        String message = "Published the KPIs of " + DateFormats.month(month) + " for "
                + Plural.of(published.size(), "organisation") + (how.equals(BY_JOB) ? " (scheduled)" : " (by hand)")
                + "." + (withoutPolicy.isEmpty() ? "" : " Not published, as their programme has no KPI policy for "
                + "the month: " + String.join(", ", withoutPolicy) + ".");
        auditLog.record("KPI_PUBLISHED", ENTITY, month, message);
        events.publishEvent(new KpiPublished(month, now, List.copyOf(published)));
        return new PublicationResult(month, now, published.size(), message);
    }

    /**
     * Publishes a revision of an organisation's month with a reason: the same counted cases (released by the first
     * publication's cut-off), their standing outcomes now, under the month's KPI policy as it stands. Refused when
     * nothing would change.
     */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public KpiVersion revise(long organisationId, YearMonth month, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ChangeRefused("reason", "Say why the KPI is revised (for example, the data cleansing or the "
                    + "appeal that changed it): providers read it in the restatement log.");
        }
        if (why.length() > MAX_REASON) {
            throw new ChangeRefused("reason", "The reason is " + why.length() + " characters; at most "
                    + MAX_REASON + " fit.");
        }
        return reviseIfChanged(organisationId, month, why).orElseThrow(() -> new ChangeRefused("month",
                "Nothing to revise: the figures of " + DateFormats.month(month) + " are the same as the version "
                        + "providers see now."));
    }

    /**
     * Revises an organisation's month after an appeal was decided and its upheld standards amended, with the appeal
     * as the reason; empty when the amendments leave every figure as it was (nothing to restate).
     */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public Optional<KpiVersion> reviseAfterAppeal(long organisationId, YearMonth month, String reason) {
        return reviseIfChanged(organisationId, month, reason);
    }

    /** Revises the months a restated KPI policy reaches, for every organisation whose figures it changes. */
    @EventListener
    void onRuleRestated(RuleRestated restated) {
        if (restated.rule() != RuleKind.KPI_POLICY) {
            return;
        }
        for (YearMonth month : store.publishedMonthsSince(restated.firstAffectedMonth())) {
            for (PublishedKpi kpi : store.current("p.round_month = :month AND p.programme_id = :programme",
                    Map.of("month", month.atDay(1), "programme", restated.programmeId()))) {
                reviseIfChanged(kpi.organisationId(), month, "KPI policy restated: " + restated.reason());
            }
        }
    }

    private Optional<KpiVersion> reviseIfChanged(long organisationId, YearMonth month, String reason) {
        var publication = store.month(month).orElseThrow(() -> new ChangeRefused("month",
                "The KPIs of " + DateFormats.month(month) + " are not published yet: publish them first."));
        List<KpiStore.StoredVersion> versions = store.allVersions(organisationId, month);
        if (versions.isEmpty()) {
            throw new ChangeRefused("organisation", "This organisation has no published KPI for "
                    + DateFormats.month(month) + ".");
        }
        PublishedKpi before = versions.getLast().kpi();
        long programmeId = store.programmeOf(organisationId);
        KpiPolicy policy = policyFor(programmeId, month).orElseThrow(() -> new ChangeRefused("month",
                "The programme has no KPI policy for " + DateFormats.month(month) + "."));
        MonthCounts counts = store.counts(programmeId, month, publication.cutOff(), policy.casePassMark(),
                organisationId).getOrDefault(organisationId, MonthCounts.NONE);
        List<KpiFigure> figures = KpiPeriods.figures(month, counts,
                store.earlierCounts(List.of(organisationId), month).getOrDefault(organisationId, Map.of()), policy);
        String changes = changes(before, figures, policy);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String by = actor();
        int version = before.version() + 1;
        store.insertVersion(organisationId, programmeId, month, version, now, by, reason, changes, policy, figures);
        auditLog.record("KPI_REVISED", ENTITY, organisationId + "/" + month, "Revised the KPI of "
                + before.organisationName() + " for " + DateFormats.month(month) + " (version " + version + "): "
                + changes + " Reason: " + reason);
        events.publishEvent(new KpiRevised(organisationId, month, version, reason, changes));
        return Optional.of(new KpiVersion(version, now, by, reason, changes, figures));
    }

    /**
     * Records a KPI published before the portal (from the spreadsheets it replaces), so trends and rolling periods
     * start from the organisation's real history. Months are recorded oldest first; each is version 1, imported.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public PublishedKpi recordEarlierPublication(long organisationId, YearMonth month, int counted, int passing,
                                                 BigDecimal scoreTotal, int actualDetriment, LocalDate publishedOn,
                                                 String source) {
        if (counted < 0 || passing < 0 || passing > counted || actualDetriment < 0 || scoreTotal.signum() < 0
                || scoreTotal.compareTo(BigDecimal.valueOf(100L * counted)) > 0) {
            throw new ChangeRefused("counted", "The counts do not add up: " + passing + " passing of " + counted
                    + " counted, score total " + scoreTotal + ".");
        }
        if (!store.allVersions(organisationId, month).isEmpty()) {
            throw new ChangeRefused("month", DateFormats.month(month) + " already has a published KPI.");
        }
        long programmeId = store.programmeOf(organisationId);
        KpiPolicy policy = policyFor(programmeId, month).orElseThrow(() -> new ChangeRefused("month",
                "The programme has no KPI policy for " + DateFormats.month(month) + "."));
        Instant at = publishedOn.atTime(publicationTime).atZone(DateFormats.ZONE).toInstant();
        String by = actor();
        if (store.month(month).isEmpty()) {
            store.insertMonth(month, at, at, by, IMPORTED);
        }
        List<KpiFigure> figures = KpiPeriods.figures(month, new MonthCounts(counted, passing, scoreTotal,
                actualDetriment), store.earlierCounts(List.of(organisationId), month)
                .getOrDefault(organisationId, Map.of()), policy);
        store.insertVersion(organisationId, programmeId, month, 1, at, by, null,
                "Published before the portal (" + source + "): " + describe(figures.getFirst()), policy, figures);
        auditLog.record("KPI_IMPORTED", ENTITY, organisationId + "/" + month, "Recorded the KPI of "
                + DateFormats.month(month) + " published before the portal on " + DateFormats.date(publishedOn)
                + " (" + source + "): " + describe(figures.getFirst()));
        return Objects.requireNonNull(store.allVersions(organisationId, month).getLast().kpi());
    }

    // --- rules and words -----------------------------------------------------------------------------------------

    private Optional<KpiPolicy> policyFor(long programmeId, YearMonth month) {
        // the latest rule that took effect by the month's end governs the month, so a restatement reaches it
        return policies.kpiPolicy(programmeId, month.atEndOfMonth());
    }

    /** The person's name as providers read it in the restatement log, or the system job's name. */
    private String actor() {
        return currentUser.identity().map(identity -> identity.displayName()).orElseGet(currentUser::actingName);
    }

    private void visible(String operation, long organisationId) {
        tenantScope.checkVisible(operation, "Organisation", organisationId, organisationId);
    }

    private String alreadyPublishedText(YearMonth month) {
        var publication = store.month(month).orElseThrow();
        return "The KPIs of " + DateFormats.month(month) + " were already published on "
                + DateFormats.date(LocalDate.ofInstant(publication.publishedAt(), DateFormats.ZONE)) + " by "
                + publication.publishedBy() + ". To correct an organisation's figures, publish a revision.";
    }

    static String howText(String how) {
        return switch (how) {
            case BY_JOB -> "by the scheduled job";
            case IMPORTED -> "before the portal (imported)";
            default -> "by hand";
        };
    }

    static String describe(KpiFigure figure) {
        return figure.kpiPercent() == null ? KpiFigure.NO_CASES + "."
                : figure.kpiText() + " (" + figure.countsText() + "), " + figure.tierText() + ", target "
                + figure.targetText().toLowerCase(DateFormats.LOCALE) + ".";
    }

    /** What changed in the in-month figure and the policy, in words; empty when nothing did. */
    static String changes(PublishedKpi before, List<KpiFigure> after, KpiPolicy policy) {
        KpiFigure was = before.inMonth();
        KpiFigure now = after.stream().filter(f -> f.period() == KpiPeriod.IN_MONTH).findFirst().orElseThrow();
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(was.kpiText(), now.kpiText())) {
            changes.add("KPI " + was.kpiText() + " → " + now.kpiText());
        }
        if (was.casesPassing() != now.casesPassing() || was.casesCounted() != now.casesCounted()) {
            changes.add("cases passing " + was.casesPassing() + " of " + was.casesCounted() + " → "
                    + now.casesPassing() + " of " + now.casesCounted());
        }
        if (!Objects.equals(was.averageText(), now.averageText())) {
            changes.add("average score " + was.averageText() + " → " + now.averageText());
        }
        if (was.actualDetriment() != now.actualDetriment()) {
            changes.add("unmet standards with actual detriment " + was.actualDetriment() + " → "
                    + now.actualDetriment());
        }
        if (was.tier() != now.tier()) {
            changes.add("tier " + was.tierText() + " → " + now.tierText());
        }
        if (was.targetMet() != now.targetMet()) {
            changes.add(now.targetMet() ? "target now met" : "target no longer met");
        }
        KpiPolicy old = before.policy();
        if (old.casePassMark().compareTo(policy.casePassMark()) != 0) {
            changes.add("case pass mark " + old.casePassMark().stripTrailingZeros().toPlainString() + "% → "
                    + policy.casePassMark().stripTrailingZeros().toPlainString() + "%");
        }
        if (old.kpiTarget().compareTo(policy.kpiTarget()) != 0) {
            changes.add("KPI target " + old.kpiTarget().stripTrailingZeros().toPlainString() + "% → "
                    + policy.kpiTarget().stripTrailingZeros().toPlainString() + "%");
        }
        if (changes.isEmpty()) {
            return "";
        }
        String text = String.join("; ", changes);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
