package uk.providerportal.contractreview;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.providerportal.base.DateFormats;

/**
 * The review pack in both forms from the same sections: a tagged PDF (PDF/UA; an XHTML template in Thymeleaf's XML
 * mode, so every value is escaped, laid out by openhtmltopdf with DejaVu Sans embedded, as the KPI report) and an Excel
 * workbook with a sheet per agenda item (text cells only: nothing a partner wrote can become a formula).
 */
@Component
class ReviewPack {

    /** An agenda item with the sections the features gave for it. */
    record Item(String heading, List<PackSection> sections) {
    }

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final Path fontDirectory;

    ReviewPack(@Value("${portal.pdf.font-dir:/usr/share/fonts/truetype/dejavu}") String fontDirectory) {
        this.fontDirectory = Path.of(fontDirectory);
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("contractreview/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    static List<Item> items(List<PackSection> sections) {
        List<Item> items = new ArrayList<>();
        for (AgendaItem item : AgendaItem.values()) {
            items.add(new Item((item.ordinal() + 1) + ". " + item.label(), sections.stream()
                    .filter(s -> s.item() == item).toList()));
        }
        return items;
    }

    static String title(ContractReviewRecord review) {
        return "Contract performance review: " + review.organisationName() + ", " + DateFormats.month(review.month());
    }

    String xhtml(ContractReviewRecord review, List<PackSection> sections, Instant asAt) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title(review));
        model.put("asAt", "Produced " + DateFormats.dateTime(asAt) + " (UK time) from the Provider Portal.");
        model.put("meeting", "Meeting on " + DateFormats.date(review.meetingOn()) + ". Management information due by "
                + DateFormats.date(review.informationDueOn()) + ".");
        model.put("attendees", "Attendees: " + (review.attendees().isBlank() ? "not recorded yet" : review.attendees())
                + ".");
        model.put("items", items(sections));
        model.put("held", review.held());
        model.put("notes", review.notes().isBlank() ? "No notes recorded." : review.notes());
        model.put("actions", review.actions().stream().map(a -> List.of(a.what(), a.owner(),
                DateFormats.date(a.dueOn()))).toList());
        return templates.process("review-pack", new Context(DateFormats.LOCALE, model));
    }

    void pdf(String xhtml, OutputStream out) throws IOException {
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        font(builder, "DejaVuSans.ttf", 400);
        font(builder, "DejaVuSans-Bold.ttf", 700);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    void workbook(ContractReviewRecord review, List<PackSection> sections, OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            Sheet cover = workbook.createSheet("Review");
            int r = 0;
            r = line(cover, r, heading, title(review));
            r = line(cover, r, null, "Meeting on " + DateFormats.date(review.meetingOn()));
            r = line(cover, r, null, "Management information due by " + DateFormats.date(review.informationDueOn()));
            r = line(cover, r, null, "Attendees: " + review.attendees());
            if (review.held()) {
                r = line(cover, r, heading, "Notes");
                r = line(cover, r, null, review.notes());
                r = line(cover, r, heading, "Agreed actions");
                for (AgreedAction action : review.actions()) {
                    r = line(cover, r, null, action.what() + " (" + action.owner() + ", due "
                            + DateFormats.date(action.dueOn()) + ")");
                }
            }
            cover.setColumnWidth(0, 120 * 256);
            for (Item item : items(sections)) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(item.heading()));
                int row = line(sheet, 0, heading, item.heading());
                if (item.sections().isEmpty()) {
                    line(sheet, row, null, "Nothing in the portal for this item yet.");
                }
                for (PackSection section : item.sections()) {
                    row = line(sheet, row + 1, null, section.introduction());
                    row = cells(sheet, row, heading, section.headers());
                    for (List<String> cells : section.rows()) {
                        row = cells(sheet, row, null, cells);
                    }
                }
                for (int c = 0; c < 8; c++) {
                    sheet.setColumnWidth(c, 28 * 256);
                }
            }
            workbook.write(out);
        }
    }

    private static int line(Sheet sheet, int row, @Nullable CellStyle style, String text) {
        return cells(sheet, row, style, List.of(text));
    }

    private static int cells(Sheet sheet, int row, @Nullable CellStyle style, List<String> texts) {
        Row line = sheet.createRow(row);
        for (int c = 0; c < texts.size(); c++) {
            var cell = line.createCell(c);
            cell.setCellValue(texts.get(c));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return row + 1;
    }

    private void font(PdfRendererBuilder builder, String file, int weight) {
        File font = fontDirectory.resolve(file).toFile();
        if (!font.isFile()) {
            throw new IllegalStateException("The review pack's font " + font + " is missing: install "
                    + "fonts-dejavu-core or set portal.pdf.font-dir to a folder holding DejaVu Sans");
        }
        builder.useFont(font, "DejaVu Sans", weight, BaseRendererBuilder.FontStyle.NORMAL, true);
    }
}
