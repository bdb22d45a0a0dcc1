package uk.providerportal.base;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * Text that a spreadsheet program would run as a formula when it is opened from a CSV file or typed into a cell:
 * anything starting with =, +, -, @, a tab or a carriage return (OWASP, "CSV Injection"). Case references and file
 * names may not start like that; exports write any such text as a text cell, never as a formula.
 */
public final class FormulaText {

    private static final String STARTS = "=+-@\t\r";

    private FormulaText() {
    }

    public static boolean startsLikeFormula(@Nullable String text) {
        return text != null && !text.isEmpty() && STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The character at fault, named for a message: "'='", or "a tab". */
    public static String firstCharacter(String text) {
        return switch (text.charAt(0)) {
            case '\t' -> "a tab";
            case '\r' -> "a line break";
            default -> "‘" + text.charAt(0) + "’";
        };
    }

    /**
     * Writes text into a workbook cell as a text cell, never a formula. Formula-like text also gets Excel's quote
     * prefix (the hidden leading apostrophe), so the cell stays text even when someone edits it in Excel later.
     */
    public static void setText(Cell cell, @Nullable String text) {
        cell.setCellValue(text == null ? "" : text);
        if (startsLikeFormula(text)) {
            cell.setCellStyle(quotePrefixed(cell.getSheet().getWorkbook(), cell.getCellStyle()));
        }
    }

    /** The workbook's quote-prefixed twin of this style, made once and then found again. */
    private static CellStyle quotePrefixed(Workbook workbook, CellStyle style) {
        if (style.getQuotePrefixed()) {
            return style;
        }
        for (int i = 0; i < workbook.getNumCellStyles(); i++) {
            CellStyle candidate = workbook.getCellStyleAt(i);
            if (candidate.getQuotePrefixed() && candidate.getDataFormat() == style.getDataFormat()
                    && candidate.getWrapText() == style.getWrapText()
                    && candidate.getLocked() == style.getLocked()
                    && candidate.getFontIndex() == style.getFontIndex()
                    && candidate.getAlignment() == style.getAlignment()
                    && candidate.getVerticalAlignment() == style.getVerticalAlignment()) {
                return candidate;
            }
        }
        CellStyle quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(style);
        quoted.setQuotePrefixed(true);
        return quoted;
    }
}
