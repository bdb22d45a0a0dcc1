package uk.providerportal.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.kpi.KpiFigure;
import uk.providerportal.kpi.KpiService;
import uk.providerportal.kpi.PublishedKpi;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Access;
import uk.providerportal.security.TenantScope;

/**
 * The contract KPIs' API (issue 15): each programme's effective-dated catalogue, kept by an admin and read by quality
 * managers, and an organisation's KPIs over the month (or latest quarter), rolling 3 and 12 months and cumulatively,
 * each with its Cabinet Office tier and whether its target is met. Figures are sums of counts computed in SQL from the
 * current versions of the returns (or the published quality KPI's case counts), never averages of percentages.
 */
@Service
@Transactional(readOnly = true)
public class ContractKpiService {

    static final String ENTITY = "ContractKpi";
    static final List<String> PERIODS = List.of("Month or latest quarter", "Rolling 3 months", "Rolling 12 months",
            "Cumulative");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

    private final ContractKpiRepository kpis;
    private final OrganisationService organisations;
    private final KpiService qualityKpi;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;

    ContractKpiService(ContractKpiRepository kpis, OrganisationService organisations, KpiService qualityKpi,
                       TenantScope tenantScope, AuditLog auditLog, JdbcClient jdbc) {
        this.kpis = kpis;
        this.organisations = organisations;
        this.qualityKpi = qualityKpi;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
    }

    /** Every version of every KPI of the programme, by code and date. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<CatalogueEntry> catalogue(long programmeId) {
        List<ContractKpi> all = kpis.findByProgrammeIdOrderByCodeAscEffectiveFromAsc(programmeId);
        List<CatalogueEntry> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ContractKpi kpi = all.get(i);
            ContractKpi next = i + 1 < all.size() && all.get(i + 1).code().equals(kpi.code()) ? all.get(i + 1) : null;
            result.add(new CatalogueEntry(Objects.requireNonNull(kpi.getId()), programmeId, kpi.toDefinition(),
                    next == null ? null : next.effectiveFrom().minusDays(1)));
        }
        return result;
    }

    /**
     * Adds a KPI to the programme's catalogue, or a new version of one from a later first of a month; what was in force
     * before stays as it was.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public CatalogueEntry addKpi(long programmeId, NewContractKpi kpi) {
        check(kpi);
        List<ContractKpi> same = kpis.findByProgrammeIdOrderByCodeAscEffectiveFromAsc(programmeId).stream()
                .filter(k -> k.code().equals(kpi.code())).toList();
        if (!same.isEmpty() && !kpi.effectiveFrom().isAfter(same.getLast().effectiveFrom())) {
            throw new ChangeRefused("effectiveFrom", kpi.code() + " already has a version from "
                    + DateFormats.date(same.getLast().effectiveFrom()) + ": a new version starts after it.");
        }
        ContractKpi saved = kpis.save(new ContractKpi(programmeId, kpi));
        auditLog.record(same.isEmpty() ? "CONTRACT_KPI_ADDED" : "CONTRACT_KPI_CHANGED", ENTITY, saved.getId(),
                (same.isEmpty() ? "Added " : "New version of ") + kpi.code() + " (" + kpi.description() + ") from "
                        + DateFormats.date(kpi.effectiveFrom()) + ": target " + kpi.target() + ", good from "
                        + kpi.bounds().goodFrom() + ", near target from " + kpi.bounds().nearTargetFrom()
                        + ", needs improvement from " + kpi.bounds().needsImprovementFrom());
        return catalogue(programmeId).stream().filter(e -> e.id() == saved.getId()).findFirst().orElseThrow();
    }

    /**
     * The organisation's contract KPIs in force at the end of the month, over each period; a partner may ask only for
     * its own organisation (another is "not found").
     */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public ContractKpiTable kpiTable(long organisationId, YearMonth month) {
        tenantScope.checkVisible("READ_CONTRACT_KPIS", "Organisation", organisationId, organisationId);
        OrganisationSummary organisation = organisations.findOrganisation(organisationId);
        List<ContractKpi> all = kpis.findByProgrammeIdOrderByCodeAscEffectiveFromAsc(organisation.programmeId());
        Map<String, ContractKpi> inForce = new LinkedHashMap<>();
        Map<String, LocalDate> began = new HashMap<>();
        for (ContractKpi kpi : all) {
            if (!kpi.effectiveFrom().isAfter(month.atEndOfMonth())) {
                inForce.put(kpi.code(), kpi);
                began.putIfAbsent(kpi.code(), kpi.effectiveFrom());
            }
        }
        List<ContractKpiRow> rows = new ArrayList<>();
        for (ContractKpi entity : inForce.values()) {
            NewContractKpi kpi = entity.toDefinition();
            YearMonth start = YearMonth.from(began.get(kpi.code()));
            YearMonth end = kpi.frequency() == Frequency.QUARTERLY ? lastQuarterEnd(month) : month;
            List<KpiPeriodFigure> figures = new ArrayList<>();
            figures.add(figure(organisationId, kpi, PERIODS.get(0), kpi.frequency() == Frequency.QUARTERLY
                    ? end.minusMonths(2) : end, end, start));
            figures.add(figure(organisationId, kpi, PERIODS.get(1), end.minusMonths(2), end, start));
            figures.add(figure(organisationId, kpi, PERIODS.get(2), end.minusMonths(11), end, start));
            figures.add(figure(organisationId, kpi, PERIODS.get(3), start, end, start));
            rows.add(new ContractKpiRow(kpi, figures));
        }
        return new ContractKpiTable(organisationId, organisation.name(), organisation.programmeName(), month,
                PERIODS, rows);
    }

