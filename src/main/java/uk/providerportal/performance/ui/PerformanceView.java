package uk.providerportal.performance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.performance.ActionPlanDraft;
import uk.providerportal.performance.AssuranceArea;
import uk.providerportal.performance.AssuranceRating;
import uk.providerportal.performance.AssuranceReviewRecord;
import uk.providerportal.performance.Finding;
import uk.providerportal.performance.InterventionLevel;
import uk.providerportal.performance.LevelChange;
import uk.providerportal.performance.LevelRecord;
import uk.providerportal.performance.NewAssuranceReview;
import uk.providerportal.performance.PerformanceRecord;
import uk.providerportal.performance.PerformanceService;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/**
 * One contract's performance (issue 15, items 5 to 7): its intervention level and how it got there, its action plan
 * with the performance manager's comments and every version, and its assurance reviews with the conditions for
 * remedial action. The provider sees its own and updates its plan; the performance manager chooses the organisation,
 * sets the level, comments on the plan and records reviews.
 */
@Route("performance/:organisationId?")
@PageTitle("Performance")
@Menu(order = 14.5, icon = "vaadin:line-bar-chart", title = "Performance")
@RolesAllowed({Role.Names.PROVIDER_USER, Role.Names.QUALITY_MANAGER})
class PerformanceView extends Main implements BeforeEnterObserver {

    static String path(long organisationId) {
        return "performance/" + organisationId;
    }

    final H2 title = new H2("Performance");
    final Select<OrganisationSummary> organisation = new Select<>();
    final Div content = new Div();

    private final PerformanceService performance;
    private final Clock clock;
    private final boolean provider;
    private final @Nullable Long ownOrganisationId;
    private @Nullable PerformanceRecord shown;

