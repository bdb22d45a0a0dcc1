package uk.providerportal.cases.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import uk.providerportal.base.DateFormats;
import uk.providerportal.cases.CaseSummary;

/**
 * A case's status as a badge, the same in every list of cases: "Queued", "Received (rolled over from May 2028)".
 * Drawn by the grid in the browser from two values per row, not as a server-side component per row: a component
 * costs every open page a few state nodes per row for as long as the page stays open (issue 10, item 13).
 */
public final class CaseStatusBadge {

    private CaseStatusBadge() {
    }

    /** A grid column renderer for the badge; Lit escapes the text. */
    public static LitRenderer<CaseSummary> renderer() {
        return LitRenderer.<CaseSummary>of("<span theme=\"${item.badgeTheme}\">${item.badgeText}</span>")
                .withProperty("badgeTheme", CaseStatusBadge::theme)
                .withProperty("badgeText", CaseStatusBadge::text);
    }

    public static String text(CaseSummary sample) {
        return sample.status().label() + (sample.rolledOverFrom() == null ? ""
                : " (rolled over from " + DateFormats.month(sample.rolledOverFrom()) + ")");
    }

    public static String theme(CaseSummary sample) {
        return "badge" + switch (sample.status()) {
            case WITHDRAWN -> " contrast";
            case SUBMITTED_FOR_MODERATION, MODERATED, RELEASED -> " success";
            default -> "";
        };
    }
}
