package uk.providerportal.policy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Restatement;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.ProgrammeSummary;
import uk.providerportal.policy.AppealPolicy;
import uk.providerportal.policy.KpiPolicy;
import uk.providerportal.policy.PolicyChangeRefused;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.policy.SubmissionRules;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/**
 * A programme's rules as they stand today and as they changed over time: KPI policy, appeal policy and submission
 * rules. Admins change a rule from a date on; what applied before that date stays as it was, and a closed month
 * changes only as a restatement with a reason.
 */
@Route("admin/programme-rules")
@PageTitle("Programme rules")
@Menu(order = 62, icon = "vaadin:book", title = "Programme rules")
@RolesAllowed({Role.Names.ADMIN, Role.Names.QUALITY_MANAGER})
class ProgrammeRulesView extends Main {

    final Select<ProgrammeSummary> programme = new Select<>();
    final Grid<KpiPolicy> kpi = new Grid<>();
    final Grid<AppealPolicy> appeals = new Grid<>();
    final Grid<SubmissionRules> submissions = new Grid<>();

    private final PolicyService policies;
    private final Clock clock;
    private final boolean admin;

    ProgrammeRulesView(PolicyService policies, OrganisationService organisations, CurrentUser currentUser,
                       Clock clock) {
        this.policies = policies;
        this.clock = clock;
        this.admin = currentUser.require().hasRole(Role.ADMIN);
        addClassName("portal-page");

        programme.setLabel("Programme");
        programme.setItems(organisations.programmes());
        programme.setItemLabelGenerator(ProgrammeSummary::name);
        programme.addValueChangeListener(change -> refresh());
        programme.setWidth("20rem");

        kpi.addColumn(p -> DateFormats.date(p.effectiveFrom())).setHeader("From").setAutoWidth(true);
        kpi.addColumn(p -> p.kpiTarget().stripTrailingZeros().toPlainString() + "%").setHeader("KPI target")
                .setAutoWidth(true);
        kpi.addColumn(p -> p.casePassMark().stripTrailingZeros().toPlainString() + "%").setHeader("Case pass mark")
                .setAutoWidth(true);
        kpi.addColumn(p -> "4 Good ≥ " + pct(p.goodFrom()) + ", 3 Near Target ≥ " + pct(p.nearTargetFrom())
                + ", 2 Needs Improvement ≥ " + pct(p.needsImprovementFrom()) + ", else 1 Inadequate")
                .setHeader("Tiers").setFlexGrow(1);
        kpi.addColumn(KpiPolicy::changedBy).setHeader("Set by").setAutoWidth(true);
        kpi.addColumn(p -> restated(p.restatement())).setHeader("Restatement").setFlexGrow(1);

        appeals.addColumn(p -> DateFormats.date(p.effectiveFrom())).setHeader("From").setAutoWidth(true);
        appeals.addColumn(AppealPolicy::name).setHeader("Rule").setAutoWidth(true);
        appeals.addColumn(ProgrammeRulesView::describe).setHeader("Who and what may appeal").setFlexGrow(1);
        appeals.addColumn(AppealPolicy::changedBy).setHeader("Set by").setAutoWidth(true);
        appeals.addColumn(p -> restated(p.restatement())).setHeader("Restatement").setFlexGrow(1);

        submissions.addColumn(r -> DateFormats.date(r.effectiveFrom())).setHeader("From").setAutoWidth(true);
        submissions.addColumn(r -> r.maxLinkedCallMinutes() + " minutes").setHeader("Linked calls, in total")
                .setAutoWidth(true);
        submissions.addColumn(r -> r.completionMonthsBack() == 0 ? "Submission month only"
                : "Submission month or " + r.completionMonthsBack() + " before").setHeader("Completed")
                .setAutoWidth(true);
        submissions.addColumn(r -> String.join(", ", r.allowedFileTypes().stream().map(PolicyService.FILE_TYPES::get).toList())
                + " up to " + r.maxFileSizeMb() + " MB").setHeader("Case record files").setFlexGrow(1);
        submissions.addColumn(SubmissionRules::changedBy).setHeader("Set by").setAutoWidth(true);
        submissions.addColumn(r -> restated(r.restatement())).setHeader("Restatement").setFlexGrow(1);

        for (Grid<?> grid : List.of(kpi, appeals, submissions)) {
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                    GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
        }
        add(new Paragraph("Each rule holds from its date until the next one. The top line of each table is the "
                        + "newest; changes never rewrite what applied before their date. A month is closed once its "
                        + "assessment round has ended or its KPI is published: a change from a date in it restates "
                        + "the month and needs a reason."), programme,
                card("KPI policy", kpi, this::changeKpi),
                card("Appeal policy", appeals, this::changeAppeal),
                card("Submission rules", submissions, this::changeSubmission));
        organisations.programmes().stream().findFirst().ifPresent(programme::setValue);
    }

