package uk.providerportal.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.ProgrammeSummary;
import uk.providerportal.returns.CatalogueEntry;
import uk.providerportal.returns.ContractKpiService;
import uk.providerportal.returns.Frequency;
import uk.providerportal.returns.KpiMeasure;
import uk.providerportal.returns.KpiSource;
import uk.providerportal.returns.NewContractKpi;
import uk.providerportal.returns.TierBounds;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/**
 * Each programme's contract KPI catalogue (issue 15), every version with the dates it is in force; an admin adds a KPI
 * or a new version of one, quality managers read it.
 */
@Route("performance/kpi-catalogue")
@PageTitle("Contract KPI catalogue")
@Menu(order = 62.5, icon = "vaadin:list-ol", title = "Contract KPI catalogue")
@RolesAllowed({Role.Names.ADMIN, Role.Names.QUALITY_MANAGER})
class KpiCatalogueView extends Main {

    final Select<ProgrammeSummary> programme = new Select<>();
    final Grid<CatalogueEntry> grid = new Grid<>();
    final TextField code = new TextField("Code");
    final TextField description = new TextField("Description");
    final Select<KpiMeasure> measure = new Select<>();
    final Select<KpiSource> source = new Select<>();
    final TextField numeratorKeys = new TextField("Figures counted (codes, separated by commas)");
    final TextField denominatorKey = new TextField("Of (the figure's code; empty for a reported figure)");
    final Select<Frequency> frequency = new Select<>();
    final BigDecimalField target = new BigDecimalField("Target");
    final BigDecimalField goodFrom = new BigDecimalField("Good from");
    final BigDecimalField nearTargetFrom = new BigDecimalField("Near target from");
    final BigDecimalField needsImprovementFrom = new BigDecimalField("Needs improvement from (inadequate below)");
    final DatePicker effectiveFrom = DatePickers.ukDatePicker("In force from (first of a month)");
    final Button add = new Button("Add KPI");
    private final ContractKpiService kpis;

    KpiCatalogueView(ContractKpiService kpis, OrganisationService organisations, CurrentUser currentUser) {
        this.kpis = kpis;
        addClassName("portal-page");
        programme.setLabel("Programme");
        programme.setItems(organisations.programmes());
        programme.setItemLabelGenerator(ProgrammeSummary::name);
        programme.setId("catalogue-programme");
        programme.addValueChangeListener(change -> show());
        grid.addColumn(e -> e.kpi().code()).setHeader("Code").setFlexGrow(0).setWidth("6rem");
        grid.addColumn(e -> e.kpi().description()).setHeader("Description").setFlexGrow(3);
        grid.addColumn(e -> e.kpi().measure().label() + " from the " + e.kpi().source().label()
                + ": " + String.join(" + ", e.kpi().numeratorKeys())
                + (e.kpi().denominatorKey() == null ? "" : " of " + e.kpi().denominatorKey())).setHeader("Measure")
                .setFlexGrow(3);
        grid.addColumn(e -> e.kpi().frequency().label()).setHeader("Frequency").setFlexGrow(1);
        grid.addColumn(e -> e.kpi().target().toPlainString()).setHeader("Target").setFlexGrow(1);
        grid.addColumn(e -> "Good from " + e.kpi().bounds().goodFrom().toPlainString() + "; near target from "
                + e.kpi().bounds().nearTargetFrom().toPlainString() + "; needs improvement from "
                + e.kpi().bounds().needsImprovementFrom().toPlainString() + "; inadequate below")
                .setHeader("Tiers").setFlexGrow(3);
        grid.addColumn(CatalogueEntry::inForceText).setHeader("In force").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Contract KPI catalogue");
        grid.setId("kpi-catalogue");
        add(new Paragraph("The contract KPIs of each programme, with their targets and Cabinet Office tiers. A change "
                + "is a new version from a later month; what was in force before stays as it was."), programme,
                new Section(new H3("KPIs"), grid));
        if (currentUser.require().hasRole(Role.ADMIN)) {
            add(form());
        }
        List<ProgrammeSummary> all = organisations.programmes();
        all.stream().filter(p -> !kpis.catalogue(p.id()).isEmpty()).findFirst().or(() -> all.stream().findFirst())
                .ifPresent(programme::setValue);
    }

    private Section form() {
        measure.setLabel("Measure");
        measure.setItems(KpiMeasure.values());
        measure.setItemLabelGenerator(KpiMeasure::label);
        measure.setValue(KpiMeasure.PERCENTAGE);
        source.setLabel("Figures from");
        source.setItems(KpiSource.values());
        source.setItemLabelGenerator(KpiSource::label);
        source.setValue(KpiSource.MANAGEMENT_INFORMATION);
        frequency.setLabel("Frequency");
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(Frequency::label);
        frequency.setValue(Frequency.MONTHLY);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-kpi");
        add.addClickListener(click -> addKpi());
        var form = new FormLayout(code, description, measure, source, numeratorKeys, denominatorKey, frequency, target,
                goodFrom, nearTargetFrom, needsImprovementFrom, effectiveFrom);
        var section = new Section(new H3("Add a KPI or a new version"), form, add);
        section.addClassName("portal-card");
        return section;
    }

    private Map<String, HasValidationProperties> fields() {
        Map<String, HasValidationProperties> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("description", description);
        fields.put("numeratorKeys", numeratorKeys);
        fields.put("denominatorKey", denominatorKey);
        fields.put("frequency", frequency);
        fields.put("target", target);
        fields.put("goodFrom", goodFrom);
        fields.put("nearTargetFrom", nearTargetFrom);
        fields.put("needsImprovementFrom", needsImprovementFrom);
        fields.put("effectiveFrom", effectiveFrom);
        return fields;
    }

    void addKpi() {
        ProgrammeSummary chosen = programme.getValue();
        if (chosen == null) {
            return;
        }
        FieldErrors.clear(fields());
        try {
            if (target.getValue() == null || goodFrom.getValue() == null || nearTargetFrom.getValue() == null
                    || needsImprovementFrom.getValue() == null) {
                throw new ChangeRefused("target", "Give the target and the three tier bounds.");
            }
            if (effectiveFrom.getValue() == null) {
                throw new ChangeRefused("effectiveFrom", "Give the first day the KPI is in force.");
            }
            TierBounds bounds;
            try {
                bounds = new TierBounds(goodFrom.getValue(), nearTargetFrom.getValue(), needsImprovementFrom.getValue());
            } catch (IllegalArgumentException e) {
                throw new ChangeRefused("nearTargetFrom", "The bounds fall: good from the highest, then near target, "
                        + "then needs improvement.");
            }
            List<String> keys = Arrays.stream(numeratorKeys.getValue().split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            String of = denominatorKey.getValue().isBlank() ? null : denominatorKey.getValue().strip();
            BigDecimal goal = target.getValue();
            var saved = kpis.addKpi(chosen.id(), new NewContractKpi(code.getValue().strip(), description.getValue()
                    .strip(), measure.getValue(), source.getValue(), keys, of, frequency.getValue(), goal, bounds,
                    effectiveFrom.getValue()));
            Notifications.success("Added " + saved.kpi().code() + ": " + saved.inForceText().toLowerCase(
                    uk.providerportal.base.DateFormats.LOCALE) + ".");
            show();
        } catch (ChangeRefused refused) {
            FieldErrors.show(refused, fields());
        }
    }

    private void show() {
        ProgrammeSummary chosen = programme.getValue();
        grid.setItems(chosen == null ? List.of() : kpis.catalogue(chosen.id()));
    }
}