    PerformanceView(PerformanceService performance, OrganisationService organisations, CurrentUser currentUser,
                    Clock clock) {
        this.performance = performance;
        this.clock = clock;
        this.provider = currentUser.require().hasRole(Role.PROVIDER_USER);
        this.ownOrganisationId = currentUser.require().organisationId();
        addClassName("portal-page");
        add(title, new Paragraph("A contract here is a delivery partner organisation: each has exactly one "
                + "programme. Its intervention level, action plan and assurance reviews are kept with their history."));
        if (!provider) {
            organisation.setLabel("Organisation");
            organisation.setItems(organisations.visibleOrganisations().stream().filter(OrganisationSummary::active)
                    .toList());
            organisation.setItemLabelGenerator(OrganisationSummary::name);
            organisation.setPlaceholder("Choose an organisation");
            organisation.setId("performance-organisation");
            organisation.setWidth("min(24rem, 100%)");
            organisation.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(path(change.getValue().id())));
                }
            });
            add(organisation);
        }
        content.setId("performance-content");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("organisationId").orElse("");
        try {
            Long id = parameter.isEmpty() ? null : Long.parseLong(parameter);
            if (id == null && provider) {
                id = ownOrganisation();
            }
            if (id == null) {
                content.removeAll();
                content.add(new Paragraph("Choose an organisation to see its intervention level, action plan and "
                        + "assurance reviews."));
                return;
            }
            show(performance.workspace(id));
        } catch (NumberFormatException | ItemNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private @Nullable Long ownOrganisation() {
        return ownOrganisationId;
    }

    private void show(PerformanceRecord record) {
        shown = record;
        title.setText("Performance: " + record.organisationName());
        if (!provider) {
            organisation.getListDataView().getItems().filter(o -> o.id() == record.organisationId()).findFirst()
                    .ifPresent(organisation::setValue);
        }
        content.removeAll();
        content.add(levelSection(record), planSection(record), reviewSection(record));
    }

    // --- intervention level ----------------------------------------------------------------------------------------

    private Component levelSection(PerformanceRecord record) {
        var current = new Paragraph(record.level().title() + " – " + record.level().ledBy().toLowerCase(
                DateFormats.LOCALE) + "." + (record.levels().isEmpty() ? " No level decision has been recorded: every "
                + "contract starts at standard action." : " Decided on "
                + DateFormats.date(record.levels().getFirst().decidedOn()) + " by "
                + record.levels().getFirst().decidedBy() + "."));
        current.setId("intervention-level");
        var requires = new Paragraph("What this level requires: " + (record.levels().isEmpty()
                ? record.level().requires() : record.levels().getFirst().requiredActions()));
        var history = new Grid<LevelRecord>();
        history.addColumn(level -> DateFormats.date(level.decidedOn())).setHeader("Decided on").setFlexGrow(1);
        history.addColumn(level -> level.from() == level.to() ? level.to().title()
                : level.from().title() + " to " + level.to().title()).setHeader("Level").setFlexGrow(2);
        history.addColumn(LevelRecord::decidedBy).setHeader("Decided by").setFlexGrow(1);
        history.addColumn(LevelRecord::reason).setHeader("Reason").setFlexGrow(3);
        history.addColumn(LevelRecord::requiredActions).setHeader("Required actions").setFlexGrow(3);
        history.addColumn(level -> level.letter() == null ? "None" : level.letter().type() + ", "
                + level.letter().reference() + ", " + DateFormats.date(level.letter().dated())).setHeader("Letter")
                .setFlexGrow(2);
        history.setItems(record.levels());
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.setAriaLabel("Intervention level decisions, newest first");
        history.setId("level-history");
        history.setVisible(!record.levels().isEmpty());
        var section = new Section(new H3("Intervention level"), current, requires, history);
        if (!provider) {
            section.add(levelForm(record));
        }
        return section;
    }

    private Component levelForm(PerformanceRecord record) {
        var level = new Select<InterventionLevel>();
        level.setLabel("Level");
        level.setItems(InterventionLevel.values());
        level.setItemLabelGenerator(InterventionLevel::title);
        level.setId("new-level");
        level.setWidth("16rem");
        level.setHelperText("Any level, not only the next: levels need not be applied in sequence.");
        DatePicker decidedOn = DatePickers.ukDatePicker("Date of the decision");
        decidedOn.setValue(today());
        decidedOn.setId("level-decided-on");
        var reason = area("Reason", 2000, "level-reason");
        var required = area("Required actions", 2000, "level-required-actions");
        required.setHelperText("Leave empty for what the level itself requires.");
        var letterType = new TextField("Letter issued (type)");
        letterType.setMaxLength(200);
        letterType.setHelperText("For example: management letter, formal notice.");
        var letterReference = new TextField("Letter reference");
        letterReference.setMaxLength(100);
        DatePicker letterDated = DatePickers.ukDatePicker("Letter date");
        Map<String, HasValidation> fields = Map.of("level", level, "decidedOn", decidedOn, "reason", reason,
                "requiredActions", required, "letterType", letterType, "letterReference", letterReference,
                "letterDated", letterDated);
        var set = new Button("Set the level", click -> {
            if (level.getValue() == null || decidedOn.getValue() == null) {
                level.setInvalid(level.getValue() == null);
                level.setErrorMessage("Choose the level.");
                decidedOn.setInvalid(decidedOn.getValue() == null);
                decidedOn.setErrorMessage("Enter the date of the decision, for example 6 March 2027.");
                return;
            }
            act(fields, () -> performance.setLevel(record.organisationId(), current().version(), new LevelChange(
                    level.getValue(), decidedOn.getValue(), reason.getValue(), required.getValue(),
                    letterType.getValue(), letterReference.getValue(), letterDated.getValue())),
                    "Level set; the delivery partner is told by email.");
        });
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.setId("set-level");
        return new Section(new H3("Set the intervention level"), row(level, decidedOn), reason, required,
                row(letterType, letterReference, letterDated), set);
    }

    // --- action plan -----------------------------------------------------------------------------------------------

    private Component planSection(PerformanceRecord record) {
        var section = new Section(new H3("Action plan" + (record.planNumber() > 0 ? " (version "
                + record.planNumber() + ")" : "")));
        var requirements = new UnorderedList();
        record.planRequirements().forEach(text -> requirements.add(new ListItem(text)));
        requirements.setId("plan-requirements");
        section.add(requirements);
        record.latestComment().ifPresent(comment -> {
            var said = new Paragraph("The performance manager's comments on version " + comment.planNumber() + " ("
                    + comment.by() + ", " + DateFormats.dateTime(comment.at()) + "): " + comment.note());
            said.setId("plan-comment");
            said.addClassName("portal-card");
            said.getElement().setAttribute("role", "status");
            section.add(said);
        });
        var actions = new Grid<ActionPlanDraft.Action>();
        List<ActionPlanDraft.Action> items = record.plan().actions();
        actions.addColumn(action -> items.indexOf(action) + 1).setHeader("No.").setFlexGrow(0).setWidth("4rem");
        actions.addColumn(ActionPlanDraft.Action::what).setHeader("Action").setFlexGrow(3);
        actions.addColumn(ActionPlanDraft.Action::owner).setHeader("Owner").setFlexGrow(1);
        actions.addColumn(ActionPlanDraft.Action::measure).setHeader("Measure").setFlexGrow(2);
        actions.addColumn(action -> DateFormats.date(action.dueOn())).setHeader("Due").setFlexGrow(1);
        actions.addColumn(action -> action.status().label()).setHeader("Status").setFlexGrow(1);
        actions.addColumn(action -> action.milestones().isEmpty() ? "None" : action.milestones().stream()
                .map(m -> DateFormats.date(m.dueOn()) + ": " + m.target()).collect(Collectors.joining("; ")))
                .setHeader("Milestones").setFlexGrow(3);
        actions.setItems(items);
        actions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        actions.setAllRowsVisible(true);
        actions.setAriaLabel("The plan's actions");
        actions.setId("plan-actions");
        actions.setVisible(!items.isEmpty());
        section.add(actions, new Paragraph("Flight path: " + (record.plan().flightPath().isBlank() ? "none."
                : record.plan().flightPath())));
        if (provider) {
            var editor = new ActionPlanEditor(record.plan(), record.level().requiresFlightPath());
            var save = new Button("Save the plan", click -> {
                editor.clearProblem();
                ActionPlanDraft draft;
                try {
                    draft = editor.value();
                } catch (ActionPlanEditor.MissingDate missing) {
                    return;
                }
                try {
                    show(performance.saveActionPlan(record.organisationId(), current().version(), draft));
                    Notifications.success("Action plan saved as a new version; your performance manager reviews "
                            + "it at the next contract performance review.");
                } catch (ChangeRefused refused) {
                    if (refused.field().equals("flightPath")) {
                        editor.flightPath.setErrorMessage(refused.getMessage());
                        editor.flightPath.setInvalid(true);
                    } else {
                        editor.showProblem(refused.getMessage());
                    }
                } catch (ObjectOptimisticLockingFailureException stale) {
                    stale();
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-plan");
            section.add(new H3("Update the plan"), editor, save);
        } else {
            var comment = area("Comments on the plan", 2000, "plan-comment-text");
            comment.setHelperText("As at the contract performance review: the delivery partner is told by email.");
            var send = new Button("Add comments", click -> act(Map.of("comment", comment), () ->
                    performance.commentOnActionPlan(record.organisationId(), current().version(),
                            comment.getValue()), "Comments added; the delivery partner is told by email."));
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setId("comment-plan");
            section.add(new H3("Review the plan"), comment, send);
        }
        var history = new Grid<PerformanceRecord.PlanHistoryEntry>();
        history.addColumn(entry -> DateFormats.dateTime(entry.at())).setHeader("When").setFlexGrow(1);
        history.addColumn(entry -> entry.kind().label() + " (version " + entry.planNumber() + ")").setHeader("What")
                .setFlexGrow(1);
        history.addColumn(PerformanceRecord.PlanHistoryEntry::by).setHeader("By").setFlexGrow(1);
        history.addColumn(entry -> entry.note().isEmpty() ? entry.snapshot() : entry.note())
                .setHeader("Comments, or the plan as saved").setFlexGrow(4);
        history.setItems(record.planHistory());
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.setAriaLabel("Every version of the plan and every comment, newest first");
        history.setId("plan-history");
        history.setVisible(!record.planHistory().isEmpty());
        section.add(new H3("Plan history"), history.isVisible() ? history : new Paragraph("Nothing saved yet."));
        return section;
    }

    // --- assurance reviews -----------------------------------------------------------------------------------------

    private Component reviewSection(PerformanceRecord record) {
        var section = new Section(new H3("Assurance reviews"));
        if (!record.remedialFlags().isEmpty()) {
            var flags = new UnorderedList();
            record.remedialFlags().forEach(flag -> flags.add(new ListItem(flag)));
            var callout = new Div(new Paragraph("Conditions for remedial action:"), flags);
            callout.addClassName("portal-card");
            callout.setId("remedial-flags");
            section.add(callout);
        }
        var reviews = new Grid<AssuranceReviewRecord>();
        reviews.addColumn(review -> DateFormats.date(review.reviewedOn())).setHeader("Reviewed on").setFlexGrow(1);
        reviews.addColumn(review -> review.rating().label()).setHeader("Rating").setFlexGrow(1);
        reviews.addColumn(review -> review.findings().stream().map(f -> f.area().label() + ": " + f.finding())
                .collect(Collectors.joining("; "))).setHeader("Findings").setFlexGrow(3);
        reviews.addColumn(review -> review.planDueOn() == null ? "Not asked for"
                : "Due " + DateFormats.date(review.planDueOn()) + (review.planSubmittedOn() == null
                ? ", not submitted" : ", submitted " + DateFormats.date(review.planSubmittedOn()) + " by "
                + review.planSubmittedBy())).setHeader("Action plan").setFlexGrow(2);
        reviews.addColumn(review -> review.flags().isEmpty() ? "None" : String.join(" ", review.flags()))
                .setHeader("Remedial action").setFlexGrow(3);
        reviews.setItems(record.reviews());
        reviews.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        reviews.setAllRowsVisible(true);
        reviews.setAriaLabel("Assurance reviews, newest first");
        reviews.setId("assurance-reviews");
        reviews.setVisible(!record.reviews().isEmpty());
        section.add(reviews);
        if (record.reviews().isEmpty()) {
            section.add(new Paragraph("No assurance reviews have been recorded."));
        }
        if (provider) {
            record.reviews().stream().filter(review -> review.planDueOn() != null && review.planSubmittedOn() == null)
                    .forEach(review -> {
                        var plan = area("Action plan for the review of " + DateFormats.date(review.reviewedOn()),
                                4000, null);
                        var submit = new Button("Submit the action plan for the review of "
                                + DateFormats.date(review.reviewedOn()), click -> act(Map.of("plan", plan), () ->
                                performance.submitAssurancePlan(review.id(), review.version(), plan.getValue()),
                                "Action plan submitted."));
                        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                        section.add(plan, submit);
                    });
        } else {
            section.add(reviewForm(record));
        }
        return section;
    }

    private Component reviewForm(PerformanceRecord record) {
        DatePicker reviewedOn = DatePickers.ukDatePicker("Date of the review");
        reviewedOn.setValue(today());
        var rating = new Select<AssuranceRating>();
        rating.setLabel("Rating");
        rating.setItems(AssuranceRating.values());
        rating.setItemLabelGenerator(AssuranceRating::label);
        rating.setId("review-rating");
        var findings = new Div();
        List<FindingRow> rows = new ArrayList<>();
        Runnable addFinding = () -> {
            var row = new FindingRow(rows.size() + 1);
            rows.add(row);
            findings.add(row);
        };
        addFinding.run();
        var more = new Button("Add a finding", click -> addFinding.run());
        DatePicker planDue = DatePickers.ukDatePicker("Action plan due");
        planDue.setHelperText("Required for a weak or limited rating.");
        var findingError = new Paragraph();
        findingError.addClassName("portal-error");
        findingError.setVisible(false);
        var record2 = new Button("Record the review", click -> {
            if (reviewedOn.getValue() == null || rating.getValue() == null) {
                reviewedOn.setInvalid(reviewedOn.getValue() == null);
                reviewedOn.setErrorMessage("Enter the date of the review.");
                rating.setInvalid(rating.getValue() == null);
                rating.setErrorMessage("Choose the rating.");
                return;
            }
            List<Finding> given = rows.stream().filter(row -> !Objects.requireNonNullElse(row.text.getValue(), "")
                    .isBlank()).map(row -> new Finding(Objects.requireNonNullElse(row.area.getValue(),
                    AssuranceArea.GOVERNANCE), row.text.getValue())).toList();
            try {
                show(performance.recordAssuranceReview(record.organisationId(), new NewAssuranceReview(
                        reviewedOn.getValue(), rating.getValue(), given, planDue.getValue())));
                Notifications.success("Assurance review recorded.");
            } catch (ChangeRefused refused) {
                if (refused.field().equals("findings")) {
                    findingError.setText(refused.getMessage());
                    findingError.setVisible(true);
                } else {
                    FieldErrors.show(refused, Map.of("reviewedOn", reviewedOn, "planDueOn", planDue, "rating",
                            rating));
                }
            }
        });
        record2.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record2.setId("record-review");
        return new Section(new H3("Record an assurance review"), row(reviewedOn, rating, planDue),
                findingError, findings, more, record2);
    }

    /** A finding with the area it concerns. */
    private static final class FindingRow extends FlexLayout {
        final Select<AssuranceArea> area = new Select<>();
        final TextField text = new TextField();

        FindingRow(int number) {
            area.setLabel("Area of finding " + number);
            area.setItems(AssuranceArea.values());
            area.setItemLabelGenerator(AssuranceArea::label);
            area.setValue(AssuranceArea.GOVERNANCE);
            text.setLabel("Finding " + number);
            text.setMaxLength(1000);
            text.setWidth("min(32rem, 100%)");
            getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
            add(area, text);
        }
    }

    // --- plumbing --------------------------------------------------------------------------------------------------

    private static FlexLayout row(Component... components) {
        var row = new FlexLayout(components);
        row.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        return row;
    }

    private static TextArea area(String label, int max, @Nullable String id) {
        var area = new TextArea(label);
        area.setMaxLength(max);
        area.setWidthFull();
        if (id != null) {
            area.setId(id);
        }
        return area;
    }

    private PerformanceRecord current() {
        return Objects.requireNonNull(shown);
    }

    private void act(Map<String, ? extends HasValidation> fields, Supplier<PerformanceRecord> change, String done) {
        try {
            show(change.get());
            Notifications.success(done);
        } catch (ChangeRefused refused) {
            HasValidation field = fields.get(refused.field());
            if (field == null) {
                Notifications.error(refused.getMessage());
            } else {
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
            }
        } catch (ObjectOptimisticLockingFailureException stale) {
            stale();
        }
    }

    private void stale() {
        Notifications.error("Someone changed this contract's performance record while you had it open. It is shown "
                + "as it is now; make your change again.");
        show(performance.workspace(current().organisationId()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE));
    }
}
