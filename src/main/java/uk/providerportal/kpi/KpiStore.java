package uk.providerportal.kpi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import uk.providerportal.policy.KpiPolicy;

/**
 * The KPI's SQL: the counted cases of a month, set-based over the released scorecards and their standing outcomes
 * (recorded on each scorecard), and the published versions and their period figures. It reads the assessment table
 * and never writes it.
 */
@Component
class KpiStore {

    /**
     * Per organisation of the programme: cases of the month's round released by the cut-off that have a score, those
     * scoring at or above the pass mark, the sum of their scores and their unmet standards with actual detriment. Each
     * scorecard records its standing outcome's score and counts (amended, else moderated, else the assessor's) on
     * release and on every amendment, so this reads one covering index, not every standard's outcome.
     */
    private static final String COUNTS = """
            SELECT a.organisation_id, COUNT(*) AS counted,
                   SUM(CASE WHEN a.standing_score >= :passMark THEN 1 ELSE 0 END) AS passing,
                   SUM(a.standing_score) AS score_total, SUM(a.standing_detriment) AS detriment
            FROM assessment a
            WHERE a.programme_id = :programme AND a.round_month = :month AND a.released_at <= :cutOff
              AND a.standing_score IS NOT NULL %s
            GROUP BY a.organisation_id""";

    private static final String CURRENT = """
            p.kpi_version = (SELECT MAX(q.kpi_version) FROM kpi_publication q
                             WHERE q.organisation_id = p.organisation_id AND q.round_month = p.round_month)""";

    private static final String VERSION_COLUMNS = """
            p.id, p.organisation_id, o.code AS organisation_code, o.name AS organisation_name,
            g.name AS programme_name, p.round_month, p.kpi_version, p.published_at, p.published_by, p.reason,
            p.changes, p.policy_from, p.kpi_target, p.case_pass_mark, p.good_from, p.near_target_from,
            p.needs_improvement_from,
            (SELECT f.published_at FROM kpi_publication f WHERE f.organisation_id = p.organisation_id
               AND f.round_month = p.round_month AND f.kpi_version = 1) AS first_published_at
            FROM kpi_publication p JOIN organisation o ON o.id = p.organisation_id
            JOIN programme g ON g.id = p.programme_id""";

    private final JdbcClient jdbc;

    KpiStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ActiveOrganisation(long id, long programmeId, String name) {
    }

    record MonthPublication(YearMonth month, Instant publishedAt, Instant cutOff, String publishedBy, String how) {
    }

    /** A stored version with its policy and figures. */
    record StoredVersion(long id, PublishedKpi kpi, @Nullable String reason, String changes) {
    }

