package uk.providerportal.submission;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One organisation's month folder: progress against its agreed volume, overall and per week. Its cases are
 * listed a page at a time by {@link uk.providerportal.cases.CasesService#folderPage}.
 *
 * @param filed cases counting towards the volume (withdrawn cases do not)
 */
public record MonthFolder(long organisationId, String organisationName, YearMonth month,
                          @Nullable Integer monthlyVolume, @Nullable Integer weeklySample, int filed,
                          List<WeekProgress> weeks) {
}