    private Section card(String title, Grid<?> grid, Runnable change) {
        var section = new Section(new H3(title), grid);
        section.addClassName("portal-card");
        if (admin) {
            var button = new Button("Change from a date", click -> change.run());
            // The name starts with the visible words, so people who speak "Change from a date" reach it (WCAG 2.5.3).
            button.setAriaLabel("Change from a date: " + title);
            section.add(button);
        }
        return section;
    }

    private void refresh() {
        long id = programme.getValue().id();
        kpi.setItems(policies.kpiHistory(id));
        appeals.setItems(policies.appealHistory(id));
        submissions.setItems(policies.submissionHistory(id));
    }

    private void changeKpi() {
        DatePicker from = fromPicker();
        var target = percent("KPI target", "80");
        var passMark = percent("Case pass mark", "85");
        var good = percent("Tier 4 (Good) from", "80");
        var near = percent("Tier 3 (Near Target) from", "75");
        var needs = percent("Tier 2 (Needs Improvement) from", "65");
        open("Change the KPI policy", Map.of("effectiveFrom", from, "kpiTarget", target, "casePassMark", passMark,
                "goodFrom", good, "nearTargetFrom", near, "needsImprovementFrom", needs), reason -> policies
                        .changeKpiPolicy(programme.getValue().id(), new KpiPolicy(from.getValue(), value(target),
                                value(passMark), KpiPolicy.KpiMethod.SHARE_OF_CASES_AT_PASS_MARK, value(good),
                                value(near), value(needs), ""), reason).restatement(),
                from, target, passMark, good, near, needs);
    }

    private void changeAppeal() {
        DatePicker from = fromPicker();
        var name = new TextField("Name of the rule");
        name.setValue("Standard rule");
        var belowTarget = new Checkbox("Only providers below the KPI target", true);
        var belowPassMark = new Checkbox("Only cases scoring below the pass mark", true);
        var disputed = new Checkbox("Only standards the assessor marked unmet and the provider met", true);
        var reachable = new Checkbox("Only if upholding could bring the provider to the target", true);
        open("Change the appeal policy", Map.of("effectiveFrom", from, "name", name), reason ->
                        policies.changeAppealPolicy(programme.getValue().id(), new AppealPolicy(from.getValue(),
                                name.getValue().trim(), belowTarget.getValue(), belowPassMark.getValue(),
                                disputed.getValue(), reachable.getValue(), ""), reason).restatement(),
                from, name, belowTarget, belowPassMark, disputed, reachable);
    }

