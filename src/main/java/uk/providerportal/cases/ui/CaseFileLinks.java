package uk.providerportal.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.cases.CaseFileSummary;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.CasesService;

/**
 * The download links of every case record file a page lists, served by one download handler for the whole page
 * rather than one per link: each handler is kept in the session for as long as the page is open (issue 10, item 13).
 * The link names the case and the file; the cases feature decides on every request whether the person asking may
 * read it, so a changed number in a link reaches nothing more than the list did. Like every Vaadin download link, it
 * works only in the session and page it was issued to.
 */
public final class CaseFileLinks implements Serializable {

    private static final String ATTRIBUTE = "data-case-files";

    private final Component host;

    public CaseFileLinks(CasesService cases, Component host) {
        this.host = host;
        // Registered when the host is attached, so the link carries the page's own UI id.
        host.addAttachListener(attach -> {
            if (!host.getElement().hasAttribute(ATTRIBUTE)) {
                host.getElement().setAttribute(ATTRIBUTE, (DownloadHandler) event -> serve(cases, event));
            }
        });
    }

    /** The link to one file of one case, for an {@code href}; empty until the page is attached. */
    public String href(long caseId, long fileId) {
        String base = host.getElement().getAttribute(ATTRIBUTE);
        return base == null ? "" : base + "?case=" + caseId + "&file=" + fileId;
    }

    /** A grid column listing each case's files as download links, drawn in the browser (no component per row). */
    public LitRenderer<CaseSummary> renderer() {
        return LitRenderer.<CaseSummary>of("<div class=\"case-files\">${item.files.map(file => html`<a href=\"${file"
                        + ".href}\" download aria-label=\"${file.label}\">${file.name}</a>`)}</div>")
                .withProperty("files", sample -> files(sample.id(), sample.reference(), sample.files()));
    }

    private List<FileLink> files(long caseId, String reference, List<CaseFileSummary> files) {
        return files.stream().map(file -> new FileLink(href(caseId, file.id()), file.fileName(),
                "Download " + file.fileName() + " of case " + reference)).toList();
    }

    /** One link as the browser draws it. */
    public record FileLink(String href, String name, String label) implements Serializable {
    }

    private static void serve(CasesService cases, DownloadEvent event) throws IOException {
        long caseId;
        long fileId;
        try {
            caseId = Long.parseLong(event.getRequest().getParameter("case"));
            fileId = Long.parseLong(event.getRequest().getParameter("file"));
        } catch (NumberFormatException unreadable) {
            event.getResponse().setStatus(404);
            return;
        }
        uk.providerportal.cases.FileDownload download;
        try {
            download = cases.openFile(caseId, fileId);
        } catch (ItemNotFoundException | AccessDeniedException refused) {
            // The cases feature has recorded the refusal; the answer does not say whether the file exists.
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(download.fileName());
        event.setContentType(download.mediaType());
        event.setContentLength(download.size());
        try (InputStream in = download.content().open(); OutputStream out = event.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
