package uk.providerportal.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.DateFormats;
import uk.providerportal.organisation.Nation;
import uk.providerportal.security.Access;

/**
 * The assessment calendar: each month's submission period, KPI publication date and appeal window. Publication
 * defaults to the last working day of the month in the funder's nation; an admin may delay it with a reason
 * (February 2023's KPI was published on 6 March). Appeal deadlines count working days in the organisation's own
 * nation from the actual publication date, so a delay never shortens the window.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentCalendar {

    static final int DEFAULT_APPEAL_WINDOW_DAYS = 10;

    private final AssessmentMonthRepository months;
    private final WorkingDayCalendar workingDays;
    private final AuditLog auditLog;
    private final Nation funderNation;
    private final Clock clock;

    AssessmentCalendar(AssessmentMonthRepository months, WorkingDayCalendar workingDays, AuditLog auditLog,
                       @Value("${portal.funder-nation:ENGLAND_AND_WALES}") Nation funderNation, Clock clock) {
        this.months = months;
        this.workingDays = workingDays;
        this.auditLog = auditLog;
        this.funderNation = funderNation;
        this.clock = clock;
    }

    @PreAuthorize(Access.SIGNED_IN)
    public MonthTimetable timetable(YearMonth month) {
        return months.find(month.atDay(1)).map(this::timetable).orElseGet(() -> defaults(month));
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<MonthTimetable> year(int year) {
        Map<YearMonth, AssessmentMonth> set = new HashMap<>();
        months.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1))
                .forEach(month -> set.put(month.month(), month));
        List<MonthTimetable> result = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            AssessmentMonth configured = set.get(month);
            result.add(configured == null ? defaults(month) : timetable(configured));
        }
        return result;
    }

    /** The last day an organisation in this nation may lodge an appeal against the month's KPI. */
    @PreAuthorize(Access.SIGNED_IN)
    public LocalDate appealDeadline(YearMonth month, Nation nation) {
        return appealDeadline(timetable(month), nation);
    }

    /** The same, for a timetable the caller already holds (a year's grid), without reading it again. */
    @PreAuthorize(Access.SIGNED_IN)
    public LocalDate appealDeadline(MonthTimetable timetable, Nation nation) {
        return workingDays.addWorkingDays(nation, timetable.kpiPublication(), timetable.appealWindowDays());
    }

    /**
     * The month of {@code date} when it is closed today, or empty when a rule change may still take effect on that
     * date. A month closes once its assessment round has ended (today is after its last day) or once its KPI is
     * published (today is on or after its publication date, moved or not): a change then would alter its figures.
     * Every effective-dated rule (policies, standards) asks this, so none rewrites a closed month silently.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<ClosedMonth> closedMonth(LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(date);
        YearMonth current = YearMonth.from(today);
        if (month.isAfter(current)) {
            return Optional.empty();
        }
        LocalDate publication = timetable(month).kpiPublication();
        boolean published = !today.isBefore(publication);
        if (!published && month.equals(current)) {
            return Optional.empty();
        }
        return Optional.of(new ClosedMonth(month, published, published ? publication : month.atEndOfMonth(),
                firstOpenDate(today)));
    }

    /**
     * The first date a rule change may take effect today without restating a closed month: the first of this month
     * until its KPI is published, then the first of next month. Later months are always open, since a publication
     * date is never before its month starts.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public LocalDate firstOpenDate() {
        return firstOpenDate(LocalDate.now(clock));
    }

    private LocalDate firstOpenDate(LocalDate today) {
        YearMonth current = YearMonth.from(today);
        return today.isBefore(timetable(current).kpiPublication()) ? current.atDay(1) : current.plusMonths(1).atDay(1);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public MonthTimetable setTimetable(YearMonth month, @Nullable LocalDate submissionOpens,
                                       @Nullable LocalDate submissionCloses, @Nullable LocalDate publicationOverride,
                                       @Nullable String overrideReason, int appealWindowDays) {
        if (submissionOpens == null) {
            throw new CalendarChangeRefused("submissionOpens", "Choose the day submissions open.");
        }
        if (submissionCloses == null) {
            throw new CalendarChangeRefused("submissionCloses", "Choose the day submissions close.");
        }
        if (submissionCloses.isBefore(submissionOpens)) {
            throw new CalendarChangeRefused("submissionCloses", "The submission period must close on or after it "
                    + "opens.");
        }
        if (appealWindowDays < 1 || appealWindowDays > 60) {
            throw new CalendarChangeRefused("appealWindowDays", "Give the appeal window in working days, 1 to 60.");
        }
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.trim();
        if (publicationOverride != null) {
            if (publicationOverride.isBefore(month.atDay(1))) {
                throw new CalendarChangeRefused("publicationOverride", "The KPI cannot be published before the month "
                        + "it reports on starts.");
            }
            if (reason == null) {
                throw new CalendarChangeRefused("overrideReason", "Say why publication moves from the usual date.");
            }
        }
        AssessmentMonth row = months.find(month.atDay(1)).orElseGet(() -> new AssessmentMonth(month));
        row.set(submissionOpens, submissionCloses, publicationOverride, publicationOverride == null ? null : reason,
                appealWindowDays);
        months.save(row);
        MonthTimetable result = timetable(row);
        auditLog.record("ASSESSMENT_MONTH_SET", "AssessmentMonth", month, DateFormats.month(month.atDay(1))
                + ": submissions " + DateFormats.date(submissionOpens) + " to " + DateFormats.date(submissionCloses)
                + ", KPI published " + DateFormats.date(result.kpiPublication())
                + (result.delayed() ? " (moved: " + result.delayReason() + ")" : "") + ", appeals within "
                + appealWindowDays + " working days");
        return result;
    }

    private MonthTimetable timetable(AssessmentMonth month) {
        LocalDate usual = workingDays.lastWorkingDayOfMonth(funderNation, month.month());
        LocalDate override = month.publicationOverride();
        return new MonthTimetable(month.month(), month.submissionOpens(), month.submissionCloses(),
                override == null ? usual : override, override == null ? null : month.overrideReason(),
                month.appealWindowDays(), true);
    }

    private MonthTimetable defaults(YearMonth month) {
        return new MonthTimetable(month, month.atDay(1), month.atEndOfMonth(),
                workingDays.lastWorkingDayOfMonth(funderNation, month), null, DEFAULT_APPEAL_WINDOW_DAYS, false);
    }
}
