package uk.providerportal.calibration;

import java.time.YearMonth;
import java.util.List;

/** Every assessor's shares per standard over assessment months {@code from} to {@code to}, the team's beside them. */
public record CalibrationStatistics(YearMonth from, YearMonth to, List<StandardShare> rows) {

    public CalibrationStatistics {
        rows = List.copyOf(rows);
    }

    public long outliers() {
        return rows.stream().filter(StandardShare::isOutlier).count();
    }
}
