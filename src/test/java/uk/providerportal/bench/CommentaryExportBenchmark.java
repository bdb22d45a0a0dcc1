package uk.providerportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.PortalTest;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.signin.SignInAs;

/**
 * Issue 11's third measurement: the month's commentary workbook for 2,000 released cases of one delivery partner,
 * each scored against 40 standards (80,000 outcomes, about one in ten not met with a note, one case in ten moderated).
 * Prints, per run, the time, the bytes the exporting thread allocated (com.sun.management.ThreadMXBean), the heap in
 * use after full collections before and after, and the highest heap in use seen while it ran (sampled every 5 ms,
 * garbage not yet collected included). Run with {@code ./mvnw verify -Pbench -Dit.test=CommentaryExportBenchmark}.
 */
@PortalTest
@Import(SignInAs.class)
class CommentaryExportBenchmark {

    static final int CASES = 2_000;
    static final int STANDARDS = 40;
    static final YearMonth MONTH = YearMonth.of(2034, 3);

    @Autowired JdbcTemplate jdbc;
    @Autowired SignInAs signInAs;
    @Autowired ModerationService moderation;

    @Test
    void theMonthsCommentaryOfTwoThousandCasesWithFortyStandardsEach() throws Exception {
        long organisationId = BenchSeed.organisationId(jdbc, "NCA");
        long seedStart = System.nanoTime();
        int unmet = seed(organisationId);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        System.out.printf(Locale.UK, "%n[bench] commentary export: seeded %,d released cases x %d standards (%,d not"
                + " met) in %.1f s%n", CASES, STANDARDS, unmet, seedSeconds);

        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var memory = ManagementFactory.getMemoryMXBean();
        for (int run = 0; run < 4; run++) {
            long retainedBefore = BenchSeed.retainedHeap();
            var peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
            var sampling = new AtomicBoolean(true);
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (sampling.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            // The first run's workbook goes to a file, to be opened and checked after the figures are taken.
            Path file = Files.createTempFile("commentary-bench-", ".xlsx");
            var out = new Counting(run == 0 ? Files.newOutputStream(file) : OutputStream.nullOutputStream());
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            int written;
            try (out) {
                written = signInAs.call("priya.shah", () -> moderation.exportCommentary(organisationId, MONTH, out));
            }
            double millis = (System.nanoTime() - start) / 1e6;
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            sampling.set(false);
            sampler.join();
            long retainedAfter = BenchSeed.retainedHeap();

            assertThat(written).isEqualTo(CASES);
            if (run == 0) {
                try (var workbook = new XSSFWorkbook(file.toFile())) {
                    assertThat(workbook.getSheet("Cases").getLastRowNum()).isEqualTo(2 + CASES);
                    assertThat(workbook.getSheet("Unmet standards").getLastRowNum()).isEqualTo(2 + unmet);
                }
            }
            Files.delete(file);
            System.out.printf(Locale.UK, "[bench] commentary export, %,d cases (%s): %,.0f ms, workbook %,d KB;"
                    + " allocated %,d MB by the exporting thread; heap after full GC %,d MB before, %,d MB after"
                    + " (%+,d KB); highest heap in use while exporting %,d MB (%+,d MB over the heap before, garbage"
                    + " included)%n", CASES, run == 0 ? "cold" : "warm " + run, millis, out.count / 1024,
                    allocated >> 20, retainedBefore >> 20, retainedAfter >> 20, (retainedAfter - retainedBefore) >> 10,
                    peak.get() >> 20, (peak.get() - retainedBefore) >> 20);
        }
        // Once more, collecting every 100 ms while it runs: the heap still in use after each collection is what the
        // export really holds (its live set), without the garbage that the highest figure above includes.
        long retainedBefore = BenchSeed.retainedHeap();
        long highest = BenchSeed.highestLiveHeapWhile(() -> {
            try (var out = OutputStream.nullOutputStream()) {
                return signInAs.call("priya.shah", () -> moderation.exportCommentary(organisationId, MONTH, out));
            }
        });
        System.out.printf(Locale.UK, "[bench] commentary export, %,d cases, collecting every 100 ms: highest heap in use"
                + " after a collection %,d MB (%+,d KB over the heap before)%n", CASES, highest >> 20,
                (highest - retainedBefore) >> 10);
        System.out.printf(Locale.UK, "[bench] heap limit %,d MB, %d processors, load average %.2f%n",
                memory.getHeapMemoryUsage().getMax() >> 20, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The released cases, their scorecards and 40 outcomes each, straight through JDBC; returns how many not met. */
    private int seed(long organisationId) {
        long assessorId = BenchSeed.userId(jdbc, "sam.patel");
        long programmeId = jdbc.queryForObject("select programme_id from organisation where id = ?", Long.class,
                organisationId);
        BenchSeed.standards(jdbc, programmeId, STANDARDS);
        BenchSeed.cases(jdbc, organisationId, "CBENCH", CASES, MONTH, "RELEASED", assessorId, "Sam Patel");
        jdbc.update("insert into assessment (version, created_at, updated_at, case_sample_id, organisation_id,"
                + " programme_id, assessor_id, assessor_name, status, assessed_on, commentary, started_at, saved_at,"
                + " saved_by, submitted_at, met, not_met, not_applicable, standards, pass_mark, round_month, picked,"
                + " released_at) select 0, now(), now(), c.id, c.organisation_id, ?, ?, 'Sam Patel', 'SUBMITTED', ?,"
                + " concat('Overall commentary of case ', c.reference, '. ', repeat('The advice was clear and the"
                + " record shows why each option was chosen. ', 8)), now(), now(), 'Sam Patel', now(), 0, 0, 0, ?, 85,"
                + " ?, false, now() from case_sample c where c.organisation_id = ? and c.reference like 'CBENCH-%'",
                programmeId, assessorId, Date.valueOf(MONTH.atDay(10)), STANDARDS, Date.valueOf(MONTH.atDay(1)),
                organisationId);
        List<Long> versions = jdbc.queryForList("select max(id) from standard_version where programme_id = ?"
                + " group by code order by code", Long.class, programmeId).subList(0, STANDARDS);
        List<Long> scorecards = jdbc.queryForList("select a.id from assessment a join case_sample c on"
                + " c.id = a.case_sample_id where c.organisation_id = ? and c.reference like 'CBENCH-%' order by a.id",
                Long.class, organisationId);
        List<Object[]> rows = new ArrayList<>();
        int unmet = 0;
        for (int i = 0; i < scorecards.size(); i++) {
            for (int j = 0; j < STANDARDS; j++) {
                boolean moderated = i % 10 == 0 && j == 1;
                String outcome = j % 13 == 12 ? "NOT_APPLICABLE" : (i + j) % 10 == 0 ? "NOT_MET" : "MET";
                boolean notMet = outcome.equals("NOT_MET");
                if (notMet || moderated) {
                    unmet++;
                }
                rows.add(new Object[] {scorecards.get(i), j, versions.get(j), outcome,
                        notMet ? "POTENTIAL_DETRIMENT" : null,
                        notMet ? "The record does not show that standard " + j + " was covered; the call recording"
                                + " suggests it was discussed only briefly." : null,
                        moderated ? "NOT_MET" : null, moderated ? "ACTUAL_DETRIMENT" : null,
                        moderated ? "The customer was not told about the risks of the plan." : null,
                        moderated ? "Internal: the assessor missed the call recording." : null});
            }
        }
        jdbc.batchUpdate("insert into assessment_outcome (assessment_id, position, standard_version_id, outcome,"
                + " impact, note, moderated_outcome, moderated_impact, moderated_note, moderation_reason) values"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return unmet;
    }

    /** Counts what the export writes on its way through. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream target) {
            super(target);
        }

        @Override
        public void write(int b) throws IOException {
            count++;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            out.write(b, off, len);
        }
    }
}
