package uk.providerportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.providerportal.PortalTest;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationDetails;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.sla.SlaImportReport;
import uk.providerportal.sla.SlaService;
import uk.providerportal.sla.SlaWorkbooks;

/**
 * Throughput and heap growth of the SLA import for a 10,000-row spreadsheet (400 organisations x 25 months).
 * Run with {@code ./mvnw verify -Pbench}; prints its figures rather than asserting on time.
 */
@PortalTest
class SlaImportBenchmark {

    static final int ORGANISATIONS = 400;
    static final int MONTHS = 25;

    @Autowired OrganisationService organisations;
    @Autowired SlaService sla;
    @Autowired ApplicationContext context;

    @Test
    void import10000Rows() throws Exception {
        var as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        long programme = as.call("alex.reid", () -> organisations.programmes().getFirst().id());
        List<String> codes = new ArrayList<>();
        as.call("alex.reid", () -> {
            for (int i = 0; i < ORGANISATIONS; i++) {
                String code = "B" + i;
                codes.add(code);
                if (organisations.findByCodeForSignIn(code).isEmpty()) {
                    organisations.saveOrganisation(OrganisationDetails.create(code, "Benchmark partner " + i,
                            Nation.values()[i % 3], programme, true));
                }
            }
            return null;
        });
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Organisation code", "Organisation name", "Month", "Monthly volume", "Weekly sample"));
        YearMonth first = YearMonth.now().minusMonths(12);
        for (int m = 0; m < MONTHS; m++) {
            for (String code : codes) {
                rows.add(List.of(code, "", first.plusMonths(m).toString(), 20 + m, 5));
            }
        }
        Path file = SlaWorkbooks.poi(rows);
        int dataRows = rows.size() - 1;

        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long[] peak = {heapBefore};
        long validateStart = System.nanoTime();
        SlaImportReport checked = as.call("alex.reid", () -> sla.validate(file,
                n -> peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed())));
        long validateNanos = System.nanoTime() - validateStart;
        long importStart = System.nanoTime();
        SlaImportReport imported = as.call("alex.reid", () -> sla.importFile(file, "benchmark.xlsx",
                n -> peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed())));
        long importNanos = System.nanoTime() - importStart;

        assertThat(checked.problems()).isEmpty();
        assertThat(imported.saved()).isTrue();
        System.out.printf(Locale.UK, "%nSLA import benchmark: %,d rows, file %,d KB%n", dataRows,
                Files.size(file) / 1024);
        System.out.printf(Locale.UK, "  validate only: %,.0f ms, %,.0f rows/s%n", validateNanos / 1e6,
                dataRows / (validateNanos / 1e9));
        System.out.printf(Locale.UK, "  validate + save: %,.0f ms, %,.0f rows/s%n", importNanos / 1e6,
                dataRows / (importNanos / 1e9));
        System.out.printf(Locale.UK, "  heap: %,d MB before, peak %,d MB while reading (growth %,d MB; "
                + "includes garbage not yet collected)%n", heapBefore >> 20, peak[0] >> 20, (peak[0] - heapBefore) >> 20);
        Files.deleteIfExists(file);
    }
}
