package uk.providerportal.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.providerportal.audit.AuditLog;

/**
 * Audits download links that were refused. A download link is issued to one browser tab of one session, so
 * Vaadin answers a link replayed in another session (another organisation's user, a copied URL) with "not found"
 * before any service is asked: the service's own refusal audit never runs, so the refusal is recorded here.
 */
final class RefusedDownloadFilter extends OncePerRequestFilter {

    static final String DOWNLOADS = "/VAADIN/dynamic/resource/";

    private final AuditLog auditLog;

    RefusedDownloadFilter(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + DOWNLOADS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status >= 400 && status != 401) {
            // The link's security key stays out of the audit trail: /VAADIN/dynamic/resource/{ui}/{key}/{name}.
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String[] parts = path.split("/", -1);
            if (parts.length > 5) {
                parts[5] = "*";
            }
            auditLog.recordDenied("DOWNLOAD_LINK_REFUSED", "Download link", String.join("/", parts),
                    "Refused a download link not issued to this session (HTTP " + status
                            + "): copied from another session, or from a page that has since closed");
        }
    }
}
