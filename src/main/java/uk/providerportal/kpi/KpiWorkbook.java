package uk.providerportal.kpi;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.ReleasedCaseLine;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.FormulaText;
import uk.providerportal.base.WorkbookStyles;

/**
 * Excel workbooks of the KPI feature, written with POI's streaming writer (a few rows in memory, the rest in its
 * temporary file) and every piece of text people typed written as text, never a formula ({@link FormulaText}).
 */
final class KpiWorkbook {

    /** Rows of each sheet POI keeps in memory before writing them to its temporary file. */
    static final int ROW_WINDOW = 100;
    static final String FIGURES = "KPI";
    static final String CASES = "Cases";
    static final String OVERVIEW = "KPI overview";
    static final List<String> FIGURE_HEADINGS = List.of("Period", "KPI", "Target", "Target met", "Tier",
            "Cases counted", "Cases passing", "Average score", "Unmet standards with actual detriment");
    static final List<String> CASE_HEADINGS = List.of("Case reference", "Score", "Result", "Released",
            "Overall commentary");
    static final List<String> OVERVIEW_HEADINGS = List.of("Organisation", "Code", "Programme", "KPI", "Target",
            "Target met", "Tier", "Cases counted", "Cases passing", "Change since last month (points)", "Revised");
    static final int HEADER_ROW = WorkbookStyles.HEADER_ROW;

    /**
     * Deflated at the fastest level: a month of 100,000 cases is about 30 MB of sheet XML, and at the default level
     * compressing it took a third of the export's time for a file a little smaller. The rows go to POI's temporary
     * file through {@link EscapingSheetWriter}, which writes the same XML with about a third less CPU time.
     */
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW) {
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new EscapingSheetWriter();
        }
    };
    private final WorkbookStyles styles = new WorkbookStyles(workbook);

    /** "KPI NCA March 2026.xlsx". */
    static String fileName(String organisationCode, YearMonth month) {
        return "KPI " + organisationCode + " " + DateFormats.month(month) + ".xlsx";
    }

    /** "KPI overview March 2026.xlsx". */
    static String overviewFileName(YearMonth month) {
        return "KPI overview " + DateFormats.month(month) + ".xlsx";
    }

    SXSSFSheet sheet(String name, String heading, String asAtLine, List<String> headings, int[] widths) {
        SXSSFSheet sheet = workbook.createSheet(name);
        styles.head(sheet, heading, asAtLine, headings, widths);
        return sheet;
    }

    void figure(Row row, KpiFigure figure) {
        row.createCell(0).setCellValue(figure.period().label());
        percentCell(row.createCell(1), figure.kpiPercent(), KpiFigure.NO_CASES);
        percentCell(row.createCell(2), figure.target(), "");
        row.createCell(3).setCellValue(figure.targetText());
        row.createCell(4).setCellValue(figure.tierText());
        row.createCell(5).setCellValue(figure.casesCounted());
        row.createCell(6).setCellValue(figure.casesPassing());
        percentCell(row.createCell(7), figure.averageScore(), "–");
        row.createCell(8).setCellValue(figure.actualDetriment());
    }

    void caseLine(Row row, ReleasedCaseLine line) {
        FormulaText.setText(row.createCell(0), line.reference());
        percentCell(row.createCell(1), line.score(), line.result());
        row.createCell(2).setCellValue(line.result());
        Cell released = row.createCell(3);
        released.setCellValue(LocalDate.ofInstant(line.releasedAt(), DateFormats.ZONE));
        released.setCellStyle(styles.date);
        Cell text = row.createCell(4);
        text.setCellStyle(styles.wrapped);
        FormulaText.setText(text, line.commentary().isBlank() ? "None" : line.commentary());
    }

    void overview(Row row, KpiOverviewRow line) {
        PublishedKpi kpi = line.kpi();
        KpiFigure figure = kpi.inMonth();
        FormulaText.setText(row.createCell(0), kpi.organisationName());
        FormulaText.setText(row.createCell(1), kpi.organisationCode());
        FormulaText.setText(row.createCell(2), kpi.programmeName());
        percentCell(row.createCell(3), figure.kpiPercent(), KpiFigure.NO_CASES);
        percentCell(row.createCell(4), figure.target(), "");
        row.createCell(5).setCellValue(figure.targetText());
        row.createCell(6).setCellValue(figure.tierText());
        row.createCell(7).setCellValue(figure.casesCounted());
        row.createCell(8).setCellValue(figure.casesPassing());
        BigDecimal change = line.change();
        if (change == null) {
            row.createCell(9).setCellValue("–");
        } else {
            row.createCell(9).setCellValue(change.doubleValue());
        }
        row.createCell(10).setCellValue(kpi.revised() ? "Revised (version " + kpi.version() + ")" : "No");
    }

    /** A note in the first cell of a row (an empty sheet says why it is empty). */
    void note(Row row, String text) {
        FormulaText.setText(row.createCell(0), text);
    }

    /** A percentage Excel can sort and sum, shown with one decimal; the text when there is none. */
    private void percentCell(Cell cell, @Nullable BigDecimal value, String otherwise) {
        if (value == null) {
            cell.setCellValue(otherwise);
        } else {
            cell.setCellValue(value.movePointLeft(2).doubleValue());
            cell.setCellStyle(styles.percent);
        }
    }

    void write(OutputStream out) throws IOException {
        try (workbook) {
            workbook.write(out);
        }
    }

    /** "As at 3 April 2026 10:15 (UK time)." */
    static String asAt(Instant at) {
        return "As at " + DateFormats.dateTime(at) + " (UK time).";
    }
}
