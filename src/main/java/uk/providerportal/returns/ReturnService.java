package uk.providerportal.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.calendar.WorkingDayCalendar;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.TenantScope;

/**
 * The returns feature's API (issue 15): a delivery partner's monthly and quarterly returns, each due by its rule in the
 * organisation's nation, sent by Excel template or form. A return is all or nothing, locked once sent; a correction is
 * a new version with a reason, and the first version's date decides the timeliness. A partner reaches only its own
 * organisation's returns (another's is "not found", the refusal audited); the quality manager, as performance
 * manager, reads every organisation's.
 */
@Service
@Transactional(readOnly = true)
public class ReturnService {

    static final String ENTITY = "ProviderReturn";
    /** How many ended months of returns the returns page lists. */
    public static final int SHOWN_MONTHS = 6;
    /** Reminders go this many working days before a return is due. */
    public static final int REMIND_WORKING_DAYS_BEFORE = 3;
    /**
     * A missing return is told about on the first runs after its due date, within this many working days: a run
     * missed on one morning is made up on the next, and an old gap is not mailed again every day.
     */
    public static final int MISSING_WORKING_DAYS_AFTER = 5;
    public static final long MAX_TEMPLATE_BYTES = 2L * 1024 * 1024;

    private final ProviderReturnRepository returns;
    private final OrganisationService organisations;
    private final WorkingDayCalendar calendar;
    private final TenantScope tenantScope;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ReturnService(ProviderReturnRepository returns, OrganisationService organisations, WorkingDayCalendar calendar,
                  TenantScope tenantScope, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.returns = returns;
        this.organisations = organisations;
        this.calendar = calendar;
        this.tenantScope = tenantScope;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /**
     * The returns of the last {@link #SHOWN_MONTHS} ended months, sent or not, newest period first: a partner its own
     * organisation's (whatever {@code organisationId} asks), a quality manager every active organisation's or one's.
     */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public List<ReturnSummary> returns(@Nullable Long organisationId) {
        Long own = tenantScope.organisationFilter("LIST_RETURNS");
        Long filter = own != null ? own : organisationId;
        List<OrganisationSummary> shown = filter != null ? List.of(organisations.findOrganisation(filter))
                : organisations.visibleOrganisations().stream().filter(OrganisationSummary::active).toList();
        LocalDate today = today();
        YearMonth lastEnded = YearMonth.from(today).minusMonths(1);
        YearMonth first = lastEnded.minusMonths(SHOWN_MONTHS - 1L);
        List<ReturnSummary> result = new ArrayList<>();
        for (OrganisationSummary organisation : shown) {
            Map<String, List<ProviderReturn>> sent = new LinkedHashMap<>();
            returns.findByOrganisationIdAndPeriodMonthGreaterThanEqual(organisation.id(), first.minusMonths(2)
                    .atDay(1)).forEach(r -> sent.computeIfAbsent(r.type() + "/" + r.period(), k -> new ArrayList<>())
                    .add(r));
            for (YearMonth month = lastEnded; !month.isBefore(first); month = month.minusMonths(1)) {
                for (ReturnType type : ReturnType.values()) {
                    YearMonth period = type.frequency() == Frequency.QUARTERLY ? month.minusMonths(2) : month;
                    if (type.startsPeriod(period)) {
                        result.add(summary(organisation, type, period, sent.getOrDefault(type + "/" + period,
                                List.of()), today));
                    }
                }
            }
        }
        return result;
    }

    /** One return of one period, sent or not; another organisation's is "not found". */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public ReturnSummary returnOf(long organisationId, ReturnType type, YearMonth period) {
        tenantScope.checkVisible("READ_RETURN", "Organisation", organisationId, organisationId);
        OrganisationSummary organisation = organisations.findOrganisation(organisationId);
        checkPeriod(type, period);
        return summary(organisation, type, period, versions(organisationId, type, period), today());
    }

    /** The due date of a return, by its rule, in the organisation's nation. */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public LocalDate dueOn(long organisationId, ReturnType type, YearMonth period) {
        tenantScope.checkVisible("READ_RETURN", "Organisation", organisationId, organisationId);
        return dueOn(organisations.findOrganisation(organisationId), type, period);
    }

    /** Writes the return's Excel template, holding the current version's figures when there is one. */
    @PreAuthorize(Access.PROVIDER_USER)
    public void writeTemplate(long organisationId, ReturnType type, YearMonth period, OutputStream out)
            throws IOException {
        tenantScope.checkVisible("DOWNLOAD_RETURN_TEMPLATE", "Organisation", organisationId, organisationId);
        OrganisationSummary organisation = organisations.findOrganisation(organisationId);
        checkPeriod(type, period);
        Map<String, Long> figures = versions(organisationId, type, period).stream().filter(ProviderReturn::current)
                .findFirst().map(ProviderReturn::figures).orElse(Map.of());
        ReturnTemplate.write(type, period, organisation.name(), dueOn(organisation, type, period), figures, out);
    }

    // --- sending -------------------------------------------------------------------------------------------------

    /**
     * Reads a filled-in template and sends its figures as the return, only if the format is unchanged and every
     * figure is right; otherwise saves nothing and lists every problem with its row and column.
     */
    @Transactional
    @PreAuthorize(Access.PROVIDER_USER)
    public ReturnResult upload(long organisationId, ReturnType type, YearMonth period, InputStream in,
                               @Nullable String reason) {
        tenantScope.checkVisible("UPLOAD_RETURN", "Organisation", organisationId, organisationId);
        checkPeriod(type, period);
        ReturnTemplate.Read read = ReturnTemplate.read(type, period, in);
        if (!read.ok()) {
            return new ReturnResult(null, read.problems());
        }
        return save(organisationId, type, period, read.values(), reason, ProviderReturn.How.UPLOAD, null);
    }

    /** Sends the figures entered in the form as the return: all of them, or nothing with every problem named. */
    @Transactional
    @PreAuthorize(Access.PROVIDER_USER)
    public ReturnResult submitFigures(long organisationId, ReturnType type, YearMonth period,
                                      Map<String, @Nullable Long> figures, @Nullable String reason) {
        tenantScope.checkVisible("SUBMIT_RETURN", "Organisation", organisationId, organisationId);
        checkPeriod(type, period);
        List<String> problems = new ArrayList<>();
        Map<String, Long> values = new LinkedHashMap<>();
        for (ReturnFigure figure : type.figures()) {
            Long value = figures.get(figure.key());
            if (value == null) {
                problems.add(figure.label() + ": enter a figure, 0 if there were none.");
            } else if (value < 0 || value > ReturnType.MAX_FIGURE) {
                problems.add(figure.label() + ": enter a whole number from 0 to "
                        + String.format(DateFormats.LOCALE, "%,d", ReturnType.MAX_FIGURE) + ".");
            } else {
                values.put(figure.key(), value);
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(type.inconsistencies(values));
        }
        if (!problems.isEmpty()) {
            return new ReturnResult(null, problems);
        }
        return save(organisationId, type, period, values, reason, ProviderReturn.How.FORM, null);
    }

    /**
     * Records a return received outside the portal on the day it was received (returns sent to the procurement system
     * before the portal took them over), so that its timeliness is the real one.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public ReturnResult recordReceived(long organisationId, ReturnType type, YearMonth period,
                                       Map<String, Long> figures, LocalDate receivedOn) {
        checkPeriod(type, period);
        if (receivedOn.isAfter(today()) || !receivedOn.isAfter(type.lastMonth(period).atEndOfMonth())) {
            throw new ChangeRefused("receivedOn", "A return is received after its period ends and not after today.");
        }
        List<String> problems = new ArrayList<>(type.inconsistencies(figures));
        if (!figures.keySet().equals(type.figures().stream().map(ReturnFigure::key)
                .collect(java.util.stream.Collectors.toSet()))) {
            problems.add("Give every figure of the " + type.label().toLowerCase(DateFormats.LOCALE) + " return.");
        }
        if (!problems.isEmpty()) {
            return new ReturnResult(null, problems);
        }
        return save(organisationId, type, period, figures, null, ProviderReturn.How.UPLOAD, receivedOn);
    }

    private ReturnResult save(long organisationId, ReturnType type, YearMonth period, Map<String, Long> values,
                              @Nullable String reason, ProviderReturn.How how, @Nullable LocalDate receivedOn) {
        OrganisationSummary organisation = organisations.findOrganisation(organisationId);
        List<ProviderReturn> earlier = versions(organisationId, type, period);
        String why = reason == null ? "" : reason.strip();
        if (!earlier.isEmpty() && why.isEmpty()) {
            throw new ChangeRefused("reason", "This return was already sent and is locked: say why you are "
                    + "correcting it, and the correction is saved as a new version.");
        }
        if (why.length() > ProviderReturn.MAX_REASON) {
            throw new ChangeRefused("reason", "A reason can be up to " + ProviderReturn.MAX_REASON
                    + " characters long.");
        }
        LocalDate due = dueOn(organisation, type, period);
        LocalDate submittedOn = receivedOn != null ? receivedOn : today();
        int late = earlier.isEmpty() ? workingDaysLate(organisation, due, submittedOn) : earlier.getFirst()
                .workingDaysLate();
        earlier.forEach(ProviderReturn::supersede);
        returns.flush();
        var saved = returns.save(new ProviderReturn(organisationId, type, period, earlier.size() + 1, due,
                receivedOn != null ? receivedOn.atTime(12, 0).atZone(DateFormats.ZONE).toInstant() : clock.instant(),
                submittedOn, receivedOn == null ? submitter() : "Received outside the portal, recorded by "
                + submitter(), how, late, earlier.isEmpty() ? null : why, values));
        String what = type.label() + " return of " + ReturnTemplate.periodText(type, period) + " for "
                + organisation.name();
        if (earlier.isEmpty()) {
            auditLog.record("RETURN_SUBMITTED", ENTITY, saved.getId(), "Sent the " + what
                    + (how == ProviderReturn.How.UPLOAD ? " by template" : " by form")
                    + (receivedOn != null ? ", received on " + DateFormats.date(receivedOn) : "") + ": "
                    + Timeliness.submitted(due, late).text().toLowerCase(DateFormats.LOCALE));
        } else {
            auditLog.record("RETURN_CORRECTED", ENTITY, saved.getId(), "Corrected the " + what + " as version "
                    + saved.returnVersion() + ": " + why);
        }
        List<ProviderReturn> all = new ArrayList<>(earlier);
        all.add(saved);
        return new ReturnResult(summary(organisation, type, period, all, today()), List.of());
    }

    // --- reminders -----------------------------------------------------------------------------------------------

    /**
     * The returns to remind about today, of every active organisation: not sent and due within
     * {@link #REMIND_WORKING_DAYS_BEFORE} working days, or missing since at most {@link #MISSING_WORKING_DAYS_AFTER}.
     */
    @PreAuthorize(Access.ADMIN)
    public List<ReturnReminder> reminders() {
        LocalDate today = today();
        Map<Long, OrganisationSummary> byId = new java.util.HashMap<>();
        organisations.visibleOrganisations().forEach(o -> byId.put(o.id(), o));
        List<ReturnReminder> result = new ArrayList<>();
        for (ReturnSummary summary : returns(null)) {
            if (summary.submitted()) {
                continue;
            }
            OrganisationSummary organisation = byId.get(summary.organisationId());
            boolean missing = summary.timeliness().status() == Timeliness.Status.MISSING;
            boolean soon = !missing && calendar.workingDaysAfter(organisation.nation(), today, summary.dueOn())
                    <= REMIND_WORKING_DAYS_BEFORE;
            boolean newlyMissing = missing && calendar.workingDaysAfter(organisation.nation(), summary.dueOn(), today)
                    <= MISSING_WORKING_DAYS_AFTER;
            if (newlyMissing || soon) {
                result.add(new ReturnReminder(summary.organisationId(), summary.organisationName(), summary.type(),
                        summary.period(), summary.periodText(), summary.dueOn(), missing));
            }
        }
        return result;
    }

    // --- rules ---------------------------------------------------------------------------------------------------

    private LocalDate dueOn(OrganisationSummary organisation, ReturnType type, YearMonth period) {
        return type.deadline().dueOn(type.lastMonth(period), date -> calendar.isWorkingDay(organisation.nation(),
                date));
    }

    /** Sent after the due date is late by at least one working day, even when sent on a weekend. */
    private int workingDaysLate(OrganisationSummary organisation, LocalDate due, LocalDate submittedOn) {
        return submittedOn.isAfter(due) ? Math.max(1, calendar.workingDaysAfter(organisation.nation(), due,
                submittedOn)) : 0;
    }

    private void checkPeriod(ReturnType type, YearMonth period) {
        if (!type.startsPeriod(period)) {
            throw new ChangeRefused("period", "The " + type.label().toLowerCase(DateFormats.LOCALE) + " return is "
                    + "quarterly: its periods start in January, April, July or October.");
        }
        if (!type.lastMonth(period).isBefore(YearMonth.from(today()))) {
            throw new ChangeRefused("period", "The return of " + ReturnTemplate.periodText(type, period)
                    + " can be sent once the period has ended.");
        }
    }

    private List<ProviderReturn> versions(long organisationId, ReturnType type, YearMonth period) {
        return returns.findByOrganisationIdAndTypeAndPeriodMonthOrderByReturnVersion(organisationId, type,
                period.atDay(1));
    }

    private ReturnSummary summary(OrganisationSummary organisation, ReturnType type, YearMonth period,
                                  List<ProviderReturn> versions, LocalDate today) {
        List<ProviderReturn> sorted = versions.stream().sorted(Comparator.comparingInt(
                ProviderReturn::returnVersion)).toList();
        if (sorted.isEmpty()) {
            LocalDate due = dueOn(organisation, type, period);
            return new ReturnSummary(organisation.id(), organisation.name(), type, period,
                    ReturnTemplate.periodText(type, period), due, Timeliness.notSubmitted(due, today), 0, null, null,
                    Map.of(), List.of());
        }
        ProviderReturn first = sorted.getFirst();
        ProviderReturn current = sorted.getLast();
        return new ReturnSummary(organisation.id(), organisation.name(), type, period,
                ReturnTemplate.periodText(type, period), first.dueOn(),
                Timeliness.submitted(first.dueOn(), first.workingDaysLate()), current.returnVersion(),
                current.submittedAt(), current.submittedBy(), current.figures(), sorted.stream().map(v ->
                        new ReturnSummary.Version(v.returnVersion(), v.submittedAt(), v.submittedBy(),
                                v.how() == ProviderReturn.How.UPLOAD ? "Template" : "Form", v.reason())).toList());
    }

    private String submitter() {
        return currentUser.identity().map(PortalIdentity::displayName).orElseGet(currentUser::actingName);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE));
    }
}
