package uk.providerportal.sla;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * One organisation's agreed volumes for one month as the grid shows them; volumes are empty where none is agreed.
 */
public record SlaRow(long organisationId, String organisationCode, String organisationName, YearMonth month,
                     @Nullable Integer monthlyVolume, @Nullable Integer weeklyVolume) {

    public SlaRow withVolumes(@Nullable Integer monthly, @Nullable Integer weekly) {
        return new SlaRow(organisationId, organisationCode, organisationName, month, monthly, weekly);
    }
}
