package uk.providerportal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.PortalTest;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.policy.KpiPolicy;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.signin.SignInAs;

/**
 * Issue 12's KPI measurement: 200 organisations x 12 months x 60 released cases x 30 standards (144,000 scorecards,
 * 4.32 million outcomes), seeded in SQL with MariaDB's sequence tables, each scorecard's standing counts recorded as
 * on release. Prints the set-based computation of all twelve months, the full publication of the twelve months (computation, periods and stored versions), and a naive
 * per-entity loop (one query per scorecard, outcomes scored in Java) over one month, with the ratio. Run with
 * {@code ./mvnw verify -Pbench -Dit.test=KpiBenchmark}.
 */
@PortalTest
class KpiBenchmark {

    static final int ORGANISATIONS = 200;
    static final int MONTHS = 12;
    static final int CASES = 60;
    static final int STANDARDS = 30;
    static final YearMonth FIRST = YearMonth.of(2019, 1);

    @Autowired JdbcTemplate jdbc;
    @Autowired SignInAs signInAs;
    @Autowired KpiStore store;
    @Autowired KpiService kpis;
    @Autowired PolicyService policies;
    @Autowired OrganisationService organisations;

    @Test
    void recomputingTwelveMonthsForTwoHundredOrganisations() throws Exception {
        long programme = seed();
        BigDecimal passMark = new BigDecimal("85");
        Instant cutOff = Instant.now();

        List<Double> setBased = new ArrayList<>();
        Map<YearMonth, Map<Long, MonthCounts>> computed = new HashMap<>();
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            for (int m = 0; m < MONTHS; m++) {
                YearMonth month = FIRST.plusMonths(m);
                computed.put(month, store.counts(programme, month, cutOff, passMark, null));
            }
            setBased.add((System.nanoTime() - start) / 1e6);
        }
        assertThat(computed.get(FIRST)).hasSize(ORGANISATIONS);
        assertThat(computed.get(FIRST).values()).allSatisfy(c -> assertThat(c.counted()).isEqualTo(CASES));

        long naiveStart = System.nanoTime();
        Map<Long, MonthCounts> naive = naiveMonth(programme, FIRST, passMark);
        double naiveMs = (System.nanoTime() - naiveStart) / 1e6;
        assertThat(naive).isEqualTo(computed.get(FIRST));
        double oneMonthSetBased = setBased.subList(1, 4).stream().mapToDouble(Double::doubleValue).min()
                .orElseThrow() / MONTHS;

