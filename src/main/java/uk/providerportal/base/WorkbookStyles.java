package uk.providerportal.base;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
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
}
