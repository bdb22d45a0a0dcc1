package uk.providerportal.cases;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Which cases of one organisation's month folder to list; empty parts match everything.
 *
 * @param reference only cases whose reference contains this text (ignoring case), or every case when null or blank
 * @param status only cases with this status, or every status when null
 */
public record FolderQuery(long organisationId, YearMonth month, @Nullable String reference,
                          @Nullable CaseStatus status) {

    public static FolderQuery all(long organisationId, YearMonth month) {
        return new FolderQuery(organisationId, month, null, null);
    }
}
