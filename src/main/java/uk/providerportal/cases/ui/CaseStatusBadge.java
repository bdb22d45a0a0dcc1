package uk.providerportal.cases.ui;

import com.vaadin.flow.component.html.Span;
import uk.providerportal.base.DateFormats;
import uk.providerportal.cases.CaseSummary;

/** A case's status as a badge, the same in every list of cases: "Queued", "Received (rolled over from May 2028)". */
public final class CaseStatusBadge {

    private CaseStatusBadge() {
    }

    public static Span of(CaseSummary sample) {
        var badge = new Span(sample.status().label() + (sample.rolledOverFrom() == null ? ""
                : " (rolled over from " + DateFormats.month(sample.rolledOverFrom()) + ")"));
        badge.getElement().getThemeList().add("badge" + switch (sample.status()) {
            case WITHDRAWN -> " contrast";
            case ASSESSED, PUBLISHED -> " success";
            default -> "";
        });
        return badge;
    }
}
