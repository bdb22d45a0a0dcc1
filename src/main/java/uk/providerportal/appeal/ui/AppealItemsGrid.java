package uk.providerportal.appeal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import uk.providerportal.appeal.AppealRecord;
import uk.providerportal.base.DateFormats;

/** A lodged appeal's standards with rationales and, once decided, each decision and its reason. */
final class AppealItemsGrid {

    private AppealItemsGrid() {
    }

    static Div decisions(AppealRecord appeal) {
        var status = new Paragraph(statusText(appeal));
        status.setId("appeal-status");
        var grid = new Grid<AppealRecord.Item>();
        grid.addColumn(AppealRecord.Item::caseReference).setHeader("Case").setFlexGrow(1).setSortable(true);
        grid.addColumn(AppealRecord.Item::standardCode).setHeader("Standard").setFlexGrow(1).setSortable(true);
        grid.addColumn(AppealRecord.Item::rationale).setHeader("Rationale").setFlexGrow(4);
        grid.addColumn(i -> i.decision() == null ? "Not decided yet" : i.decision().label()).setHeader("Decision")
                .setFlexGrow(1).setSortable(true);
        grid.addColumn(i -> i.decisionReason() == null ? "" : i.decisionReason()).setHeader("Reviewer's reason")
                .setFlexGrow(3);
        grid.setItems(appeal.items());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Appealed standards and decisions");
        grid.setId("appeal-items");
        var block = new Div(new H4("The appeal"), status, grid);
        block.addClassName("portal-card");
        return block;
    }

    static String statusText(AppealRecord appeal) {
        String lodged = appeal.lodgedAt() == null ? "" : "Lodged by " + appeal.lodgedBy() + " on "
                + DateFormats.dateTime(appeal.lodgedAt()) + ". ";
        return switch (appeal.status()) {
            case DRAFT -> "Draft saved by " + appeal.savedBy() + " on " + DateFormats.dateTime(appeal.savedAt())
                    + "; not lodged yet.";
            case LODGED -> lodged + "Waiting for the quality team to assign an independent reviewer"
                    + (appeal.decisionDue() == null ? "." : "; decision due by "
                    + DateFormats.date(appeal.decisionDue()) + ".");
            case ASSIGNED -> lodged + "With the independent reviewer " + appeal.reviewerName() + "; decision due by "
                    + (appeal.decisionDue() == null ? "–" : DateFormats.date(appeal.decisionDue())) + ".";
            case DECIDED -> lodged + "Decided by " + appeal.decidedBy() + " on "
                    + (appeal.decidedAt() == null ? "–" : DateFormats.dateTime(appeal.decidedAt())) + ": "
                    + appeal.decisionSummary() + " The decision is final.";
        };
    }
}
