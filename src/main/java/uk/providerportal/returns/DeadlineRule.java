package uk.providerportal.returns;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Predicate;

/**
 * When a return is due, counted from the month after its period ends, in the organisation's nation (the working-day
 * test comes from the calendar feature). Domain document 002: monthly returns are due on the 15th working day; the
 * social value return on the 15th day, or the next working day when it is not one.
 */
public sealed interface DeadlineRule {

    /** The due date of a return whose period ends with {@code lastMonth}. */
    LocalDate dueOn(YearMonth lastMonth, Predicate<LocalDate> workingDay);

    /** The rule in words, e.g. "15th working day of the next month". */
    String describe();

    /** The n-th working day of the month after the period. */
    record NthWorkingDay(int n) implements DeadlineRule {

        public NthWorkingDay {
            if (n < 1 || n > 20) {
                throw new IllegalArgumentException("A month has between 1 and 20 working days to count, not " + n);
            }
        }

        @Override
        public LocalDate dueOn(YearMonth lastMonth, Predicate<LocalDate> workingDay) {
            YearMonth month = lastMonth.plusMonths(1);
            int counted = 0;
            for (LocalDate date = month.atDay(1); !date.isAfter(month.atEndOfMonth()); date = date.plusDays(1)) {
                if (workingDay.test(date) && ++counted == n) {
                    return date;
                }
            }
            throw new IllegalArgumentException(month + " has only " + counted + " working days, not " + n);
        }

        @Override
        public String describe() {
            return ordinal(n) + " working day of the next month";
        }
    }

    /** A fixed day of the month after the period, moved to the next working day when it is not one. */
    record FixedDay(int day) implements DeadlineRule {

        public FixedDay {
            if (day < 1 || day > 28) {
                throw new IllegalArgumentException("A fixed deadline day is between 1 and 28, not " + day);
            }
        }

        @Override
        public LocalDate dueOn(YearMonth lastMonth, Predicate<LocalDate> workingDay) {
            LocalDate date = lastMonth.plusMonths(1).atDay(day);
            while (!workingDay.test(date)) {
                date = date.plusDays(1);
            }
            return date;
        }

        @Override
        public String describe() {
            return ordinal(day) + " of the next month, or the next working day when it is not one";
        }
    }

    static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
