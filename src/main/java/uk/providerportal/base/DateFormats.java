package uk.providerportal.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** en-GB date formats used everywhere a person reads a date, e.g. "6 March 2023". */
public final class DateFormats {

    public static final Locale LOCALE = Locale.UK;
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", LOCALE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", LOCALE);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", LOCALE);

    private DateFormats() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A date within a year already shown nearby, e.g. "6 March". */
    public static String dayAndMonth(LocalDate date) {
        return DAY_MONTH.format(date);
    }

    public static String month(LocalDate anyDayInMonth) {
        return MONTH.format(anyDayInMonth);
    }

    /** A month as people name it, e.g. "February 2023". */
    public static String month(java.time.YearMonth month) {
        return MONTH.format(month.atDay(1));
    }

    /** An instant shown in UK local time, e.g. "6 March 2023, 14:05". */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZONE));
    }
}
