package uk.providerportal.contractreview.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.DownloadLinks;
import uk.providerportal.contractreview.ContractReviewRecord;
import uk.providerportal.contractreview.ContractReviewService;

/** The review pack's two downloads; the service checks on every request who may read them. */
final class PackLinks {

    private PackLinks() {
    }

    static Span of(ContractReviewService reviews, ContractReviewRecord review) {
        String month = DateFormats.month(review.month());
        DownloadHandler pdf = event -> {
            event.setFileName(review.packFileName("pdf"));
            event.setContentType("application/pdf");
            reviews.writePackPdf(review.id(), event.getOutputStream());
        };
        DownloadHandler excel = event -> {
            event.setFileName(review.packFileName("xlsx"));
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            reviews.writePackWorkbook(review.id(), event.getOutputStream());
        };
        Anchor pdfLink = DownloadLinks.of(pdf, "Review pack for " + month + " (PDF)");
        pdfLink.setId("review-pack-pdf-" + review.id());
        Anchor excelLink = DownloadLinks.of(excel, "Review pack for " + month + " (Excel)");
        excelLink.setId("review-pack-excel-" + review.id());
        return new Span(pdfLink, excelLink);
    }
}