    /** The last month of the latest calendar quarter that has ended by the end of {@code month}. */
    static YearMonth lastQuarterEnd(YearMonth month) {
        int back = month.getMonthValue() % 3;
        return month.minusMonths(back);
    }

    private KpiPeriodFigure figure(long organisationId, NewContractKpi kpi, String period, YearMonth from,
                                   YearMonth to, YearMonth start) {
        YearMonth first = from.isBefore(start) ? start : from;
        if (first.isAfter(to)) {
            return new KpiPeriodFigure(period, null, kpi.measure(), null, false, "");
        }
        Map<String, Long> totals = kpi.source() == KpiSource.QUALITY_KPI ? qualityTotals(organisationId, first, to)
                : returnTotals(organisationId, Objects.requireNonNull(kpi.source().returnType()), first, to);
        if (totals.isEmpty()) {
            return new KpiPeriodFigure(period, null, kpi.measure(), null, false, "");
        }
        long numerator = kpi.numeratorKeys().stream().mapToLong(key -> totals.getOrDefault(key, 0L)).sum();
        BigDecimal value;
        String basis;
        if (kpi.measure() == KpiMeasure.PERCENTAGE) {
            long denominator = totals.getOrDefault(Objects.requireNonNull(kpi.denominatorKey()), 0L);
            if (denominator == 0) {
                return new KpiPeriodFigure(period, null, kpi.measure(), null, false, "");
            }
            value = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
            basis = String.format(DateFormats.LOCALE, "%,d of %,d", numerator, denominator);
        } else {
            value = BigDecimal.valueOf(numerator).setScale(1, RoundingMode.HALF_UP);
            basis = "reported";
        }
        return new KpiPeriodFigure(period, value, kpi.measure(), kpi.bounds().tier(value),
                TierBounds.rounded(value).compareTo(kpi.target()) >= 0, basis);
    }

