package uk.providerportal.assessment.ui;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.providerportal.cases.CaseFileSummary;
import uk.providerportal.cases.CasesService;
import uk.providerportal.cases.FileDownload;

/**
 * Case record files read beside the scorecard without downloading them (issue 11, item 4), served so that nothing
 * in them can act as the portal: only types a browser shows without running anything of theirs (PDF, pictures,
 * plain text) are sent inline; HTML, SVG and everything else only ever as a download. An inline response is
 * sandboxed by its own content security policy (no scripts, no forms, an origin of its own), may not be sniffed
 * into another type, and may be framed by the portal only.
 */
final class InlineFiles {

    /** The types shown inline, and the type each is sent as (plain text with its character set). */
    static final Map<String, String> SHOWN_INLINE = Map.of(
            "application/pdf", "application/pdf",
            "image/png", "image/png",
            "image/jpeg", "image/jpeg",
            "image/gif", "image/gif",
            "image/webp", "image/webp",
            "text/plain", "text/plain; charset=UTF-8");

    /** The policy of an inline file's own response: a sandbox with nothing allowed to run or load elsewhere. */
    static final String SANDBOX_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; "
            + "style-src 'unsafe-inline'; frame-ancestors 'self'";

    private InlineFiles() {
    }

    /** The type to send a file inline as, or null when it is offered as a download only. */
    static @Nullable String inlineType(String mediaType) {
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return SHOWN_INLINE.get(bare);
    }

    static boolean viewable(CaseFileSummary file) {
        return inlineType(file.mediaType()) != null;
    }

    /**
     * The file's content for the frame beside the scorecard, read through the cases feature (which refuses, and
     * audits, anyone who may not read the case). A type not shown inline is sent as a download, never inline.
     */
    static DownloadHandler view(CasesService cases, long caseId, long fileId) {
        return event -> {
            FileDownload download = cases.openFile(caseId, fileId);
            VaadinResponse response = event.getResponse();
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            String type = inlineType(download.mediaType());
            if (type == null) {
                response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
                event.setFileName(download.fileName());
                event.setContentType("application/octet-stream");
            } else {
                response.setHeader("Content-Security-Policy", SANDBOX_POLICY);
                response.setHeader("X-Frame-Options", "SAMEORIGIN");
                event.setContentType(type);
                event.inline(download.fileName());
            }
            event.setContentLength(download.size());
            try (InputStream in = download.content().open(); OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
        };
    }
}
