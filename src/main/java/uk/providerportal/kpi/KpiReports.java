package uk.providerportal.kpi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.ReleasedCaseLine;
import uk.providerportal.assessment.ReleasedUnmetStandards;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Access;
import uk.providerportal.security.TenantScope;

/**
 * The KPI feature's reports (issue 12, items 7 and 9): the month as an Excel workbook (figures, then every released
 * case streamed from the database into POI's streaming writer) and as the monthly performance report PDF, and the
 * funder overview as a workbook. A provider reaches only its own organisation (another one is "not found", the
 * refusal audited); quality managers any. Every download is audited.
 */
@Service
@Transactional(readOnly = true)
public class KpiReports {

    static final String EXPORT_KPI = "EXPORT_KPI";

    private final KpiService kpis;
    private final ModerationService moderation;
    private final OrganisationService organisations;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final KpiReportPdf pdf;
    private final Clock clock;

    KpiReports(KpiService kpis, ModerationService moderation, OrganisationService organisations,
               TenantScope tenantScope, AuditLog auditLog, KpiReportPdf pdf, Clock clock) {
        this.kpis = kpis;
        this.moderation = moderation;
        this.organisations = organisations;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** "KPI NCA March 2026.xlsx". */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public String workbookFileName(long organisationId, YearMonth month) {
        return KpiWorkbook.fileName(organisation(organisationId).code(), month);
    }

    /**
     * Writes the organisation's month as one workbook: sheet "KPI" with the published figures of the four periods
     * (or why there are none), sheet "Cases" with every released case of the month, read from the database as it is
     * written. Returns how many cases it holds.
     */
    @Transactional
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public int exportWorkbook(long organisationId, YearMonth month, OutputStream out) throws IOException {
        OrganisationSummary organisation = organisation(organisationId);
        Instant asAt = clock.instant();
        var book = new KpiWorkbook();
        String heading = "KPI: " + organisation.name() + " (" + organisation.code() + "), " + DateFormats.month(month);
        var figures = book.sheet(KpiWorkbook.FIGURES, heading, KpiWorkbook.asAt(asAt), KpiWorkbook.FIGURE_HEADINGS,
                new int[] {20, 10, 10, 16, 20, 10, 10, 10, 18});
        var published = kpis.published(organisationId, month);
        int row = KpiWorkbook.HEADER_ROW;
        if (published.isPresent()) {
            for (KpiFigure figure : published.get().figures()) {
                book.figure(figures.createRow(++row), figure);
            }
            book.note(figures.createRow(row + 2), KpiReportPdf.publication(published.get()));
        } else {
            book.note(figures.createRow(row + 1), "The KPI of " + DateFormats.month(month) + " has not been "
                    + "published yet.");
        }
        var cases = book.sheet(KpiWorkbook.CASES, heading + ": released cases", KpiWorkbook.asAt(asAt)
                + " The cases of the month released by then.", KpiWorkbook.CASE_HEADINGS,
                new int[] {18, 10, 10, 18, 90});
        int[] next = {KpiWorkbook.HEADER_ROW};
        int written = moderation.forEachReleased(organisationId, month,
                line -> book.caseLine(cases.createRow(++next[0]), line));
        if (written == 0) {
            book.note(cases.createRow(KpiWorkbook.HEADER_ROW + 1), "No case of " + DateFormats.month(month)
                    + " has been released yet.");
        }
        book.write(out);
        auditLog.record("KPI_EXPORTED", "Organisation", organisationId, "Downloaded the KPI workbook of "
                + organisation.name() + " for " + DateFormats.month(month) + ": " + written
                + (written == 1 ? " released case" : " released cases"));
        return written;
    }

    /** "KPI report NCA March 2026.pdf". */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public String reportFileName(long organisationId, YearMonth month) {
        return KpiReportPdf.fileName(organisation(organisationId).code(), month);
    }

    /**
     * Writes the monthly performance report PDF of a published month: figures, the 12-month trend chart and its
     * table, the restatement log, the released cases with their unmet standards and commentary. A month not published
     * is "not found".
     */
    @Transactional
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public void exportReport(long organisationId, YearMonth month, OutputStream out) throws IOException {
        OrganisationSummary organisation = organisation(organisationId);
        PublishedKpi kpi = kpis.published(organisationId, month)
                .orElseThrow(() -> new ItemNotFoundException("Published KPI of " + month));
        List<PublishedKpi> trend = kpis.trend(organisationId, month, 12);
        List<KpiVersion> restatements = kpis.restatements(organisationId, month);
        List<ReleasedCaseLine> cases = new ArrayList<>();
        moderation.forEachReleased(organisationId, month, cases::add);
        List<ReleasedUnmetStandards> unmet = moderation.releasedUnmet(organisationId, month);
        String xhtml = pdf.xhtml(kpi, trend, restatements, cases, unmet, clock.instant());
        // Laid out in full before anything is sent, so a failure never leaves half a PDF in the browser.
        var buffer = new ByteArrayOutputStream(64 * 1024);
        pdf.write(xhtml, buffer);
        buffer.writeTo(out);
        auditLog.record("KPI_REPORT_EXPORTED", "Organisation", organisationId, "Downloaded the monthly performance "
                + "report of " + organisation.name() + " for " + DateFormats.month(month) + " (KPI "
                + kpi.inMonth().kpiText() + ", version " + kpi.version() + ", " + cases.size()
                + (cases.size() == 1 ? " case)" : " cases)"));
    }

    /** "KPI overview March 2026.xlsx". */
    @PreAuthorize(Access.FUNDER_STAFF)
    public String overviewFileName(YearMonth month) {
        return KpiWorkbook.overviewFileName(month);
    }

    /** Writes the funder overview of a month (optionally one programme) as a workbook; returns how many rows. */
    @Transactional
    @PreAuthorize(Access.FUNDER_STAFF)
    public int exportOverview(YearMonth month, @Nullable Long programmeId, OutputStream out) throws IOException {
        List<KpiOverviewRow> rows = kpis.overview(month, programmeId);
        var book = new KpiWorkbook();
        var sheet = book.sheet(KpiWorkbook.OVERVIEW, "KPI overview, " + DateFormats.month(month),
                KpiWorkbook.asAt(clock.instant()), KpiWorkbook.OVERVIEW_HEADINGS,
                new int[] {36, 8, 24, 10, 10, 14, 20, 10, 10, 16, 18});
        int row = KpiWorkbook.HEADER_ROW;
        for (KpiOverviewRow line : rows) {
            book.overview(sheet.createRow(++row), line);
        }
        if (rows.isEmpty()) {
            book.note(sheet.createRow(row + 1), "No KPI of " + DateFormats.month(month) + " has been published.");
        }
        book.write(out);
        auditLog.record("KPI_OVERVIEW_EXPORTED", "KpiMonth", month.toString(), "Downloaded the KPI overview of "
                + DateFormats.month(month) + ": " + rows.size() + (rows.size() == 1 ? " organisation" : " organisations"));
        return rows.size();
    }

    /** The organisation, once the caller may see it (a provider only their own; refusals audited as not found). */
    private OrganisationSummary organisation(long organisationId) {
        tenantScope.checkVisible(EXPORT_KPI, "Organisation", organisationId, organisationId);
        return organisations.findOrganisation(organisationId);
    }
}
