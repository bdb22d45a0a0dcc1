package uk.providerportal.appeal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import uk.providerportal.appeal.AppealEvidence;
import uk.providerportal.appeal.AppealRecord;
import uk.providerportal.appeal.AppealService;
import uk.providerportal.base.ui.DownloadLinks;

/** A link that downloads one evidence file; the appeals feature checks on every request who may read it. */
final class EvidenceLinks {

    private EvidenceLinks() {
    }

    static Anchor of(AppealService appeals, AppealEvidence evidence) {
        DownloadHandler download = event -> {
            event.setFileName(evidence.fileName());
            event.setContentType(evidence.mediaType());
            appeals.writeEvidence(evidence.id(), event.getOutputStream());
        };
        // The visible words are the accessible name: a label naming the file differently fails WCAG 2.5.3.
        return DownloadLinks.of(download, evidence.fileName() + " (" + size(evidence.size()) + ")");
    }

    /** The appeal's evidence, standard by standard, as download links. */
    static Div list(AppealService appeals, AppealRecord appeal, List<AppealEvidence> evidence) {
        var list = new Div(new H4("Evidence"));
        list.addClassName("portal-card");
        if (evidence.isEmpty()) {
            list.add(new Paragraph("No evidence files were attached."));
        }
        for (AppealRecord.Item item : appeal.items()) {
            List<AppealEvidence> files = evidence.stream().filter(e -> e.caseId() == item.caseId()
                    && e.standardVersionId() == item.standardVersionId()).toList();
            if (!files.isEmpty()) {
                var line = new Div(new Paragraph("Standard " + item.standardCode() + " of case "
                        + item.caseReference() + ":"));
                files.forEach(file -> line.add(of(appeals, file)));
                list.add(line);
            }
        }
        return list;
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB"
                : String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
