package uk.providerportal.assessment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.List;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.ReleasedCase;
import uk.providerportal.base.DateFormats;
import uk.providerportal.security.Role;

/**
 * A provider's assessment commentary (issue 11, item 8): its organisation's released cases of a month, each with
 * its score and result, leading to the full commentary. Nothing shows before a case is released.
 */
@Route("assessment/commentary")
@PageTitle("Assessment commentary")
@Menu(order = 23, icon = "vaadin:comment-o", title = "Assessment commentary")
@RolesAllowed(Role.Names.PROVIDER_USER)
class CommentaryView extends Main {

    final ComboBox<YearMonth> month = new ComboBox<>("Assessment month");
    final Grid<ReleasedCase> grid = new Grid<>();
    final Span total = new Span();
    final Anchor askAboutMonth = new Anchor();

    private final ModerationService moderation;

    CommentaryView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("portal-page");
        List<YearMonth> months = moderation.releasedMonths();
        month.setItems(months);
        month.setItemLabelGenerator(DateFormats::month);
        month.setWidth("13rem");
        if (!months.isEmpty()) {
            month.setValue(months.getFirst());
        }
        month.addValueChangeListener(change -> refresh());

        grid.addColumn(ReleasedCase::reference).setHeader("Case reference").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(row -> DateFormats.month(row.round())).setHeader("Month").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(ReleasedCase::score).setHeader("Score").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(ReleasedCase::result).setHeader("Result").setWidth("6rem").setFlexGrow(1);
        grid.addColumn(row -> DateFormats.dateTime(row.releasedAt())).setHeader("Released").setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(LitRenderer.<ReleasedCase>of("<a href=\"${item.href}\" aria-label=\"${item.label}\">"
                        + "Read commentary</a>")
                .withProperty("href", row -> CaseCommentaryView.path(row.caseId()))
                .withProperty("label", row -> "Read commentary of case " + row.reference()))
                .setHeader("Commentary").setWidth("9rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Released cases");
        grid.setHeight("24rem");
        grid.setItemsPageable(pageable -> month.getValue() == null ? List.of()
                : moderation.released(month.getValue(), pageable),
                pageable -> month.getValue() == null ? 0 : moderation.countReleased(month.getValue()));

        add(new Paragraph("The outcome of each of your cases once the funder has released it: moderated where the "
                + "quality team changed it. Cases still being assessed or moderated do not show here."), month,
                total, grid, calibrationLinks());
        refresh();
    }

    /** Calibration requests live in the calibration feature, which depends on this one: linked by route. */
    private Div calibrationLinks() {
        var links = new Div(askAboutMonth, new Span(" · "), new Anchor("calibration-requests",
                "Your calibration requests"));
        links.addClassName("portal-card");
        return links;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        askAboutMonth.setVisible(month.getValue() != null);
        if (month.getValue() != null) {
            askAboutMonth.setHref("calibration-requests/new?month=" + month.getValue());
            askAboutMonth.setText("Ask for a calibration session on " + DateFormats.month(month.getValue())
                    + "'s outcomes");
        }
        long count = month.getValue() == null ? 0 : moderation.countReleased(month.getValue());
        total.setText(month.getValue() == null ? "No outcomes have been released to you yet."
                : count + (count == 1 ? " case" : " cases") + " released for " + DateFormats.month(month.getValue()));
    }
}
