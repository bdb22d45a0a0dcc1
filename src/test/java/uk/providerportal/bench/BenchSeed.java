package uk.providerportal.bench;

import java.lang.management.ManagementFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the benchmarks put straight into the database (many thousands of rows through JDBC batches, not through the
 * services, which would take minutes), and how they read the heap.
 */
final class BenchSeed {

    private BenchSeed() {
    }

    /** The portal user id of a demo person. */
    static long userId(JdbcTemplate jdbc, String subject) {
        return jdbc.queryForObject("select u.id from portal_user u join portal_user_identity i on i.user_id = u.id"
                + " where i.subject = ?", Long.class, subject);
    }

    static long organisationId(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
    }

    /**
     * Cases of one organisation filed in one month and in that assessment round, "PREFIX-00000" onwards, a minute
     * apart; assigned to the assessor when one is given.
     */
    static void cases(JdbcTemplate jdbc, long organisationId, String prefix, int count, YearMonth month,
                      String status, @Nullable Long assessorId, @Nullable String assessorName) {
        Instant monthStart = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Date first = Date.valueOf(month.atDay(1));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {organisationId, String.format(Locale.ROOT, "%s-%05d", prefix, i), first,
                    Timestamp.from(monthStart.plusSeconds(i * 60L)), first, first, first,
                    Date.valueOf(month.atDay(5)), status, first, assessorId, assessorName,
                    assessorId == null ? null : Timestamp.from(monthStart)});
        }
        jdbc.batchUpdate("insert into case_sample (version, created_at, updated_at, organisation_id, reference,"
                + " channel, completed_on, total_call_minutes, submitted_at, submitted_on, submitted_by,"
                + " submission_month, folder_month, sample_week, week_ends_on, late, status, assessment_month,"
                + " assessor_id, assessor_name, assigned_at) values (0, now(), now(), ?, ?, 'EMAIL', ?, 0, ?, ?,"
                + " 'benchmark', ?, ?, 1, ?, false, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * Tops the programme's catalogue up to this many standards with the benchmark's own, in force from 2020 (the
     * demo catalogue has a few); every other one carries customer impact.
     */
    static void standards(JdbcTemplate jdbc, long programmeId, int standards) {
        int present = jdbc.queryForObject("select count(distinct code) from standard_version where programme_id = ?",
                Integer.class, programmeId);
        for (int i = present; i < standards; i++) {
            jdbc.update("insert into standard_version (version, created_at, updated_at, programme_id, code,"
                    + " effective_from, title, description, category, customer_impact, retired, changed_by) values"
                    + " (0, now(), now(), ?, ?, ?, ?, ?, 'Benchmark', ?, false, 'benchmark')", programmeId,
                    String.format(Locale.ROOT, "Z%02d", i), Date.valueOf(LocalDate.of(2020, 1, 1)),
                    "Benchmark standard " + i, "A standard added by the benchmark to make " + standards + ".",
                    i % 2 == 0);
        }
    }

    /**
     * Runs the work while collecting every 100 ms and returns the highest heap in use after a collection: what the
     * work really holds (its live set), without the garbage a plain peak would include.
     */
    static long highestLiveHeapWhile(java.util.concurrent.Callable<?> work) throws Exception {
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        var live = new java.util.concurrent.atomic.AtomicLong(memory.getHeapMemoryUsage().getUsed());
        var sampling = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread collector = Thread.ofPlatform().daemon().start(() -> {
            while (sampling.get()) {
                System.gc();
                live.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            work.call();
        } finally {
            sampling.set(false);
            collector.join();
        }
        return live.get();
    }

    /** Heap in use after full collections, once it stops shrinking. */
    static long retainedHeap() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(200);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used - 64 * 1024 && i >= 3) {
                return Math.min(now, used);
            }
            used = Math.min(used, now);
        }
        return used;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
