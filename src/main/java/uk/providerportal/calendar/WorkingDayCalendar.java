package uk.providerportal.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.organisation.Nation;
import uk.providerportal.security.Access;

/**
 * The calendar feature's API: UK working days per nation. A working day is a weekday that is not a bank holiday
 * of that nation (jollyday's UK calendar) and not an admin's extra non-working day, or any day an admin marked
 * as worked. Every deadline in the portal is computed here, in the organisation's nation.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDayCalendar {

    private static final HolidayManager UK = HolidayManager.getInstance(
            ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    /** Bank holidays are fixed per nation and year; computing them from jollyday's rules once is enough. */
    private final Map<String, Map<LocalDate, String>> bankHolidays = new ConcurrentHashMap<>();
    /**
     * Admin exceptions per nation and year, read once: deadline arithmetic asks about thousands of days (a 500-row
     * manifest places every row in its weeks). Emptied whenever an admin adds or removes an exception, and again when
     * that change commits, so a read racing the change cannot keep the old days. One portal instance per database.
     */
    private final Map<String, Map<LocalDate, ExceptionKind>> exceptionsByYear = new ConcurrentHashMap<>();

    private final CalendarExceptionRepository exceptions;
    private final AuditLog auditLog;

    WorkingDayCalendar(CalendarExceptionRepository exceptions, AuditLog auditLog) {
        this.exceptions = exceptions;
        this.auditLog = auditLog;
    }

    public boolean isWorkingDay(Nation nation, LocalDate date) {
        return days(nation).isWorkingDay(date);
    }

    /** The date {@code count} working days after {@code from} (not counting {@code from} itself). */
    public LocalDate addWorkingDays(Nation nation, LocalDate from, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Count working days forwards only, not " + count);
        }
        Days days = days(nation);
        LocalDate date = from;
        for (int counted = 0; counted < count; ) {
            date = date.plusDays(1);
            if (days.isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days after {@code from} up to and including {@code to}: 0 when {@code to} is not later. */
    public int workingDaysAfter(Nation nation, LocalDate from, LocalDate to) {
        Days days = days(nation);
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (days.isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    public LocalDate firstWorkingDayOnOrAfter(Nation nation, LocalDate date) {
        Days days = days(nation);
        LocalDate candidate = date;
        while (!days.isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    public LocalDate lastWorkingDayOfMonth(Nation nation, YearMonth month) {
        Days days = days(nation);
        LocalDate candidate = month.atEndOfMonth();
        while (!days.isWorkingDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    /** The n-th working day of the month, e.g. the 15th working day for monthly returns (n starts at 1). */
    public LocalDate nthWorkingDayOfMonth(Nation nation, YearMonth month, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Working days of a month are counted from 1, not " + n);
        }
        Days days = days(nation);
        int counted = 0;
        for (LocalDate date = month.atDay(1); !date.isAfter(month.atEndOfMonth()); date = date.plusDays(1)) {
            if (days.isWorkingDay(date) && ++counted == n) {
                return date;
            }
        }
        throw new IllegalArgumentException(DateFormats.month(month.atDay(1)) + " has only " + counted
                + " working days in " + nation.label() + ", not " + n);
    }

    /** Weekday bank holidays and admin exceptions of one nation and year, in date order, for people to read. */
    public List<NonWorkingDay> nonWorkingDays(Nation nation, int year) {
        Map<LocalDate, NonWorkingDay> result = new TreeMap<>();
        bankHolidays(nation, year).forEach((date, name) -> {
            if (!weekend(date)) {
                result.put(date, new NonWorkingDay(date, name, NonWorkingDay.Source.BANK_HOLIDAY, null, false));
            }
        });
        for (CalendarException exception : exceptions.findByNationAndDateBetween(nation, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31))) {
            result.put(exception.date(), new NonWorkingDay(exception.date(), exception.reason(),
                    NonWorkingDay.Source.ADMIN, exception.getId(), exception.kind() == ExceptionKind.WORKING));
        }
        return new ArrayList<>(result.values());
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public NonWorkingDay addException(Nation nation, LocalDate date, ExceptionKind kind, String reason) {
        if (reason.isBlank()) {
            throw new CalendarChangeRefused("reason", "Say why this day is different, e.g. \"State funeral\".");
        }
        if (exceptions.findByNationAndDate(nation, date).isPresent()) {
            throw new CalendarChangeRefused("date", DateFormats.date(date) + " already has an exception in "
                    + nation.label() + ": remove it first.");
        }
        boolean holiday = bankHolidays(nation, date.getYear()).containsKey(date);
        if (kind == ExceptionKind.NON_WORKING && (holiday || weekend(date))) {
            throw new CalendarChangeRefused("date", DateFormats.date(date) + " is already not a working day in "
                    + nation.label() + ".");
        }
        if (kind == ExceptionKind.WORKING && !holiday) {
            throw new CalendarChangeRefused("date", DateFormats.date(date) + " is not a bank holiday in "
                    + nation.label() + ", so it is already a working day.");
        }
        CalendarException saved = exceptions.save(new CalendarException(nation, date, kind, reason.trim()));
        forgetExceptions();
        auditLog.record("CALENDAR_EXCEPTION_ADDED", "CalendarException", saved.getId(), kind.label() + " in "
                + nation.label() + " on " + DateFormats.date(date) + ": " + reason.trim());
        return new NonWorkingDay(date, saved.reason(), NonWorkingDay.Source.ADMIN, saved.getId(),
                kind == ExceptionKind.WORKING);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void removeException(long id) {
        CalendarException exception = exceptions.findById(id)
                .orElseThrow(() -> new ItemNotFoundException("Calendar exception " + id));
        exceptions.delete(exception);
        forgetExceptions();
        auditLog.record("CALENDAR_EXCEPTION_REMOVED", "CalendarException", id, "Removed " + exception.kind().label()
                .toLowerCase(Locale.UK) + " in " + exception.nation().label() + " on "
                + DateFormats.date(exception.date()) + " (" + exception.reason() + ")");
    }

    private Days days(Nation nation) {
        return new Days(nation);
    }

    private Map<LocalDate, ExceptionKind> exceptions(Nation nation, int year) {
        return exceptionsByYear.computeIfAbsent(nation + "/" + year, key -> Map.copyOf(exceptions
                .findByNationAndDateBetween(nation, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .collect(Collectors.toMap(CalendarException::date, CalendarException::kind))));
    }

    private void forgetExceptions() {
        exceptionsByYear.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    exceptionsByYear.clear();
                }
            });
        }
    }

    private Map<LocalDate, String> bankHolidays(Nation nation, int year) {
        return bankHolidays.computeIfAbsent(nation + "/" + year, key -> UK.getHolidays(Year.of(year), region(nation))
                .stream()
                .collect(Collectors.toMap(WorkingDayCalendar::observed, holiday -> holiday.getDescription(Locale.UK),
                        (first, second) -> first + " / " + second, TreeMap::new)));
    }

    /** The day off: the substitute weekday when the holiday itself falls on a weekend. */
    private static LocalDate observed(Holiday holiday) {
        return holiday.getObservedDate().orElse(holiday.getDate());
    }

    private static String region(Nation nation) {
        return switch (nation) {
            case ENGLAND_AND_WALES -> "eng";
            case SCOTLAND -> "sct";
            case NORTHERN_IRELAND -> "nir";
        };
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** One nation's calendar, its admin exceptions read once per year, for loops over many days. */
    private final class Days {
        private final Nation nation;

        Days(Nation nation) {
            this.nation = nation;
        }

        boolean isWorkingDay(LocalDate date) {
            ExceptionKind change = exceptions(nation, date.getYear()).get(date);
            if (change != null) {
                return change == ExceptionKind.WORKING;
            }
            return !weekend(date) && !bankHolidays(nation, date.getYear()).containsKey(date);
        }
    }
}
