package uk.providerportal.performance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.performance.ActionPlanDraft;
import uk.providerportal.performance.ActionStatus;

/**
 * The provider's editor of its action plan: each SMART action with its milestones, and the flight path. It only
 * collects what is written; the service checks it and says what is wrong.
 */
class ActionPlanEditor extends Div {

    final Div actionList = new Div();
    final TextArea flightPath = new TextArea("Flight path");
    final Paragraph problem = new Paragraph();
    private final List<ActionRow> rows = new ArrayList<>();

    ActionPlanEditor(ActionPlanDraft plan, boolean flightPathRequired) {
        setId("action-plan-editor");
        problem.setId("plan-problem");
        problem.addClassName("portal-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        flightPath.setWidthFull();
        flightPath.setMaxLength(4000);
        flightPath.setId("flight-path");
        flightPath.setHelperText(flightPathRequired ? "Required at this level: the incremental performance and "
                + "pipeline data, month by month, that will bring performance back to the levels in the contract."
                : "Needed from level 2 (enhanced action): incremental performance and pipeline data, month by month.");
        flightPath.setValue(plan.flightPath());
        var add = new Button("Add an action", click -> addAction(null));
        add.setId("add-action");
        plan.actions().forEach(this::addAction);
        if (plan.actions().isEmpty()) {
            addAction(null);
        }
        add(problem, actionList, add, flightPath);
    }

    ActionPlanDraft value() {
        return new ActionPlanDraft(rows.stream().map(ActionRow::value).filter(Objects::nonNull).toList(),
                Objects.requireNonNullElse(flightPath.getValue(), ""));
    }

    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    void clearProblem() {
        problem.setVisible(false);
        flightPath.setInvalid(false);
    }

    private void addAction(ActionPlanDraft.@org.jspecify.annotations.Nullable Action action) {
        var row = new ActionRow(rows.size() + 1, action);
        rows.add(row);
        actionList.add(row);
    }

    private void remove(ActionRow row) {
        rows.remove(row);
        actionList.remove(row);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i + 1);
        }
    }

    /** One action's fields and its milestones. */
    private final class ActionRow extends Div {

        final H4 title = new H4();
        final TextArea what = new TextArea("What will be done");
        final TextField owner = new TextField("Owner");
        final TextArea measure = new TextArea("How it is measured");
        final DatePicker due = DatePickers.ukDatePicker("Due date");
        final Select<ActionStatus> status = new Select<>();
        final Div milestones = new Div();
        final List<MilestoneRow> milestoneRows = new ArrayList<>();
        final Button addMilestone = new Button();
        final Button removeAction = new Button();

        ActionRow(int number, ActionPlanDraft.@org.jspecify.annotations.Nullable Action action) {
            addClassName("portal-card");
            what.setWidthFull();
            what.setMaxLength(1000);
            measure.setWidthFull();
            measure.setMaxLength(1000);
            owner.setMaxLength(200);
            status.setLabel("Status");
            status.setItems(ActionStatus.values());
            status.setItemLabelGenerator(ActionStatus::label);
            status.setValue(ActionStatus.NOT_STARTED);
            if (action != null) {
                what.setValue(action.what());
                owner.setValue(action.owner());
                measure.setValue(action.measure());
                due.setValue(action.dueOn());
                status.setValue(action.status());
                action.milestones().forEach(this::addMilestone);
            }
            addMilestone.addClickListener(click -> addMilestone(null));
            removeAction.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            removeAction.addClickListener(click -> remove(this));
            number(number);
            add(title, what, gapped(new FlexLayout(owner, due, status)), measure, milestones,
                    gapped(new FlexLayout(addMilestone, removeAction)));
        }

        void number(int number) {
            title.setText("Action " + number);
            addMilestone.setText("Add a milestone to action " + number);
            removeAction.setText("Remove action " + number);
        }

        void addMilestone(ActionPlanDraft.@org.jspecify.annotations.Nullable Milestone milestone) {
            var row = new MilestoneRow(milestone);
            row.remove.addClickListener(click -> {
                milestoneRows.remove(row);
                milestones.remove(row);
            });
            milestoneRows.add(row);
            milestones.add(row);
        }

        ActionPlanDraft.@org.jspecify.annotations.Nullable Action value() {
            LocalDate dueOn = due.getValue();
            if (dueOn == null) {
                due.setInvalid(true);
                due.setErrorMessage("Enter the date the action is due, for example 31 March 2027.");
                throw new MissingDate();
            }
            due.setInvalid(false);
            return new ActionPlanDraft.Action(what.getValue(), owner.getValue(), measure.getValue(), dueOn,
                    Objects.requireNonNullElse(status.getValue(), ActionStatus.NOT_STARTED),
                    milestoneRows.stream().map(MilestoneRow::value).toList());
        }
    }

    /** A milestone: its date and its target. */
    private static final class MilestoneRow extends FlexLayout {

        final DatePicker on = DatePickers.ukDatePicker("Milestone date");
        final TextField target = new TextField("Milestone target");
        final Button remove = new Button("Remove milestone");

        MilestoneRow(ActionPlanDraft.@org.jspecify.annotations.Nullable Milestone milestone) {
            target.setMaxLength(500);
            target.setWidth("min(28rem, 100%)");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (milestone != null) {
                on.setValue(milestone.dueOn());
                target.setValue(milestone.target());
            }
            setAlignItems(Alignment.BASELINE);
            getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
            add(on, target, remove);
        }

        ActionPlanDraft.Milestone value() {
            if (on.getValue() == null) {
                on.setInvalid(true);
                on.setErrorMessage("Enter the milestone's date.");
                throw new MissingDate();
            }
            on.setInvalid(false);
            return new ActionPlanDraft.Milestone(on.getValue(), target.getValue());
        }
    }

    private static FlexLayout gapped(FlexLayout row) {
        row.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        return row;
    }

    /** A date left empty: shown on its own field, nothing is sent. */
    static final class MissingDate extends RuntimeException {
        MissingDate() {
            super(null, null, false, false);
        }
    }
}
