package uk.providerportal.cases;

import java.time.YearMonth;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which cases of an assessment round to list; empty parts match everything.
 *
 * @param organisationIds only these organisations' cases (e.g. a programme's), or every organisation when null
 * @param status only cases with this status, or every case not yet assessed when null
 */
public record CaseQuery(YearMonth round, @Nullable Set<Long> organisationIds, @Nullable CaseStatus status,
                        @Nullable Long assessorId) {

    public CaseQuery {
        organisationIds = organisationIds == null ? null : Set.copyOf(organisationIds);
    }
}
