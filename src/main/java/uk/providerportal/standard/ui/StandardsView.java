package uk.providerportal.standard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Restatement;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.calendar.AssessmentCalendar;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.ProgrammeSummary;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;
import uk.providerportal.standard.Standard;
import uk.providerportal.standard.StandardChangeRefused;
import uk.providerportal.standard.StandardsService;

/**
 * The standards catalogue of a programme as it stood on any date; admins change it from a date on, and a closed
 * month changes only as a restatement with a reason.
 */
@Route("admin/standards")
@PageTitle("Standards")
@Menu(order = 63, icon = "vaadin:check-square-o", title = "Standards")
@RolesAllowed({Role.Names.ADMIN, Role.Names.QUALITY_MANAGER, Role.Names.ASSESSOR})
class StandardsView extends Main {

    final Select<ProgrammeSummary> programme = new Select<>();
    final DatePicker on = DatePickers.ukDatePicker("As on");
    final Grid<Standard> grid = new Grid<>();
    final Button add = new Button("Add or change a standard…");

    private final StandardsService standards;
    private final AssessmentCalendar calendar;
    private final Clock clock;

    StandardsView(StandardsService standards, AssessmentCalendar calendar, OrganisationService organisations,
                  CurrentUser currentUser, Clock clock) {
        this.standards = standards;
        this.calendar = calendar;
        this.clock = clock;
        boolean admin = currentUser.require().hasRole(Role.ADMIN);
        addClassName("portal-page");

        programme.setLabel("Programme");
        programme.setItems(organisations.programmes());
        programme.setItemLabelGenerator(ProgrammeSummary::name);
        on.setValue(LocalDate.now(clock));
        programme.addValueChangeListener(change -> refresh());
        programme.setWidth("20rem");
        on.addValueChangeListener(change -> refresh());

        grid.addColumn(Standard::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0)
                .setComparator((a, b) -> Standard.CODE_ORDER.compare(a.code(), b.code()));
        grid.addColumn(Standard::title).setHeader("Standard").setAutoWidth(true).setSortable(true);
        grid.addColumn(Standard::category).setHeader("Category").setAutoWidth(true).setSortable(true);
        grid.addColumn(s -> s.customerImpact() ? "Yes" : "No").setHeader("Customer impact if unmet")
                .setAutoWidth(true);
        grid.addColumn(s -> DateFormats.date(s.effectiveFrom()) + (s.restatement() == null ? "" : " (restated)"))
                .setHeader("Wording since").setAutoWidth(true)
                .setTooltipGenerator(s -> s.restatement() == null ? "" : s.restatement().describe());
        grid.addColumn(Standard::description).setHeader("What the assessor looks for").setWidth("20rem").setFlexGrow(1)
                .setTooltipGenerator(Standard::description);
        if (admin) {
            grid.addComponentColumn(standard -> {
                var change = new Button("Change", click -> edit(standard));
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                change.setAriaLabel("Change standard " + standard.code());
                var retire = new Button("Retire", click -> confirmRetire(standard));
                retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                retire.setAriaLabel("Retire standard " + standard.code());
                return new HorizontalLayout(change, retire);
            }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Standards");

        var toolbar = new HorizontalLayout(programme, on);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (admin) {
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClickListener(click -> edit(null));
            toolbar.add(add);
        }
        add(new Paragraph("Cases are assessed against the standards in force on the assessment date. Choose another "
                + "date to see the catalogue as it stood then."), toolbar, grid);
        organisations.programmes().stream().findFirst().ifPresent(programme::setValue);
    }

    private void refresh() {
        if (programme.getValue() != null && on.getValue() != null) {
            grid.setItems(standards.catalogue(programme.getValue().id(), on.getValue()));
        }
    }

    void edit(@Nullable Standard existing) {
        var dialog = new Dialog(existing == null ? "Add or change a standard" : "Change standard " + existing.code());
        var code = new TextField("Code");
        var title = new TextField("Title");
        var description = new TextArea("What the assessor looks for");
        var category = new ComboBox<String>("Category");
        category.setItems(List.of("Advice quality", "Fact find", "Customer care", "Records", "Compliance",
                "Support quality", "Customer service"));
        category.setAllowCustomValue(true);
        category.addCustomValueSetListener(event -> category.setValue(event.getDetail()));
        var impact = new Checkbox("An unmet result carries customer impact");
        DatePicker from = DatePickers.ukDatePicker("Applies from");
        from.setValue(firstOpenDayFromTomorrow());
        from.setHelperText("Assessments before this date keep the earlier wording");
        var reason = new TextArea("Reason for restating a closed month");
        reason.setHelperText("Needed only when the date falls in a closed month (its assessment round has ended or "
                + "its KPI is published), since the change alters how that month's cases were judged. Leave it empty "
                + "otherwise.");
        reason.setMaxLength(Restatement.MAX_REASON_LENGTH);
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            title.setValue(existing.title());
            description.setValue(existing.description());
            category.setValue(existing.category());
            impact.setValue(existing.customerImpact());
        }
        var form = new FormLayout(code, title, description, category, impact, from, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var fields = Map.<String, HasValidationProperties>of("code", code, "title", title, "category", category,
                "effectiveFrom", from, "restatementReason", reason);
        var save = new Button("Save", click -> {
            FieldErrors.clear(fields);
            if (from.getValue() == null) {
                from.setErrorMessage("Choose the date the change applies from.");
                from.setInvalid(true);
                return;
            }
            try {
                Standard saved = standards.save(programme.getValue().id(), new Standard(code.getValue(),
                        from.getValue(), title.getValue(), description.getValue(),
                        category.getValue() == null ? "" : category.getValue(), impact.getValue(), false, ""),
                        reason.getValue());
                dialog.close();
                refresh();
                String change = "Standard " + saved.code() + " applies from " + DateFormats.date(saved.effectiveFrom());
                Notifications.success(saved.restatement() == null ? change + ": saved as a change"
                        : change + ": saved as a restatement of closed " + DateFormats.month(saved.effectiveFrom())
                                + ", with your reason");
            } catch (StandardChangeRefused refused) {
                FieldErrors.show(refused, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    /** Retiring takes a standard out of every later assessment, so it asks first, with focus on keeping it. */
    void confirmRetire(Standard standard) {
        LocalDate from = firstOpenDayFromTomorrow();
        var dialog = new Dialog("Retire standard " + standard.code() + "?");
        dialog.add(new Paragraph("From " + DateFormats.date(from) + ", cases are no longer assessed against "
                + standard.code() + " (" + standard.title() + "). Assessments before then keep it."));
        var keep = new Button("Keep " + standard.code(), click -> dialog.close());
        var retire = new Button("Retire " + standard.code(), click -> {
            dialog.close();
            try {
                standards.retire(programme.getValue().id(), standard.code(), from, null);
                Notifications.success("Standard " + standard.code() + " is retired from " + DateFormats.date(from));
                refresh();
            } catch (StandardChangeRefused refused) {
                Notifications.error(refused.getMessage());
            }
        });
        retire.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(keep, retire);
        dialog.setCloseOnEsc(true);
        dialog.open();
        // The dialog focuses itself as it opens (autofocus is not honoured inside it), so move focus explicitly.
        keep.focus();
    }

    /** Tomorrow, unless that is in a closed month: then the first day a change may take effect. */
    private LocalDate firstOpenDayFromTomorrow() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        LocalDate firstOpen = calendar.firstOpenDate();
        return tomorrow.isBefore(firstOpen) ? firstOpen : tomorrow;
    }
}
