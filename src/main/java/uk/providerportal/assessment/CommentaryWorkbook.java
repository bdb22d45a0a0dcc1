package uk.providerportal.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.FormulaText;
import uk.providerportal.base.WorkbookStyles;
import uk.providerportal.cases.CasesService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.standard.CatalogueEntry;
import uk.providerportal.standard.StandardsService;

/**
 * The month's commentary as one Excel workbook (issue 11, item 8), written as it is read: the organisation's
 * released cases a page at a time as flat rows (never scorecards as entities), into POI's streaming writer, which
 * keeps only a few rows of each sheet in memory. Two sheets: "Cases" (one row per released case) and "Unmet
 * standards" (one row per standard a case ended not meeting), both with the moderated outcome where moderation
 * changed it, and nothing internal (moderation reasons, who moderated, the assessor's superseded values).
 * The caller has checked who may read the organisation's commentary.
 */
@Component
class CommentaryWorkbook {

    /** Released scorecards read per page; each page is three queries (cases, counts, unmet standards). */
    static final int PAGE = 250;
    /** Rows of each sheet POI keeps in memory before writing them to its temporary file. */
    static final int ROW_WINDOW = 50;

    static final String CASES = "Cases";
    static final String UNMET = "Unmet standards";
    static final List<String> CASE_HEADINGS = List.of("Case reference", "Assessment month", "Score", "Result",
            "Released", "Overall commentary");
    static final List<String> UNMET_HEADINGS = List.of("Case reference", "Standard", "Standard wording",
            "What the standard asks", "Customer impact", "Note");
    /** The header row's index: the title and the "as at" line come first. */
    static final int HEADER_ROW = WorkbookStyles.HEADER_ROW;

    private final AssessmentRepository assessments;
    private final CasesService cases;
    private final StandardsService standards;
    private final Clock clock;

    CommentaryWorkbook(AssessmentRepository assessments, CasesService cases, StandardsService standards,
                       Clock clock) {
        this.assessments = assessments;
        this.cases = cases;
        this.standards = standards;
        this.clock = clock;
    }

    /** "Commentary NCA March 2026.xlsx". */
    static String fileName(String organisationCode, YearMonth month) {
        return "Commentary " + organisationCode + " " + DateFormats.month(month) + ".xlsx";
    }

    /** What the workbook held. */
    record Written(int cases, int unmetStandards) {
    }

    Written write(OrganisationSummary organisation, YearMonth month, OutputStream out) throws IOException {
        Instant asAt = clock.instant();
        try (var workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            workbook.setCompressTempFiles(true);
            var styles = new WorkbookStyles(workbook);
            SXSSFSheet caseSheet = workbook.createSheet(CASES);
            SXSSFSheet unmetSheet = workbook.createSheet(UNMET);
            String title = "Assessment commentary: " + organisation.name() + " (" + organisation.code() + "), "
                    + DateFormats.month(month);
            String asAtLine = asAtLine(organisation.name(), month, asAt);
            styles.head(caseSheet, title, asAtLine, CASE_HEADINGS, new int[] {18, 18, 10, 10, 18, 90});
            styles.head(unmetSheet, title, asAtLine, UNMET_HEADINGS, new int[] {18, 10, 30, 50, 22, 70});

            Map<Long, CatalogueEntry> byVersion = new HashMap<>();
            int caseRow = HEADER_ROW;
            int unmetRow = HEADER_ROW;
            long after = 0;
            while (true) {
                List<Object[]> page = assessments.releasedAfter(organisation.id(), month.atDay(1), after,
                        PageRequest.of(0, PAGE));
                if (page.isEmpty()) {
                    break;
                }
                List<Long> ids = new ArrayList<>(page.size());
                List<Long> caseIds = new ArrayList<>(page.size());
                for (Object[] row : page) {
                    ids.add((Long) row[0]);
                    caseIds.add((Long) row[1]);
                }
                Map<Long, String> references = cases.references(organisation.id(), caseIds);
                Map<Long, int[]> counts = new HashMap<>();
                for (Object[] row : assessments.finalOutcomeCounts(ids)) {
                    if (row[1] != null) {
                        counts.computeIfAbsent((Long) row[0], id -> new int[3])[((Outcome) row[1]).ordinal()] +=
                                ((Number) row[2]).intValue();
                    }
                }
                Map<Long, String> referenceByScorecard = new HashMap<>();
                for (Object[] row : page) {
                    long id = (Long) row[0];
                    String reference = references.getOrDefault((Long) row[1], "");
                    referenceByScorecard.put(id, reference);
                    int[] c = counts.getOrDefault(id, new int[3]);
                    var score = new CaseScore(c[Outcome.MET.ordinal()], c[Outcome.NOT_MET.ordinal()],
                            c[Outcome.NOT_APPLICABLE.ordinal()]);
                    caseRow(caseSheet.createRow(++caseRow), styles, reference, month, score,
                            (BigDecimal) row[2], (Instant) row[3], (String) row[4]);
                }
                List<Object[]> unmet = assessments.finalUnmet(ids);
                List<Long> missing = unmet.stream().map(row -> (Long) row[1])
                        .filter(version -> !byVersion.containsKey(version)).distinct().toList();
                if (!missing.isEmpty()) {
                    byVersion.putAll(standards.versions(missing));
                }
                for (Object[] row : unmet) {
                    unmetRow(unmetSheet.createRow(++unmetRow), styles,
                            referenceByScorecard.getOrDefault((Long) row[0], ""), byVersion.get((Long) row[1]),
                            (CustomerImpact) row[2], (String) row[3]);
                }
                after = (Long) page.getLast()[1];
            }
            if (caseRow == HEADER_ROW) {
                FormulaText.setText(caseSheet.createRow(HEADER_ROW + 1).createCell(0),
                        "No cases of " + DateFormats.month(month) + " have been released yet.");
            }
            if (unmetRow == HEADER_ROW) {
                FormulaText.setText(unmetSheet.createRow(HEADER_ROW + 1).createCell(0), caseRow == HEADER_ROW
                        ? "No cases released yet." : "Every standard that applied was met in every released case.");
            }
            workbook.write(out);
            return new Written(caseRow - HEADER_ROW, unmetRow - HEADER_ROW);
        }
    }

