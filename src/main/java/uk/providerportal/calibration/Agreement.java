package uk.providerportal.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.Outcome;

/**
 * How far the assessors in a calibration exercise agree on one standard: the share of their answers that match the
 * most common answer (e.g. 3 of 4 not met is 75.0%). A standard below {@value #THRESHOLD_PERCENT}% agreement is one
 * to discuss. The overall agreement pools every standard: answers matching their standard's most common answer, out
 * of all answers. Unanswered standards do not count.
 */
record Agreement(int met, int notMet, int notApplicable) {

    static final int THRESHOLD_PERCENT = 75;

    static Agreement of(Collection<@Nullable Outcome> answers) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome answer : answers) {
            if (answer != null) {
                counts.merge(answer, 1, Integer::sum);
            }
        }
        return new Agreement(counts.getOrDefault(Outcome.MET, 0), counts.getOrDefault(Outcome.NOT_MET, 0),
                counts.getOrDefault(Outcome.NOT_APPLICABLE, 0));
    }

    int answered() {
        return met + notMet + notApplicable;
    }

    /** How many gave the most common answer. */
    int agreeing() {
        return Math.max(met, Math.max(notMet, notApplicable));
    }

    /** The most common answers: more than one on a tie; none when nobody answered. */
    List<Outcome> mostCommon() {
        List<Outcome> modal = new ArrayList<>();
        if (answered() == 0) {
            return modal;
        }
        for (Outcome outcome : Outcome.values()) {
            if (count(outcome) == agreeing()) {
                modal.add(outcome);
            }
        }
        return modal;
    }

    int count(Outcome outcome) {
        return switch (outcome) {
            case MET -> met;
            case NOT_MET -> notMet;
            case NOT_APPLICABLE -> notApplicable;
        };
    }

    /** The agreement in percent with one decimal, or null when nobody answered. */
    @Nullable BigDecimal percent() {
        return percent(agreeing(), answered());
    }

    boolean belowThreshold() {
        return answered() > 0 && agreeing() * 100L < THRESHOLD_PERCENT * (long) answered();
    }

    /** "3 of 4 not met"; on a tie "2 of 4 met, 2 of 4 not met"; "No answers" when nobody answered. */
    String describe() {
        if (answered() == 0) {
            return "No answers";
        }
        return String.join(", ", mostCommon().stream().map(outcome -> agreeing() + " of " + answered() + " "
                + outcome.label().toLowerCase(Locale.UK)).toList());
    }

    /** The pooled agreement over every standard, in percent with one decimal, or null when nobody answered. */
    static @Nullable BigDecimal overall(Collection<Agreement> standards) {
        int agreeing = standards.stream().mapToInt(Agreement::agreeing).sum();
        int answered = standards.stream().mapToInt(Agreement::answered).sum();
        return percent(agreeing, answered);
    }

    private static @Nullable BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