    /** Each figure summed over the current versions of the organisation's returns in the months; empty if none. */
    private Map<String, Long> returnTotals(long organisationId, ReturnType type, YearMonth from, YearMonth to) {
        Map<String, Long> totals = new HashMap<>();
        jdbc.sql("SELECT f.figure_key, SUM(f.figure_value) AS total FROM provider_return r"
                        + " JOIN provider_return_figure f ON f.return_id = r.id"
                        + " WHERE r.organisation_id = ? AND r.return_type = ? AND r.current_version = TRUE"
                        + " AND r.period_month BETWEEN ? AND ? GROUP BY f.figure_key")
                .params(organisationId, type.name(), from.atDay(1), to.atDay(1))
                .query(rs -> {
                    totals.put(rs.getString("figure_key"), rs.getLong("total"));
                });
        return totals;
    }

    /** The published quality KPI's counted and passing cases, summed over the months published. */
    private Map<String, Long> qualityTotals(long organisationId, YearMonth from, YearMonth to) {
        int months = (int) from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
        long counted = 0;
        long passing = 0;
        boolean any = false;
        for (PublishedKpi published : qualityKpi.trend(organisationId, to, months)) {
            KpiFigure inMonth = published.inMonth();
            counted += inMonth.casesCounted();
            passing += inMonth.casesPassing();
            any = true;
        }
        return any ? Map.of(KpiSource.CASES_COUNTED, counted, KpiSource.CASES_PASSING, passing) : Map.of();
    }

    private static void check(NewContractKpi kpi) {
        if (!CODE.matcher(kpi.code()).matches()) {
            throw new ChangeRefused("code", "A code is 1 to 20 capital letters, digits or hyphens, e.g. ES1.");
        }
        if (kpi.description().isBlank() || kpi.description().length() > ContractKpi.MAX_DESCRIPTION) {
            throw new ChangeRefused("description", "Describe the KPI in up to " + ContractKpi.MAX_DESCRIPTION
                    + " characters.");
        }
        if (kpi.effectiveFrom().getDayOfMonth() != 1) {
            throw new ChangeRefused("effectiveFrom", "A KPI takes effect from the first day of a month.");
        }
        Set<String> keys = kpi.source() == KpiSource.QUALITY_KPI
                ? Set.of(KpiSource.CASES_COUNTED, KpiSource.CASES_PASSING)
                : new java.util.HashSet<>(Objects.requireNonNull(kpi.source().returnType()).figures().stream()
                .map(ReturnFigure::key).toList());
        if (kpi.numeratorKeys().isEmpty() || !keys.containsAll(kpi.numeratorKeys())) {
            throw new ChangeRefused("numeratorKeys", "Choose the figures counted from the " + kpi.source().label()
                    + ": " + String.join(", ", keys.stream().sorted().toList()) + ".");
        }
        if (kpi.measure() == KpiMeasure.PERCENTAGE && (kpi.denominatorKey() == null
                || !keys.contains(kpi.denominatorKey()))) {
            throw new ChangeRefused("denominatorKey", "A percentage needs the figure it is a percentage of.");
        }
        if (kpi.measure() == KpiMeasure.REPORTED && kpi.denominatorKey() != null) {
            throw new ChangeRefused("denominatorKey", "A reported figure is a sum: leave “of” empty.");
        }
        ReturnType type = kpi.source().returnType();
        if (type != null && type.frequency() == Frequency.QUARTERLY && kpi.frequency() == Frequency.MONTHLY) {
            throw new ChangeRefused("frequency", "The " + type.label().toLowerCase(DateFormats.LOCALE) + " return is "
                    + "quarterly, so a KPI from it is quarterly too.");
        }
        if (kpi.target().signum() < 0 || kpi.measure() == KpiMeasure.PERCENTAGE
                && kpi.target().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ChangeRefused("target", "A target is 0 or more, and a percentage at most 100.");
        }
        if (kpi.bounds().goodFrom().compareTo(kpi.target()) > 0) {
            throw new ChangeRefused("goodFrom", "“Good” starts at or below the target: a KPI meeting its target is "
                    + "good.");
        }
    }
}
