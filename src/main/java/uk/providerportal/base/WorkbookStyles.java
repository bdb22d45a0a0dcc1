package uk.providerportal.base;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles the portal's exported workbooks share, made once per workbook: a 14-point bold title, bold
 * wrapped headings, percentages with one decimal, en-GB dates, and wrapped text; all but the title aligned to the top.
 */
public final class WorkbookStyles {

    public final CellStyle title;
    public final CellStyle header;
    public final CellStyle percent;
    public final CellStyle date;
    public final CellStyle wrapped;

    public WorkbookStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        var formats = workbook.getCreationHelper().createDataFormat();
        percent = workbook.createCellStyle();
        percent.setDataFormat(formats.getFormat("0.0%"));
        percent.setVerticalAlignment(VerticalAlignment.TOP);
        date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat("d mmmm yyyy"));
        date.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /**
     * Heads a sheet the portal's way: the title in row 1, the "as at" line in row 2, bold headings in row 3 with
     * these column widths (in characters), frozen above the data. Title and line are written as text, never formulas.
     */
    public void head(Sheet sheet, String title, String asAtLine, List<String> headings, int[] widths) {
        Cell titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellStyle(this.title);
        FormulaText.setText(titleCell, title);
        FormulaText.setText(sheet.createRow(1).createCell(0), asAtLine);
        Row row = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < headings.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellStyle(header);
            cell.setCellValue(headings.get(i));
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    /** The headings' row index (0-based): the data starts below it. */
    public static final int HEADER_ROW = 2;
}
