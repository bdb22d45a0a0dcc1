package uk.providerportal.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.security.Access;

/** The KPI feature's API (issue 12). See the package description. */
@Service
@Transactional(readOnly = true)
public class KpiService {

    /** The month's KPI of an organisation as it stands; a provider reaches only its own (others: not found). */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<PublishedKpi> published(long organisationId, YearMonth month) {
        throw new UnsupportedOperationException("being built");
    }

    /** The organisation's most recently published month, if any. */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<PublishedKpi> latest(long organisationId) {
        throw new UnsupportedOperationException("being built");
    }

    /** The published months of the organisation, newest first. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<YearMonth> publishedMonths(long organisationId) {
        throw new UnsupportedOperationException("being built");
    }

    /** The published KPIs of the {@code months} months ending with {@code upTo}, oldest first (gaps left out). */
    @PreAuthorize(Access.SIGNED_IN)
    public List<PublishedKpi> trend(long organisationId, YearMonth upTo, int months) {
        throw new UnsupportedOperationException("being built");
    }

    /** The month's restatement log, first publication first. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<KpiVersion> restatements(long organisationId, YearMonth month) {
        throw new UnsupportedOperationException("being built");
    }

    /** The date the month's KPIs were first published (appeal windows count from it), if they have been. */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<LocalDate> firstPublicationDate(YearMonth month) {
        throw new UnsupportedOperationException("being built");
    }

    /** Every organisation's published KPI of the month, optionally of one programme, by organisation name. */
    @PreAuthorize(Access.FUNDER_STAFF)
    public List<KpiOverviewRow> overview(YearMonth month, @Nullable Long programmeId) {
        throw new UnsupportedOperationException("being built");
    }

    @PreAuthorize(Access.QUALITY_MANAGER)
    public KpiMonthStatus monthStatus(YearMonth month) {
        throw new UnsupportedOperationException("being built");
    }
}
