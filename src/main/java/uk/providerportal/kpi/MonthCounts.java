package uk.providerportal.kpi;

import java.math.BigDecimal;

/** One organisation's counted cases of one month: the raw figures every period is added up from. */
record MonthCounts(int counted, int passing, BigDecimal scoreTotal, int detriment) {

    static final MonthCounts NONE = new MonthCounts(0, 0, BigDecimal.ZERO, 0);

    MonthCounts plus(MonthCounts other) {
        return new MonthCounts(counted + other.counted, passing + other.passing, scoreTotal.add(other.scoreTotal),
                detriment + other.detriment);
    }

    static MonthCounts of(KpiFigure inMonth) {
        return new MonthCounts(inMonth.casesCounted(), inMonth.casesPassing(), inMonth.scoreTotal(),
                inMonth.actualDetriment());
    }
}
