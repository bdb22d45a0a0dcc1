package uk.providerportal.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.FormulaText;
import uk.providerportal.base.WorkbookStyles;

/**
 * The Excel template of one return of one period (issue 15): a protected sheet with a code, a label and a value per
 * figure, where only the value cells are open, and a very hidden structure sheet naming the return type, the period
 * and the codes. An upload is read back only when its sheets, headings, codes and structure are exactly as written;
 * otherwise it is refused as a changed format, since a moved column would put figures under the wrong heading.
 */
final class ReturnTemplate {

    static final String RETURN_SHEET = "Return";
    static final String STRUCTURE_SHEET = "Structure";
    static final List<String> HEADINGS = List.of("Code", "Figure", "Value");
    static final int HEADER_ROW = 3;
    static final int CODE = 0;
    static final int LABEL = 1;
    static final int VALUE = 2;

    /** The figures read, only when there is no problem at all, and every problem with its row and column. */
    record Read(Map<String, Long> values, List<String> problems) {

        Read {
            values = Map.copyOf(values);
            problems = List.copyOf(problems);
        }

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private ReturnTemplate() {
    }

    static String marker(ReturnType type, YearMonth period) {
        return "provider-portal-return:1:" + type.name() + ":" + period;
    }

    static String periodText(ReturnType type, YearMonth period) {
        return type.frequency() == Frequency.QUARTERLY ? DateFormats.month(period) + " to "
                + DateFormats.month(type.lastMonth(period)) : DateFormats.month(period);
    }

    static void write(ReturnType type, YearMonth period, String organisationName, java.time.LocalDate dueOn,
                      Map<String, Long> values, OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            var styles = new WorkbookStyles(workbook);
            Sheet sheet = workbook.createSheet(RETURN_SHEET);
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellStyle(styles.title);
            FormulaText.setText(title, type.label() + " return: " + organisationName + ", "
                    + periodText(type, period));
            FormulaText.setText(sheet.createRow(1).createCell(0), "Due on " + DateFormats.date(dueOn) + ". Enter "
                    + "each figure as a whole number (0 if there were none) in the Value column, then upload this file.");
            Row header = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < HEADINGS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellStyle(styles.header);
                cell.setCellValue(HEADINGS.get(i));
            }
            CellStyle open = workbook.createCellStyle();
            open.setLocked(false);
            int r = HEADER_ROW + 1;
            for (ReturnFigure figure : type.figures()) {
                Row row = sheet.createRow(r++);
                row.createCell(CODE).setCellValue(figure.key());
                row.createCell(LABEL).setCellValue(figure.label());
                Cell value = row.createCell(VALUE);
                value.setCellStyle(open);
                Long known = values.get(figure.key());
                if (known != null) {
                    value.setCellValue(known);
                }
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation whole = helper.createValidation(helper.createIntegerConstraint(
                            DataValidationConstraint.OperatorType.BETWEEN, "0", String.valueOf(ReturnType.MAX_FIGURE)),
                    new CellRangeAddressList(HEADER_ROW + 1, r - 1, VALUE, VALUE));
            whole.setShowErrorBox(true);
            whole.createErrorBox("Value", "Enter a whole number, 0 or more.");
            sheet.addValidationData(whole);
            sheet.setColumnWidth(CODE, 28 * 256);
            sheet.setColumnWidth(LABEL, 60 * 256);
            sheet.setColumnWidth(VALUE, 14 * 256);
            sheet.protectSheet("");
            Sheet structure = workbook.createSheet(STRUCTURE_SHEET);
            structure.createRow(0).createCell(0).setCellValue(marker(type, period));
            int s = 1;
            for (ReturnFigure figure : type.figures()) {
                structure.createRow(s++).createCell(0).setCellValue(figure.key());
            }
            structure.protectSheet("");
            workbook.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    static Read read(ReturnType type, YearMonth period, InputStream in) {
        List<String> problems = new ArrayList<>();
        Map<String, Long> values = new LinkedHashMap<>();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            if (!(workbook instanceof XSSFWorkbook)) {
                return refused("This is not an Excel (.xlsx) workbook: download the template and fill that in.");
            }
            List<String> sheets = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheets.add(workbook.getSheetName(i));
            }
            if (!sheets.equals(List.of(RETURN_SHEET, STRUCTURE_SHEET))) {
                return refused("The workbook's sheets were changed (a sheet renamed, added or removed): it has "
                        + String.join(", ", sheets.stream().map(name -> "“" + name + "”").toList()) + ", the template "
                        + "has “" + RETURN_SHEET + "”. Download a fresh template and copy your figures into it.");
            }
            String problem = structureProblem(type, period, workbook.getSheet(STRUCTURE_SHEET));
            if (problem != null) {
                return refused(problem);
            }
            Sheet sheet = workbook.getSheet(RETURN_SHEET);
            problem = headerProblem(sheet);
            if (problem != null) {
                return refused(problem);
            }
            DataFormatter formatter = new DataFormatter(DateFormats.LOCALE);
            int r = HEADER_ROW + 1;
            for (ReturnFigure figure : type.figures()) {
                Row row = sheet.getRow(r);
                String code = row == null ? "" : formatter.formatCellValue(row.getCell(CODE)).strip();
                String label = row == null ? "" : formatter.formatCellValue(row.getCell(LABEL)).strip();
                if (!code.equals(figure.key()) || !label.equals(figure.label())) {
                    return refused("Row " + (r + 1) + " was changed: the template has “" + figure.key() + "” ("
                            + figure.label() + ") there. Rows cannot be moved, added or removed; download a fresh "
                            + "template.");
                }
                String extra = extraCell(row, formatter);
                if (extra != null) {
                    return refused(extra);
                }
                readValue(row.getCell(VALUE), r, figure, values, problems);
                r++;
            }
            for (int extraRow = r; extraRow <= sheet.getLastRowNum(); extraRow++) {
                Row row = sheet.getRow(extraRow);
                if (row != null && !blank(row, formatter)) {
                    return refused("Row " + (extraRow + 1) + " was added below the figures: the template has "
                            + type.figures().size() + " figures and nothing after them. Remove it, or download a "
                            + "fresh template.");
                }
            }
        } catch (IOException | RuntimeException e) {
            return refused("This file could not be read as an Excel workbook: download the template, fill it in and "
                    + "upload it as .xlsx.");
        }
        if (problems.isEmpty()) {
            problems.addAll(type.inconsistencies(values));
        }
        return problems.isEmpty() ? new Read(values, List.of()) : new Read(Map.of(), problems);
    }