    private void changeSubmission() {
        DatePicker from = fromPicker();
        var minutes = new IntegerField("Linked calls, in total (minutes)");
        minutes.setValue(180);
        var monthsBack = new IntegerField("Months before the submission month a case may be completed");
        monthsBack.setValue(1);
        var types = new CheckboxGroup<String>("Case record file types");
        types.setItems(PolicyService.FILE_TYPES.keySet().stream().sorted().toList());
        types.setItemLabelGenerator(PolicyService.FILE_TYPES::get);
        types.setValue(java.util.Set.of("application/pdf"));
        var size = new IntegerField("Largest file (MB)");
        size.setValue(25);
        open("Change the submission rules", Map.of("effectiveFrom", from, "maxLinkedCallMinutes", minutes,
                "completionMonthsBack", monthsBack, "allowedFileTypes", types, "maxFileSizeMb", size), reason ->
                policies.changeSubmissionRules(programme.getValue().id(), new SubmissionRules(from.getValue(),
                        Objects.requireNonNullElse(minutes.getValue(), -1),
                        Objects.requireNonNullElse(monthsBack.getValue(), -1), List.copyOf(types.getValue()),
                        Objects.requireNonNullElse(size.getValue(), -1), ""), reason).restatement(),
                from, minutes, monthsBack, types, size);
    }

    /**
     * A dialog that saves through the service (given the restatement reason, returning the restatement made, if
     * any) and puts any refusal beside the field it names.
     */
    private void open(String title, Map<String, ? extends Component> fieldsByName,
                      Function<@Nullable String, @Nullable Restatement> save, Component... fields) {
        var dialog = new Dialog(title + ": " + programme.getValue().name());
        var reason = restatementReasonField();
        var form = new FormLayout(fields);
        form.add(reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Map<String, HasValidationProperties> validated = new java.util.HashMap<>();
        fieldsByName.forEach((name, field) -> validated.put(name, (HasValidationProperties) field));
        validated.put("restatementReason", reason);
        var saveButton = new Button("Save", click -> {
            FieldErrors.clear(validated);
            DatePicker from = (DatePicker) fieldsByName.get("effectiveFrom");
            if (from.getValue() == null) {
                from.setErrorMessage("Choose the date the change applies from.");
                from.setInvalid(true);
                return;
            }
            try {
                Restatement restatement = save.apply(reason.getValue());
                dialog.close();
                refresh();
                String rule = title.replace("Change the ", "The ") + " from " + DateFormats.date(from.getValue());
                Notifications.success(restatement == null ? rule + " is saved as a change"
                        : rule + " is saved as a restatement of closed " + DateFormats.month(from.getValue())
                                + ", with your reason");
            } catch (PolicyChangeRefused refused) {
                FieldErrors.show(refused, validated);
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), saveButton);
        dialog.open();
    }

    private DatePicker fromPicker() {
        DatePicker from = DatePickers.ukDatePicker("Applies from");
        from.setValue(LocalDate.now(clock).withDayOfMonth(1).plusMonths(1));
        from.setHelperText("Earlier months keep the rule they had");
        return from;
    }

    private static TextArea restatementReasonField() {
        var reason = new TextArea("Reason for restating a closed month");
        reason.setHelperText("Needed only when the date falls in a closed month (its assessment round has ended or "
                + "its KPI is published), since the change alters that month's figures. Leave it empty otherwise.");
        reason.setMaxLength(Restatement.MAX_REASON_LENGTH);
        reason.setWidthFull();
        return reason;
    }

    private static String restated(@Nullable Restatement restatement) {
        return restatement == null ? "" : restatement.describe();
    }

    private static BigDecimalField percent(String label, String initial) {
        var field = new BigDecimalField(label);
        field.setValue(new BigDecimal(initial));
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        return field;
    }

    private static BigDecimal value(HasValue<?, BigDecimal> field) {
        return field.getValue() == null ? BigDecimal.valueOf(-1) : field.getValue();
    }

    private static String pct(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }

    private static String describe(AppealPolicy policy) {
        var rules = new java.util.ArrayList<String>();
        if (policy.onlyBelowKpiTarget()) {
            rules.add("providers below the KPI target");
        }
        rules.add(policy.onlyCasesBelowPassMark() ? "cases below the pass mark" : "any case");
        rules.add(policy.onlyDisputedStandards() ? "standards unmet by the assessor but met by the provider"
                : "any unmet standard");
        if (policy.onlyIfTargetReachable()) {
            rules.add("only if upholding could reach the target");
        }
        return String.join("; ", rules);
    }
}