    /**
     * The workbook is offered at any time: before the month ends it says the month is still open, so nobody takes
     * it for the whole month.
     */
    static String asAtLine(String organisationName, YearMonth month, Instant asAt) {
        LocalDate today = LocalDate.ofInstant(asAt, DateFormats.ZONE);
        String line = "As at " + DateFormats.dateTime(asAt) + " (UK time): the cases released to " + organisationName
                + " by then.";
        if (!today.isAfter(month.atEndOfMonth())) {
            line += " " + DateFormats.month(month) + " is still open until " + DateFormats.date(month.atEndOfMonth())
                    + ", so more cases may be released: download it again after then for the whole month.";
        }
        return line;
    }

    private static void caseRow(Row row, WorkbookStyles styles, String reference, YearMonth month, CaseScore score,
                                @Nullable BigDecimal passMark, Instant releasedAt, String commentary) {
        FormulaText.setText(row.createCell(0), reference);
        FormulaText.setText(row.createCell(1), DateFormats.month(month));
        var scoreCell = row.createCell(2);
        BigDecimal percent = score.percent();
        if (percent == null) {
            scoreCell.setCellValue(CaseScore.Result.NO_SCORE.label());
        } else {
            // A number Excel can sort and sum, shown with one decimal ("84.6%").
            scoreCell.setCellValue(percent.movePointLeft(2).doubleValue());
            scoreCell.setCellStyle(styles.percent);
        }
        row.createCell(3).setCellValue(!score.scored() ? CaseScore.Result.NO_SCORE.label()
                : passMark == null ? "No pass mark set" : score.result(passMark).label());
        var released = row.createCell(4);
        released.setCellValue(LocalDate.ofInstant(releasedAt, DateFormats.ZONE));
        released.setCellStyle(styles.date);
        var text = row.createCell(5);
        text.setCellStyle(styles.wrapped);
        FormulaText.setText(text, commentary.isBlank() ? "None" : commentary);
    }

    private static void unmetRow(Row row, WorkbookStyles styles, String reference, @Nullable CatalogueEntry entry,
                                 @Nullable CustomerImpact impact, @Nullable String note) {
        FormulaText.setText(row.createCell(0), reference);
        FormulaText.setText(row.createCell(1), entry == null ? "" : entry.standard().code());
        FormulaText.setText(row.createCell(2), entry == null ? "" : entry.standard().title());
        var wording = row.createCell(3);
        wording.setCellStyle(styles.wrapped);
        FormulaText.setText(wording, entry == null ? "" : entry.standard().description());
        row.createCell(4).setCellValue(impact == null ? "No customer impact recorded" : impact.label());
        var noteCell = row.createCell(5);
        noteCell.setCellStyle(styles.wrapped);
        FormulaText.setText(noteCell, note == null ? "" : note);
    }
}
