package uk.providerportal.kpi;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uk.providerportal.assessment.ReleasedCaseLine;

/**
 * The KPI workbook's own share of the export, without the database: 100,000 case lines written into the streaming
 * workbook and zipped. Run with {@code ./mvnw verify -Pbench -Dit.test=KpiWorkbookBenchmark}.
 */
class KpiWorkbookBenchmark {

    @Test
    void oneHundredThousandCaseLines_withoutTheDatabase() throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        String commentary = "Overall commentary of case NCA-00001. " + "The advice was clear and the record shows why. "
                .repeat(3);
        for (int run = 0; run < 4; run++) {
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            var book = new KpiWorkbook();
            var sheet = book.sheet(KpiWorkbook.CASES, "KPI", "As at", KpiWorkbook.CASE_HEADINGS,
                    new int[] {18, 10, 10, 18, 90});
            Instant released = Instant.parse("2035-03-20T10:00:00Z");
            for (int i = 0; i < 100_000; i++) {
                book.caseLine(sheet.createRow(KpiWorkbook.HEADER_ROW + 1 + i), new ReleasedCaseLine(i,
                        "KBENCH-" + i, new BigDecimal("88.9"), "Pass", released, commentary));
            }
            long rowsDone = System.nanoTime();
            book.write(OutputStream.nullOutputStream());
            System.out.printf(Locale.UK, "[bench] kpi workbook without the database, 100,000 lines (run %d): %,.0f ms"
                    + " (rows %,.0f ms, zip %,.0f ms), CPU %,.0f ms, allocated %,d MB%n", run,
                    (System.nanoTime() - start) / 1e6, (rowsDone - start) / 1e6, (System.nanoTime() - rowsDone) / 1e6,
                    (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6,
                    (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) >> 20);
        }
    }
}