    List<ActiveOrganisation> activeOrganisations() {
        return jdbc.sql("SELECT id, programme_id, name FROM organisation WHERE active = TRUE ORDER BY name, id")
                .query((rs, n) -> new ActiveOrganisation(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    long programmeOf(long organisationId) {
        return jdbc.sql("SELECT programme_id FROM organisation WHERE id = ?").param(organisationId)
                .query(Long.class).single();
    }

    /** Whether any case of the month's round has been released by {@code at}. */
    boolean anyReleased(YearMonth month, Instant at) {
        return jdbc.sql("SELECT COUNT(*) FROM assessment WHERE round_month = ? AND released_at <= ?")
                .params(month.atDay(1), utc(at)).query(Long.class).single() > 0;
    }

    Map<Long, MonthCounts> counts(long programmeId, YearMonth month, Instant cutOff, BigDecimal passMark,
                                  @Nullable Long organisationId) {
        String sql = COUNTS.formatted(organisationId == null ? "" : "AND a.organisation_id = :organisation");
        var spec = jdbc.sql(sql).param("passMark", passMark).param("programme", programmeId)
                .param("month", month.atDay(1)).param("cutOff", utc(cutOff));
        if (organisationId != null) {
            spec = spec.param("organisation", organisationId);
        }
        Map<Long, MonthCounts> counts = new HashMap<>();
        spec.query(rs -> {
            counts.put(rs.getLong("organisation_id"), new MonthCounts(rs.getInt("counted"), rs.getInt("passing"),
                    rs.getBigDecimal("score_total"), rs.getInt("detriment")));
        });
        return counts;
    }

    /** The current versions' in-month counts of the organisations' months before {@code month}. */
    Map<Long, Map<YearMonth, MonthCounts>> earlierCounts(Collection<Long> organisationIds, YearMonth month) {
        Map<Long, Map<YearMonth, MonthCounts>> earlier = new HashMap<>();
        if (organisationIds.isEmpty()) {
            return earlier;
        }
        jdbc.sql("""
                        SELECT p.organisation_id, p.round_month, f.cases_counted, f.cases_passing, f.score_total,
                               f.actual_detriment
                        FROM kpi_publication p JOIN kpi_figure f ON f.publication_id = p.id AND f.period = 'IN_MONTH'
                        WHERE p.organisation_id IN (:organisations) AND p.round_month < :month""" + " AND " + CURRENT)
                .param("organisations", organisationIds).param("month", month.atDay(1))
                .query(rs -> {
                    earlier.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .put(YearMonth.from(rs.getObject(2, LocalDate.class)), new MonthCounts(rs.getInt(3),
                                    rs.getInt(4), rs.getBigDecimal(5), rs.getInt(6)));
                });
        return earlier;
    }

    /** Records the month's first publication; throws DuplicateKeyException when it already was. */
    void insertMonth(YearMonth month, Instant at, Instant cutOff, String by, String how) {
        jdbc.sql("INSERT INTO kpi_month_publication (round_month, published_at, cut_off, published_by, how)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(month.atDay(1), utc(at), utc(cutOff), by, how).update();
    }

    Optional<MonthPublication> month(YearMonth month) {
        return jdbc.sql("SELECT published_at, cut_off, published_by, how FROM kpi_month_publication"
                        + " WHERE round_month = ?").param(month.atDay(1))
                .query((rs, n) -> new MonthPublication(month, instant(rs, 1), instant(rs, 2), rs.getString(3),
                        rs.getString(4))).optional();
    }

    List<YearMonth> publishedMonthsSince(YearMonth from) {
        return jdbc.sql("SELECT round_month FROM kpi_month_publication WHERE round_month >= ?").param(from.atDay(1))
                .query((rs, n) -> YearMonth.from(rs.getObject(1, LocalDate.class))).list();
    }

    long insertVersion(long organisationId, long programmeId, YearMonth month, int version, Instant at, String by,
                       @Nullable String reason, String changes, KpiPolicy policy, List<KpiFigure> figures) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO kpi_publication (organisation_id, programme_id, round_month, kpi_version,
                            published_at, published_by, reason, changes, policy_from, kpi_target, case_pass_mark,
                            good_from, near_target_from, needs_improvement_from)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, programmeId, month.atDay(1), version, utc(at), by, reason, changes,
                        policy.effectiveFrom(), policy.kpiTarget(), policy.casePassMark(), policy.goodFrom(),
                        policy.nearTargetFrom(), policy.needsImprovementFrom())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (KpiFigure figure : figures) {
            jdbc.sql("""
                            INSERT INTO kpi_figure (publication_id, period, cases_counted, cases_passing, score_total,
                                actual_detriment, kpi_percent, average_score, target_met, tier)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, figure.period().name(), figure.casesCounted(), figure.casesPassing(),
                            figure.scoreTotal(), figure.actualDetriment(), figure.kpiPercent(), figure.averageScore(),
                            figure.targetMet(), figure.tier() == null ? null : figure.tier().name())
                    .update();
        }
        return id;
    }

    /** The current versions matching the condition (on p = kpi_publication, o = organisation), by name then month. */
    List<PublishedKpi> current(String where, Map<String, ?> params) {
        return versions(where + " AND " + CURRENT, params, "o.name, o.id, p.round_month").stream()
                .map(StoredVersion::kpi).toList();
    }

    /** Every version of one organisation's month, first publication first. */
    List<StoredVersion> allVersions(long organisationId, YearMonth month) {
        return versions("p.organisation_id = :organisation AND p.round_month = :month",
                Map.of("organisation", organisationId, "month", month.atDay(1)), "p.kpi_version");
    }

    private List<StoredVersion> versions(String where, Map<String, ?> params, String order) {
        Map<Long, StoredVersion> byId = new LinkedHashMap<>();
        List<StoredVersion> found = jdbc.sql("SELECT " + VERSION_COLUMNS + " WHERE " + where + " ORDER BY " + order)
                .params(params).query((rs, n) -> version(rs)).list();
        found.forEach(v -> byId.put(v.id(), v));
        if (byId.isEmpty()) {
            return List.of();
        }
        Map<Long, List<KpiFigure>> figures = new HashMap<>();
        jdbc.sql("""
                        SELECT f.publication_id, f.period, f.cases_counted, f.cases_passing, f.score_total,
                               f.actual_detriment, f.kpi_percent, f.average_score, f.target_met, f.tier, p.kpi_target
                        FROM kpi_figure f JOIN kpi_publication p ON p.id = f.publication_id
                        WHERE f.publication_id IN (:ids)""")
                .param("ids", byId.keySet())
                .query(rs -> {
                    String tier = rs.getString(10);
                    figures.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new KpiFigure(
                            KpiPeriod.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5),
                            rs.getInt(6), rs.getBigDecimal(11), rs.getBigDecimal(7), rs.getBigDecimal(8),
                            rs.getBoolean(9), tier == null ? null : KpiPolicy.Tier.valueOf(tier)));
                });
        List<StoredVersion> result = new ArrayList<>();
        for (StoredVersion v : byId.values()) {
            List<KpiFigure> own = new ArrayList<>(figures.getOrDefault(v.id(), List.of()));
            own.sort(java.util.Comparator.comparing(KpiFigure::period));
            PublishedKpi k = v.kpi();
            result.add(new StoredVersion(v.id(), new PublishedKpi(k.organisationId(), k.organisationCode(),
                    k.organisationName(), k.programmeName(), k.month(), k.version(), k.firstPublishedAt(),
                    k.publishedAt(), k.publishedBy(), k.policy(), List.copyOf(own)), v.reason(), v.changes()));
        }
        return result;
    }

    private static StoredVersion version(ResultSet rs) throws SQLException {
        KpiPolicy policy = new KpiPolicy(rs.getObject("policy_from", LocalDate.class), rs.getBigDecimal("kpi_target"),
                rs.getBigDecimal("case_pass_mark"), KpiPolicy.KpiMethod.SHARE_OF_CASES_AT_PASS_MARK,
                rs.getBigDecimal("good_from"), rs.getBigDecimal("near_target_from"),
                rs.getBigDecimal("needs_improvement_from"), "");
        Instant first = rs.getObject("first_published_at") == null ? instant(rs, "published_at")
                : instant(rs, "first_published_at");
        PublishedKpi kpi = new PublishedKpi(rs.getLong("organisation_id"), rs.getString("organisation_code"),
                rs.getString("organisation_name"), rs.getString("programme_name"),
                YearMonth.from(rs.getObject("round_month", LocalDate.class)), rs.getInt("kpi_version"), first,
                instant(rs, "published_at"), rs.getString("published_by"), policy, List.of());
        return new StoredVersion(rs.getLong("id"), kpi, rs.getString("reason"), rs.getString("changes"));
    }

    /** Instants are stored as UTC wall-clock time, as Hibernate stores them (hibernate.jdbc.time_zone=UTC). */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
