package uk.providerportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.submission.BulkReport;
import uk.providerportal.submission.CaseFiles;
import uk.providerportal.sla.SlaWorkbooks;
import uk.providerportal.cases.AdviceChannel;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.policy.SubmissionRules;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.submission.CaseFileUpload;
import uk.providerportal.submission.NewCaseSample;
import uk.providerportal.submission.SubmissionResult;
import uk.providerportal.submission.SubmissionService;
import uk.providerportal.triage.QueueFilter;
import uk.providerportal.triage.TriageService;

/**
 * A 100 MB case record through the whole submission path (content check, SHA-256, store, row): throughput and heap
 * growth; and the triage queue's first page over 10,000 cases. Run with {@code ./mvnw verify -Pbench}.
 */
@PortalTest
class SubmissionBenchmark {

    @Autowired SubmissionService submissions;
    @Autowired TriageService triage;
    @Autowired PolicyService policies;
    @Autowired OrganisationService organisations;
    @Autowired DataSource dataSource;
    @Autowired ApplicationContext context;
    @Autowired Fixtures fixtures;
    @Autowired MutableClock clock;
    @Autowired EntityManagerFactory entityManagerFactory;

    /**
     * A 500-row manifest (one small PDF per row) checked and then submitted: seconds and SQL statements of each step
     * (Hibernate statistics: statements prepared, JDBC batches).
     */
    @Test
    void checkAndSubmitA500RowManifest() throws Exception {
        try {
            fixtures.today("2029-03-12");
            Fixtures.Partner partner = fixtures.partner();
            fixtures.agree(partner, YearMonth.of(2029, 3), 600, 150);
            String prefix = "M500-" + System.nanoTime() + "-";
            List<List<Object>> rows = new ArrayList<>();
            rows.add(List.of("Case reference", "Advice channel", "Completed on", "Linked call minutes",
                    "Case record files"));
            List<CaseFileUpload> files = new ArrayList<>();
            for (int i = 1; i <= 500; i++) {
                rows.add(List.of(prefix + i, i % 2 == 0 ? "Telephone" : "Face to face", "2029-03-0" + (1 + i % 9),
                        i % 2 == 0 ? "30, 45" : "", "case-" + i + ".pdf"));
                files.add(CaseFiles.pdf("case-" + i + ".pdf"));
            }
            Path manifest = SlaWorkbooks.poi(rows);
            Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
            statistics.setStatisticsEnabled(true);

            var threads = ManagementFactory.getThreadMXBean();
            statistics.clear();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            BulkReport check = as().call(partner.provider(), () -> submissions.checkManifest(manifest, files, row -> { }));
            double checkSeconds = (System.nanoTime() - start) / 1e9;
            long checkStatements = statistics.getPrepareStatementCount();
            double checkCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            assertThat(check.ok()).as(check.toString()).isTrue();

            statistics.clear();
            cpu = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            BulkReport saved = as().call(partner.provider(), () -> submissions.submitManifest(manifest, "bench.xlsx",
                    files, row -> { }));
            double submitSeconds = (System.nanoTime() - start) / 1e9;
            long submitStatements = statistics.getPrepareStatementCount();
            double submitCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            long submitEntities = statistics.getEntityInsertCount();
            statistics.setStatisticsEnabled(false);
            assertThat(saved.saved()).as(saved.toString()).isTrue();
            assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from case_sample where reference"
                    + " like ?", Long.class, prefix + "%")).isEqualTo(500);
            // The portal's own CPU time, apart from the database's: wall time on a shared machine depends on its load.
            System.out.printf(Locale.UK, "%n[bench] 500-row manifest: checked in %.2f s (%.2f s CPU in the portal, %,d SQL"
                    + " statements prepared); submitted in %.2f s (%.2f s CPU in the portal, %,d SQL statements prepared,"
                    + " %,d entities inserted); load average %.1f on %d cores%n", checkSeconds, checkCpu,
                    checkStatements, submitSeconds, submitCpu, submitStatements, submitEntities,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            clock.reset();
        }
    }

    private SignInAs as() {
        return context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
    }

    @Test
    void submitA100MegabyteCaseRecord() throws Exception {
        var as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        long programme = as.call("alex.reid", () -> organisations.findByCodeForSignIn("NCA").orElseThrow().programmeId());
        as.call("alex.reid", () -> policies.changeSubmissionRules(programme, new SubmissionRules(
                LocalDate.now().withDayOfMonth(1), 180, 1, List.of("application/pdf"), 200, "benchmark"),
                "Benchmark needs case records up to 200 MB this month"));
        long size = 100L * 1024 * 1024;
        Path file = Files.createTempFile("bench-", ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[1024 * 1024];
            new Random(1).nextBytes(block);
            for (long written = 9; written < size; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
        var sample = new NewCaseSample("BENCH-" + System.nanoTime(), AdviceChannel.FACE_TO_FACE, LocalDate.now(), "",
                List.of(new CaseFileUpload("large-call-recording-notes.pdf", file)));

        System.gc();
        long heapBefore = heapUsed();
        resetPeaks();
        long start = System.nanoTime();
        SubmissionResult result = as.call("priya.shah", () -> submissions.submit(sample));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakGrowth = heapPeak() - heapBefore;

        assertThat(result.accepted()).as(result.problems().toString()).isTrue();
        assertThat(result.filed().files().getFirst().sizeBytes()).isEqualTo(size);
        System.out.printf(Locale.UK, "%n[bench] 100 MB case record: submitted in %.2f s (%.0f MB/s: Tika check, SHA-256,"
                        + " copy into the store, row); peak heap growth %.1f MB (max heap %d MB)%n", seconds,
                100 / seconds, peakGrowth / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        Files.deleteIfExists(file);
    }

    @Test
    void firstPageOfATenThousandCaseQueue() throws Exception {
        var jdbc = new JdbcTemplate(dataSource);
        List<Long> organisationIds = jdbc.queryForList("select id from organisation", Long.class);
        YearMonth round = YearMonth.of(2031, 1);
        var random = new Random(7);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int week = 1 + random.nextInt(4);
            Instant submitted = round.atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    .plusSeconds(random.nextInt(27 * 24 * 3600));
            rows.add(new Object[] {organisationIds.get(i % organisationIds.size()), "QBENCH-" + i,
                    Timestamp.from(submitted), Date.valueOf(round.atDay(1)), week,
                    Date.valueOf(round.atDay(7 * week)), random.nextInt(5) == 0});
        }
        long insertStart = System.nanoTime();
        jdbc.batchUpdate("insert into case_sample (version, created_at, updated_at, organisation_id, reference, channel,"
                + " completed_on, total_call_minutes, submitted_at, submitted_on, submitted_by, submission_month,"
                + " folder_month, sample_week, week_ends_on, late, status, assessment_month) values (0, now(), now(),"
                + " ?, ?, 'EMAIL', '2031-01-02', 0, ?, '2031-01-02', 'benchmark', '2031-01-01', ?, ?, ?, ?,"
                + " 'RECEIVED', '2031-01-01')", rows);
        double insertSeconds = (System.nanoTime() - insertStart) / 1e9;

        var as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        var helen = as.signIn("helen.carter");
        List<Double> times = new ArrayList<>();
        List<CaseSummary> page = List.of();
        long total = 0;
        for (int run = 0; run < 6; run++) {
            long start = System.nanoTime();
            page = as.callAs(helen, () -> triage.queue(QueueFilter.round(round), PageRequest.of(0, 50)));
            total = as.callAs(helen, () -> triage.count(QueueFilter.round(round)));
            times.add((System.nanoTime() - start) / 1e6);
        }
        assertThat(total).isEqualTo(10_000);
        assertThat(page).hasSize(50).noneMatch(CaseSummary::late);
        List<Double> warm = times.subList(1, times.size()).stream().sorted().toList();
        System.out.printf(Locale.UK, "%n[bench] triage queue, 10,000 cases (inserted in %.1f s): first page of 50 plus "
                + "count in %.0f ms cold, %.0f ms warm (median of 5)%n", insertSeconds, times.getFirst(),
                warm.get(warm.size() / 2));
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the pools' peaks: an upper bound of the heap used at any moment since the reset. */
    private static long heapPeak() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