    private static @Nullable String structureProblem(ReturnType type, YearMonth period, Sheet structure) {
        Row first = structure.getRow(0);
        String marker = first == null || first.getCell(0) == null ? "" : first.getCell(0).toString().strip();
        if (!marker.startsWith("provider-portal-return:")) {
            return "This is not a return template of the portal (its structure sheet was changed or removed): "
                    + "download a fresh template.";
        }
        if (!marker.equals(marker(type, period))) {
            String[] parts = marker.split(":");
            String other = parts.length == 4 ? describe(parts[2], parts[3]) : "another return";
            return "This is the template of " + other + ", not of the " + type.label().toLowerCase(DateFormats.LOCALE)
                    + " return of " + periodText(type, period) + ": upload it against its own return.";
        }
        return null;
    }

    private static String describe(String typeName, String month) {
        try {
            ReturnType type = ReturnType.valueOf(typeName);
            return "the " + type.label().toLowerCase(DateFormats.LOCALE) + " return of "
                    + periodText(type, YearMonth.parse(month));
        } catch (RuntimeException e) {
            return "another return";
        }
    }

    private static @Nullable String headerProblem(Sheet sheet) {
        Row header = sheet.getRow(HEADER_ROW);
        DataFormatter formatter = new DataFormatter(DateFormats.LOCALE);
        for (int i = 0; i < HEADINGS.size(); i++) {
            String found = header == null ? "" : formatter.formatCellValue(header.getCell(i)).strip();
            if (!found.equals(HEADINGS.get(i))) {
                return "The header of column " + CellReference.convertNumToColString(i) + " was changed from “"
                        + HEADINGS.get(i) + "” to “" + found + "”: the format of the template cannot be changed. "
                        + "Download a fresh template and copy your figures into it.";
            }
        }
        return extraCell(header, formatter);
    }

    /** A column added to the right of the template's columns, in any row. */
    private static @Nullable String extraCell(@Nullable Row row, DataFormatter formatter) {
        if (row == null) {
            return null;
        }
        for (Cell cell : row) {
            if (cell.getColumnIndex() > VALUE && !formatter.formatCellValue(cell).isBlank()) {
                return "A column was added: " + CellReference.convertNumToColString(cell.getColumnIndex())
                        + (row.getRowNum() + 1) + " holds “" + formatter.formatCellValue(cell).strip() + "”, but the "
                        + "template has only the columns " + String.join(", ", HEADINGS) + ". Remove it, or download "
                        + "a fresh template.";
            }
        }
        return null;
    }

    private static boolean blank(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void readValue(@Nullable Cell cell, int r, ReturnFigure figure, Map<String, Long> values,
                                  List<String> problems) {
        String where = "Row " + (r + 1) + ", column " + CellReference.convertNumToColString(VALUE) + " ("
                + figure.label() + "): ";
        if (cell == null || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
            problems.add(where + "enter a figure, 0 if there were none.");
            return;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            problems.add(where + "is a formula; type the figure itself.");
            return;
        }
        double number;
        if (cell.getCellType() == CellType.NUMERIC) {
            number = cell.getNumericCellValue();
        } else if (cell.getCellType() == CellType.STRING) {
            try {
                number = Double.parseDouble(cell.getStringCellValue().strip().replace(",", ""));
            } catch (NumberFormatException e) {
                problems.add(where + "“" + cell.getStringCellValue().strip() + "” is not a number.");
                return;
            }
        } else {
            problems.add(where + "is not a number.");
            return;
        }
        if (number < 0 || number != Math.rint(number)) {
            problems.add(where + "must be a whole number, 0 or more.");
        } else if (number > ReturnType.MAX_FIGURE) {
            problems.add(where + "is more than " + String.format(DateFormats.LOCALE, "%,d", ReturnType.MAX_FIGURE)
                    + ", far beyond any return; check it.");
        } else {
            values.put(figure.key(), (long) number);
        }
    }

    private static Read refused(String problem) {
        return new Read(Map.of(), List.of(problem));
    }
}
