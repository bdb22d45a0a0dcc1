package uk.providerportal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.IntStream;
import uk.providerportal.assessment.ModerationItem;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.OutcomeLockService;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.security.Role;

/**
 * The quality team's moderation (issue 11, item 5): each assessment month's moderation rate, and the cases picked
 * for moderation that are waiting, oldest submission first.
 */
@Route("quality/moderation")
@PageTitle("Moderation")
@Menu(order = 32, icon = "vaadin:check-circle-o", title = "Moderation")
@RolesAllowed(Role.Names.QUALITY_MANAGER)
class ModerationQueueView extends Main {

    final ComboBox<YearMonth> month = new ComboBox<>("Assessment month");
    final IntegerField rate = new IntegerField("Moderation rate (%)");
    final Button saveRate = new Button("Save rate");
    final Grid<ModerationItem> grid = new Grid<>();
    final Span total = new Span();

    final MonthLockBanner lockBanner = new MonthLockBanner();

    private final ModerationService moderation;
    private final OutcomeLockService locks;

    ModerationQueueView(ModerationService moderation, OutcomeLockService locks, Clock clock) {
        this.moderation = moderation;
        this.locks = locks;
        addClassName("portal-page");
        YearMonth now = YearMonth.now(clock.withZone(DateFormats.ZONE));

        month.setItems(IntStream.rangeClosed(-3, 2).mapToObj(now::plusMonths).toList().reversed());
        month.setItemLabelGenerator(DateFormats::month);
        month.setValue(now);
        month.setWidth("13rem");
        month.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                rate.setValue(moderation.rate(change.getValue()));
            }
            lockBanner.show(change.getValue() == null ? java.util.Optional.empty() : locks.lock(change.getValue()));
        });
        rate.setMin(0);
        rate.setMax(100);
        rate.setStepButtonsVisible(true);
        rate.setWidth("12rem");
        rate.setHelperText("0 to 100; at least one case per assessor is always picked");
        rate.setValue(moderation.rate(now));
        saveRate.addClickListener(click -> saveRate());
        var rateRow = new HorizontalLayout(month, rate, saveRate);
        rateRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        rateRow.setWrap(true);
        var rates = new Section(new H2("Moderation rate"), new Paragraph("When an assessor submits a scorecard, "
                + "it is picked for moderation if it is their first of the month with none picked yet, otherwise "
                + "at random at the month's rate (10% unless set). Cases not picked are released to the provider "
                + "at once."), rateRow, lockBanner);
        rates.addClassName("portal-card");

        grid.addColumn(ModerationItem::reference).setHeader("Case reference").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(ModerationItem::organisationName).setHeader("Delivery partner").setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(row -> DateFormats.month(row.round())).setHeader("Month").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(ModerationItem::assessorName).setHeader("Assessor").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(row -> row.submittedAt() == null ? ""
                        : DateFormats.date(LocalDate.ofInstant(row.submittedAt(), DateFormats.ZONE)))
                .setHeader("Submitted").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(ModerationItem::score).setHeader("Assessor's score").setWidth("11rem").setFlexGrow(2);
        grid.addColumn(LitRenderer.<ModerationItem>of("<a href=\"${item.href}\" aria-label=\"${item.label}\">"
                        + "Moderate</a>")
                .withProperty("href", row -> ModerationView.path(row.caseId()))
                .withProperty("label", row -> "Moderate case " + row.reference()))
                .setHeader("Action").setWidth("7.5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Cases waiting for moderation");
        grid.setHeight("24rem");
        grid.setItemsPageable(moderation::queue, pageable -> moderation.countQueue());

        var waiting = new Section(new H2("Waiting for moderation"), total, grid);
        add(rates, waiting);
        lockBanner.show(locks.lock(now));
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        long count = moderation.countQueue();
        total.setText(count + (count == 1 ? " case waits" : " cases wait") + " for moderation");
    }

    void saveRate() {
        YearMonth chosen = month.getValue();
        Integer percent = rate.getValue();
        if (chosen == null || percent == null) {
            rate.setErrorMessage("Choose a month and enter a rate from 0 to 100.");
            rate.setInvalid(true);
            return;
        }
        try {
            moderation.setRate(chosen, percent);
            rate.setInvalid(false);
            Notifications.success("The moderation rate of " + DateFormats.month(chosen) + " is " + percent + "%.");
        } catch (ChangeRefused refused) {
            rate.setErrorMessage(refused.getMessage());
            rate.setInvalid(true);
        }
    }
}
