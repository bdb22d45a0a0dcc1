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
        return renderer(sample -> sample);
    }

    /** The badge for a row that holds a case, such as an assessor's own case with its scorecard progress. */
    public static <T> LitRenderer<T> renderer(com.vaadin.flow.function.SerializableFunction<T, CaseSummary> sample) {
        return LitRenderer.<T>of("<span theme=\"${item.badgeTheme}\">${item.badgeText}</span>")
                .withProperty("badgeTheme", row -> theme(sample.apply(row)))
                .withProperty("badgeText", row -> text(sample.apply(row)));
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