        long publishStart = System.nanoTime();
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = FIRST.plusMonths(m);
            signInAs.call("helen.carter", () -> kpis.publish(month));
        }
        double publishMs = (System.nanoTime() - publishStart) / 1e6;
        int versions = jdbc.queryForObject("select count(*) from kpi_publication p join organisation o on"
                + " o.id = p.organisation_id where o.code like 'KB%'", Integer.class);
        assertThat(versions).isEqualTo(ORGANISATIONS * MONTHS);

        System.out.printf(Locale.UK, "%n[bench] KPI, %d organisations x %d months x %d cases x %d standards (%,d "
                        + "outcomes): set-based computation of all %d months %.0f ms cold, %.0f ms warm (best of 3)%n",
                ORGANISATIONS, MONTHS, CASES, STANDARDS, (long) ORGANISATIONS * MONTHS * CASES * STANDARDS, MONTHS,
                setBased.getFirst(), setBased.subList(1, 4).stream().mapToDouble(Double::doubleValue).min()
                        .orElseThrow());
        System.out.printf(Locale.UK, "[bench] KPI, one month of %d organisations: naive per-scorecard loop %.0f ms "
                        + "against set-based %.0f ms: %.0f times slower%n", ORGANISATIONS, naiveMs, oneMonthSetBased,
                naiveMs / oneMonthSetBased);
        System.out.printf(Locale.UK, "[bench] KPI, publishing the %d months (computation, four periods, %,d versions "
                + "stored with their figures, audit): %.0f ms in all, %.0f ms a month%n", MONTHS, versions,
                publishMs, publishMs / MONTHS);
    }

    /** The naive loop: every released scorecard of the month, then its outcomes one query each, scored in Java. */
    private Map<Long, MonthCounts> naiveMonth(long programme, YearMonth month, BigDecimal passMark) {
        Map<Long, MonthCounts> counts = new HashMap<>();
        List<Map<String, Object>> scorecards = jdbc.queryForList("select id, organisation_id from assessment"
                + " where programme_id = ? and round_month = ? and released_at is not null", programme,
                Date.valueOf(month.atDay(1)));
        for (Map<String, Object> scorecard : scorecards) {
            int met = 0;
            int notMet = 0;
            int detriment = 0;
            for (Map<String, Object> o : jdbc.queryForList("select outcome, impact, moderated_outcome,"
                    + " moderated_impact, amended_outcome, amended_impact from assessment_outcome where"
                    + " assessment_id = ?", scorecard.get("id"))) {
                boolean amended = o.get("amended_outcome") != null;
                boolean moderated = o.get("moderated_outcome") != null;
                Object outcome = amended ? o.get("amended_outcome") : moderated ? o.get("moderated_outcome")
                        : o.get("outcome");
                Object impact = amended ? o.get("amended_impact") : moderated ? o.get("moderated_impact")
                        : o.get("impact");
                if ("MET".equals(outcome)) {
                    met++;
                } else if ("NOT_MET".equals(outcome)) {
                    notMet++;
                    if ("ACTUAL_DETRIMENT".equals(impact)) {
                        detriment++;
                    }
                }
            }
            if (met + notMet == 0) {
                continue;
            }
            BigDecimal score = BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(met + notMet), 1,
                    java.math.RoundingMode.HALF_UP);
            long organisation = ((Number) scorecard.get("organisation_id")).longValue();
            counts.merge(organisation, new MonthCounts(1, score.compareTo(passMark) >= 0 ? 1 : 0, score, detriment),
                    MonthCounts::plus);
        }
        return counts;
    }

    /** The benchmark's programme, partners, released scorecards and outcomes, generated in SQL. */
    private long seed() throws Exception {
        long started = System.nanoTime();
        long programme = signInAs.call("alex.reid", () -> organisations.ensureProgramme("KPIBENCH",
                "KPI benchmark"));
        signInAs.call("alex.reid", () -> policies.changeKpiPolicy(programme, new KpiPolicy(FIRST.atDay(1),
                new BigDecimal("80"), new BigDecimal("85"), KpiPolicy.KpiMethod.SHARE_OF_CASES_AT_PASS_MARK,
                new BigDecimal("80"), new BigDecimal("75"), new BigDecimal("65"), "benchmark"), "Benchmark history"));
        long assessor = jdbc.queryForObject("select user_id from portal_user_identity where subject = 'sam.patel'",
                Long.class);
        long standard = jdbc.queryForObject("select min(id) from standard_version", Long.class);
        Date first = Date.valueOf(FIRST.atDay(1));
        jdbc.update("insert into organisation (version, created_at, updated_at, code, name, nation, programme_id,"
                + " active) select 0, now(), now(), concat('KB', seq), concat('KPI bench partner ', seq),"
                + " 'ENGLAND_AND_WALES', ?, true from seq_1_to_" + ORGANISATIONS, programme);
        jdbc.update("insert into case_sample (version, created_at, updated_at, organisation_id, reference, channel,"
                + " completed_on, total_call_minutes, submitted_at, submitted_on, submitted_by, submission_month,"
                + " folder_month, sample_week, week_ends_on, late, status, assessment_month)"
                + " select 0, now(), now(), o.id, concat('KB-', m.seq, '-', c.seq), 'EMAIL',"
                + " date_add(?, interval m.seq - 1 month), 0, now(), date_add(?, interval m.seq - 1 month),"
                + " 'benchmark', date_add(?, interval m.seq - 1 month), date_add(?, interval m.seq - 1 month), 1,"
                + " date_add(date_add(?, interval m.seq - 1 month), interval 6 day), false, 'RELEASED',"
                + " date_add(?, interval m.seq - 1 month)"
                + " from organisation o cross join seq_1_to_" + MONTHS + " m cross join seq_1_to_" + CASES + " c"
                + " where o.programme_id = ?", first, first, first, first, first, first, programme);
        jdbc.update("insert into assessment (version, created_at, updated_at, case_sample_id, organisation_id,"
                + " programme_id, assessor_id, assessor_name, status, assessed_on, commentary, started_at, saved_at,"
                + " saved_by, submitted_at, met, not_met, not_applicable, standards, pass_mark, round_month, picked,"
                + " released_at) select 0, now(), now(), c.id, c.organisation_id, ?, ?, 'Sam Patel', 'SUBMITTED',"
                + " c.assessment_month, 'Benchmark commentary', now(), now(), 'benchmark', now(), 0, 0, 0, ?, 85,"
                + " c.assessment_month, false, date_add(c.assessment_month, interval 20 day)"
                + " from case_sample c join organisation o on o.id = c.organisation_id where o.programme_id = ?",
                programme, assessor, STANDARDS, programme);
        jdbc.update("insert into assessment_outcome (assessment_id, position, standard_version_id, outcome, impact)"
                + " select a.id, s.seq, ?, case when (a.id * 7 + s.seq) % 11 = 0 then 'NOT_MET'"
                + " when (a.id + s.seq) % 13 = 0 then 'NOT_APPLICABLE' else 'MET' end,"
                + " case when (a.id * 7 + s.seq) % 11 = 0 and s.seq % 3 = 0 then 'ACTUAL_DETRIMENT' end"
                + " from assessment a cross join seq_1_to_" + STANDARDS + " s where a.programme_id = ?",
                standard, programme);
        // a moderator's and an amender's outcome on some standards, so the standing outcome is worked out
        jdbc.update("update assessment_outcome o join assessment a on a.id = o.assessment_id set"
                + " o.moderated_outcome = 'MET' where a.programme_id = ? and o.outcome = 'NOT_MET' and a.id % 5 = 0",
                programme);
        jdbc.update("update assessment_outcome o join assessment a on a.id = o.assessment_id set"
                + " o.amended_outcome = 'NOT_MET', o.amended_impact = 'ACTUAL_DETRIMENT' where a.programme_id = ?"
                + " and o.position = 1 and a.id % 17 = 0", programme);
        // what each scorecard records on release: the backfill of V22, limited to the benchmark's programme
        String migration = new String(getClass().getResourceAsStream(
                "/db/migration/V22__standing_outcome_counts.sql").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String standing = migration.substring(migration.indexOf("UPDATE assessment a"),
                migration.indexOf("WHERE a.released_at IS NOT NULL;"));
        jdbc.update(standing + " WHERE a.released_at IS NOT NULL AND a.programme_id = ?", programme);
        System.out.printf(Locale.UK, "%n[bench] KPI seed: %,d outcomes generated in %.0f s%n",
                jdbc.queryForObject("select count(*) from assessment_outcome o join assessment a on"
                        + " a.id = o.assessment_id where a.programme_id = ?", Long.class, programme),
                (System.nanoTime() - started) / 1e9);
        return programme;
    }
}
