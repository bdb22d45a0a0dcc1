package uk.providerportal.calibration.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.calibration.CalibrationService;
import uk.providerportal.calibration.CalibrationStatistics;
import uk.providerportal.calibration.StandardShare;
import uk.providerportal.security.Role;

/**
 * Calibration statistics (issue 11, item 10): per assessor and standard, how often they found it met, not met or not
 * applicable over a chosen period, beside the whole team, with outliers named in words. The rows are one per
 * assessor and standard (bounded by the team's size times the catalogue's), so they are filtered and sorted here.
 */
@Route("quality/calibration")
@PageTitle("Calibration statistics")
@Menu(order = 33, icon = "vaadin:chart-grid", title = "Calibration statistics")
@RolesAllowed({Role.Names.QUALITY_MANAGER, Role.Names.ADMIN})
class CalibrationStatisticsView extends Main {

    final ComboBox<YearMonth> from = new ComboBox<>("From assessment month");
    final ComboBox<YearMonth> to = new ComboBox<>("To assessment month");
    final ComboBox<String> assessor = new ComboBox<>("Assessor");
    final TextField standard = new TextField("Standard code or title contains");
    final Checkbox outliersOnly = new Checkbox("Outliers only");
    final Span total = new Span();
    final Grid<StandardShare> grid = new Grid<>();

    private final CalibrationService calibration;
    private ListDataProvider<StandardShare> rows = new ListDataProvider<>(List.of());
    private boolean loading;

    CalibrationStatisticsView(CalibrationService calibration, Clock clock) {
        this.calibration = calibration;
        addClassName("portal-page");
        YearMonth now = YearMonth.now(clock.withZone(DateFormats.ZONE));
        List<YearMonth> months = IntStream.rangeClosed(-35, 0).mapToObj(now::plusMonths).toList().reversed();
        for (ComboBox<YearMonth> month : List.of(from, to)) {
            month.setItems(months);
            month.setItemLabelGenerator(DateFormats::month);
            month.setWidth("13rem");
            month.addValueChangeListener(change -> {
                if (!loading && change.isFromClient()) {
                    load();
                }
            });
        }
        assessor.setPlaceholder("Every assessor");
        assessor.setClearButtonVisible(true);
        assessor.setWidth("14rem");
        standard.setValueChangeMode(ValueChangeMode.LAZY);
        standard.setClearButtonVisible(true);
        standard.setWidth("16rem");
        assessor.addValueChangeListener(change -> filter());
        standard.addValueChangeListener(change -> filter());
        outliersOnly.addValueChangeListener(change -> filter());
        var period = new HorizontalLayout(from, to);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);
        var filters = new HorizontalLayout(assessor, standard, outliersOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(StandardShare::assessorName).setHeader("Assessor").setComparator(StandardShare::assessorName)
                .setWidth("7rem").setFlexGrow(1);
        grid.addColumn(row -> row.code() + " " + row.title()).setHeader("Standard")
                .setComparator(Comparator.comparing(StandardShare::programmeName)
                        .thenComparing(StandardShare::code, uk.providerportal.standard.Standard.CODE_ORDER))
                .setTooltipGenerator(StandardShare::programmeName).setWidth("9.5rem").setFlexGrow(2);
        grid.addColumn(StandardShare::total).setHeader("Answers").setComparator(StandardShare::total)
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(StandardShare::metText).setHeader("Met").setComparator(StandardShare::met).setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addColumn(StandardShare::notMetText).setHeader("Not met").setComparator(StandardShare::notMetShare)
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(StandardShare::notApplicableText).setHeader("N/A")
                .setComparator(StandardShare::notApplicable).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(StandardShare::teamText).setHeader("Whole team").setComparator(StandardShare::teamTotal)
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(row -> row.outlier() == null ? "No" : row.outlier()).setHeader("Outlier")
                .setComparator(Comparator.comparing(StandardShare::isOutlier)).setWidth("8rem").setFlexGrow(2);
        grid.setPartNameGenerator(row -> row.isOutlier() ? "calibration-outlier" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Assessors' shares per standard");
        grid.setHeight("32rem");

        add(new H2("Assessors' shares per standard"),
                new Paragraph("How often each assessor found each standard met, not met or not applicable on the "
                        + "scorecards they submitted in the period, beside the whole team. These are the assessors' "
                        + "own judgements as submitted, before any moderation changed them."),
                new Paragraph("An assessor is an outlier on a standard when their share of \"not met\" (or of \"not "
                        + "applicable\") differs from the rest of the team's by 15 percentage points or more, and both "
                        + "they and the rest of the team answered that standard at least 10 times. Outliers are "
                        + "marked in words in the Outlier column and shaded."),
                period, filters, total, grid);
        show(calibration.statistics(null, null));
    }

    void load() {
        FieldErrors.clear(Map.of("from", from, "to", to));
        try {
            show(calibration.statistics(from.getValue(), to.getValue()));
        } catch (ChangeRefused refused) {
            FieldErrors.show(refused, Map.of("from", from, "to", to));
        }
    }

    void show(CalibrationStatistics statistics) {
        loading = true;
        from.setValue(statistics.from());
        to.setValue(statistics.to());
        loading = false;
        rows = new ListDataProvider<>(statistics.rows());
        grid.setItems(rows);
        assessor.setItems(statistics.rows().stream().map(StandardShare::assessorName).distinct().sorted().toList());
        filter();
    }

    void filter() {
        String chosen = assessor.getValue();
        String text = standard.getValue().strip().toLowerCase(Locale.UK);
        rows.setFilter(row -> (chosen == null || row.assessorName().equals(chosen))
                && (text.isEmpty() || (row.code() + " " + row.title()).toLowerCase(Locale.UK).contains(text))
                && (!outliersOnly.getValue() || row.isOutlier()));
        List<StandardShare> shown = rows.getItems().stream().filter(row -> rows.getFilter() == null
                || rows.getFilter().test(row)).toList();
        long outliers = shown.stream().filter(StandardShare::isOutlier).count();
        total.setText(Plural.of(shown.size(), "row") + ", " + Plural.of(outliers, "outlier") + ", from "
                + DateFormats.month(from.getValue()) + " to " + DateFormats.month(to.getValue()));
    }
}
