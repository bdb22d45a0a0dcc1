package uk.providerportal.cases;

import java.util.Map;

/**
 * How many cases a month folder holds, counted in the database: in all, and per assessment week (withdrawn cases
 * free their place and are not counted).
 */
public record FolderCounts(int filed, Map<Integer, Week> weeks) {

    public FolderCounts {
        weeks = Map.copyOf(weeks);
    }

    public Week week(int number) {
        return weeks.getOrDefault(number, new Week(0, 0));
    }

    /** @param late how many of them arrived after their week ended */
    public record Week(int received, int late) {
    }
}
