package uk.providerportal.returns;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The returns every contract sends (domain document 002): three monthly ones, due on the 15th working day of the next
 * month, and the quarterly social value return, due on the 15th of the month after the quarter or the next working
 * day. Each lists its figures, all whole numbers, and the checks between them.
 */
public enum ReturnType {

    MANAGEMENT_INFORMATION("Management information", Frequency.MONTHLY, new DeadlineRule.NthWorkingDay(15), List.of(
            new ReturnFigure("REFERRALS", "Referrals received"),
            new ReturnFigure("REFERRALS_ACK_2WD", "Referrals acknowledged within 2 working days"),
            new ReturnFigure("INITIAL_APPOINTMENTS", "Initial appointments held"),
            new ReturnFigure("INITIAL_APPOINTMENTS_15WD", "Initial appointments held within 15 working days of referral"),
            new ReturnFigure("STARTS", "Participants starting"))),
    CUSTOMER_SERVICE_STANDARDS("Customer service standards", Frequency.MONTHLY, new DeadlineRule.NthWorkingDay(15),
            List.of(new ReturnFigure("COMPLAINTS", "Complaints received"),
                    new ReturnFigure("COMPLAINTS_10WD", "Complaints answered within 10 working days"),
                    new ReturnFigure("CALLS", "Calls received"),
                    new ReturnFigure("CALLS_60S", "Calls answered within 60 seconds"))),
    CUSTOMER_INSIGHT("Customer insight", Frequency.MONTHLY, new DeadlineRule.NthWorkingDay(15), List.of(
            new ReturnFigure("CONTACTED", "Participants contacted"),
            new ReturnFigure("RESPONDED", "Participants who responded"),
            new ReturnFigure("VERY_SATISFIED", "Responses: very satisfied"),
            new ReturnFigure("SATISFIED", "Responses: satisfied"),
            new ReturnFigure("NEITHER", "Responses: neither satisfied nor dissatisfied"),
            new ReturnFigure("DISSATISFIED", "Responses: dissatisfied"),
            new ReturnFigure("VERY_DISSATISFIED", "Responses: very dissatisfied"))),
    SOCIAL_VALUE("Social value", Frequency.QUARTERLY, new DeadlineRule.FixedDay(15), List.of(
            new ReturnFigure("SV_COMMITMENTS", "Social value commitments due in the quarter"),
            new ReturnFigure("SV_MET", "Social value commitments met"),
            new ReturnFigure("VOLUNTEER_HOURS", "Volunteering hours given")));

    private static final List<String> ANSWERS = List.of("VERY_SATISFIED", "SATISFIED", "NEITHER", "DISSATISFIED",
            "VERY_DISSATISFIED");
    /** Far above any real return; a figure beyond it is a slip (a pasted reference number, say). */
    public static final long MAX_FIGURE = 10_000_000;

    private final String label;
    private final Frequency frequency;
    private final DeadlineRule deadline;
    private final List<ReturnFigure> figures;

    ReturnType(String label, Frequency frequency, DeadlineRule deadline, List<ReturnFigure> figures) {
        this.label = label;
        this.frequency = frequency;
        this.deadline = deadline;
        this.figures = figures;
    }

    public String label() {
        return label;
    }

    public Frequency frequency() {
        return frequency;
    }

    public DeadlineRule deadline() {
        return deadline;
    }

    public List<ReturnFigure> figures() {
        return figures;
    }

    /** The last month of the period that starts with {@code period}. */
    public YearMonth lastMonth(YearMonth period) {
        return frequency == Frequency.QUARTERLY ? period.plusMonths(2) : period;
    }

    /** Whether {@code period} can start a period of this return: any month, or a quarter's first month. */
    public boolean startsPeriod(YearMonth period) {
        return frequency == Frequency.MONTHLY || (period.getMonthValue() - 1) % 3 == 0;
    }

    /**
     * What is wrong between figures that are each fine on their own, in the user's words; empty when nothing is.
     * A part never exceeds its whole, and the customer insight answers add up to the responses.
     */
    public List<String> inconsistencies(Map<String, Long> values) {
        List<String> problems = new ArrayList<>();
        switch (this) {
            case MANAGEMENT_INFORMATION -> {
                partOf(values, "REFERRALS_ACK_2WD", "REFERRALS", problems);
                partOf(values, "INITIAL_APPOINTMENTS_15WD", "INITIAL_APPOINTMENTS", problems);
            }
            case CUSTOMER_SERVICE_STANDARDS -> {
                partOf(values, "COMPLAINTS_10WD", "COMPLAINTS", problems);
                partOf(values, "CALLS_60S", "CALLS", problems);
            }
            case CUSTOMER_INSIGHT -> {
                partOf(values, "RESPONDED", "CONTACTED", problems);
                long answers = ANSWERS.stream().mapToLong(key -> values.getOrDefault(key, 0L)).sum();
                long responded = values.getOrDefault("RESPONDED", 0L);
                if (answers != responded) {
                    problems.add("The responses per answer add up to " + answers + ", but " + responded
                            + " participants responded: each response has exactly one answer.");
                }
            }
            case SOCIAL_VALUE -> partOf(values, "SV_MET", "SV_COMMITMENTS", problems);
        }
        return problems;
    }

    private void partOf(Map<String, Long> values, String part, String whole, List<String> problems) {
        long p = values.getOrDefault(part, 0L);
        long w = values.getOrDefault(whole, 0L);
        if (p > w) {
            problems.add("“" + figure(part).label() + "” (" + p + ") cannot be more than “" + figure(whole).label()
                    + "” (" + w + ").");
        }
    }

    public ReturnFigure figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(label + " has no figure " + key));
    }
}
