package uk.providerportal.sla;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import uk.providerportal.base.DateFormats;

/** One pass over an SLA spreadsheet: every row checked, every problem named with its row number. */
final class SlaImport {

    record Entry(int row, long organisationId, String code, YearMonth month, int monthly, int weekly) {
    }

    private final Map<String, Long> organisationIds;
    private final List<YearMonth> settable;
    private final List<Entry> entries = new ArrayList<>();
    private final List<SlaImportReport.Problem> problems = new ArrayList<>();
    private final Map<String, Integer> firstRowOf = new HashMap<>();
    private int rowsRead;
    private int blankRows;

    SlaImport(Map<String, Long> organisationIds, List<YearMonth> settable) {
        this.organisationIds = organisationIds;
        this.settable = settable;
    }

    SlaImport read(Path file, IntConsumer progress) {
        try {
            SlaSpreadsheet.read(file, line -> {
                if (line.row() == 1) {
                    checkHeadings(line);
                    return;
                }
                if (line.blank()) {
                    return;
                }
                if (leftBlank(line)) {
                    // The template lists every month; a month whose volumes are left empty is not being changed.
                    blankRows++;
                    return;
                }
                rowsRead++;
                if (rowsRead > SlaService.MAX_IMPORT_ROWS) {
                    if (rowsRead == SlaService.MAX_IMPORT_ROWS + 1) {
                        problems.add(new SlaImportReport.Problem(0, "The file has more than "
                                + String.format(Locale.UK, "%,d", SlaService.MAX_IMPORT_ROWS)
                                + " rows; split it into smaller files."));
                    }
                    return;
                }
                check(line);
                if (rowsRead % 500 == 0) {
                    progress.accept(rowsRead);
                }
            });
        } catch (uk.providerportal.base.SpreadsheetRows.UnreadableFile unreadable) {
            problems.add(new SlaImportReport.Problem(0, unreadable.getMessage()));
        }
        if (rowsRead == 0 && problems.isEmpty()) {
            problems.add(new SlaImportReport.Problem(0, blankRows == 0
                    ? "The file has no rows of SLA volumes under the headings."
                    : "Every row's volumes are empty, so there is nothing to save; fill in the monthly volume and "
                    + "weekly sample of the months you want to set."));
        }
        progress.accept(rowsRead);
        return this;
    }

    private void checkHeadings(uk.providerportal.base.SpreadsheetRows.Line line) {
        for (int i = 0; i < SlaSpreadsheet.HEADINGS.size(); i++) {
            if (!line.cell(i).equalsIgnoreCase(SlaSpreadsheet.HEADINGS.get(i))) {
                problems.add(new SlaImportReport.Problem(1, "the headings must be "
                        + String.join(", ", SlaSpreadsheet.HEADINGS) + " (download the template)"));
                return;
            }
        }
    }

    /** Both volumes empty (and typed, not computed): the row says nothing about that month. */
    private static boolean leftBlank(uk.providerportal.base.SpreadsheetRows.Line line) {
        return line.formulaColumns().isEmpty() && line.cell(3).isEmpty() && line.cell(4).isEmpty();
    }

    private void check(uk.providerportal.base.SpreadsheetRows.Line line) {
        int row = line.row();
        if (!line.formulaColumns().isEmpty()) {
            // A formula's cached result is whatever the saving program last computed, or nothing: never a value.
            for (int column : line.formulaColumns()) {
                problem(row, line.formulaProblem(column, column < SlaSpreadsheet.HEADINGS.size()
                        ? SlaSpreadsheet.HEADINGS.get(column) : "not a template column"));
            }
            return;
        }
        int before = problems.size();
        String code = line.cell(0).toUpperCase(Locale.ROOT);
        Long organisationId = organisationIds.get(code);
        if (code.isEmpty()) {
            problem(row, "the organisation code is missing");
        } else if (organisationId == null) {
            problem(row, "unknown organisation code '" + line.cell(0) + "'");
        }
        YearMonth month = null;
        try {
            month = SlaSpreadsheet.parseMonth(line.cell(2));
            if (!settable.contains(month)) {
                problem(row, DateFormats.month(month.atDay(1)) + " is outside the months you can set ("
                        + DateFormats.month(settable.getFirst().atDay(1)) + " to "
                        + DateFormats.month(settable.getLast().atDay(1)) + ")");
            }
        } catch (DateTimeParseException e) {
            problem(row, "'" + line.cell(2) + "' is not a month; write it like 2026-03 or March 2026");
        }
        Integer monthly = number(row, line.cell(3), "monthly volume");
        Integer weekly = number(row, line.cell(4), "weekly sample");
        if (monthly != null && weekly != null && weekly > monthly) {
            problem(row, "the weekly sample (" + weekly + ") cannot be more than the monthly volume (" + monthly
                    + ")");
        }
        if (organisationId != null && month != null) {
            String key = code + "/" + month;
            Integer first = firstRowOf.putIfAbsent(key, row);
            if (first != null) {
                problem(row, "duplicate of row " + first + " (" + code + ", " + DateFormats.month(month.atDay(1))
                        + ")");
            }
        }
        if (problems.size() == before && organisationId != null && month != null && monthly != null
                && weekly != null) {
            entries.add(new Entry(row, organisationId, code, month, monthly, weekly));
        }
    }

    private Integer number(int row, String text, String what) {
        if (text.isEmpty()) {
            problem(row, "the " + what + " is missing");
            return null;
        }
        try {
            int value = new java.math.BigDecimal(text.replace(",", "")).intValueExact();
            if (value < 0) {
                problem(row, "the " + what + " cannot be negative (" + text + ")");
                return null;
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            problem(row, "the " + what + " must be a whole number, not '" + text + "'");
            return null;
        }
    }

    private void problem(int row, String reason) {
        problems.add(new SlaImportReport.Problem(row, reason));
    }

    boolean ok() {
        return problems.isEmpty();
    }

    List<Entry> entries() {
        return entries;
    }

    SlaImportReport report(int changed, int unchanged, boolean saved) {
        return new SlaImportReport(rowsRead, blankRows, List.copyOf(problems), changed, unchanged, saved);
    }
}
