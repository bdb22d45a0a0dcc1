package uk.providerportal.appeal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.providerportal.appeal.AppealEligibility;
import uk.providerportal.appeal.AppealRecord;
import uk.providerportal.appeal.AppealService;
import uk.providerportal.appeal.AppealStatus;
import uk.providerportal.appeal.AppealableCase;
import uk.providerportal.appeal.AppealableStandard;
import uk.providerportal.appeal.ItemDecision;
import uk.providerportal.appeal.ReviewerChoice;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/**
 * One lodged appeal for the quality team: the appealed standards with the provider's rationale beside the assessor's
 * outcome; assigning an independent reviewer (those involved listed with why they cannot); and, for the assigned
 * reviewer, the final decision per standard with reasons.
 */
@Route("quality/appeals/:appealId")
@PageTitle("Appeal")
@RolesAllowed(Role.Names.QUALITY_MANAGER)
class AppealReviewView extends Main implements BeforeEnterObserver {

    final H2 title = new H2("Appeal");
    final Div summary = new Div();
    final Select<ReviewerChoice> reviewer = new Select<>();
    final Button assign = new Button("Assign reviewer");
    final Section assignment = new Section();
    final Section decision = new Section();
    final Button decide = new Button("Record final decision");
    final List<DecisionRow> decisions = new ArrayList<>();

    record DecisionRow(AppealRecord.Item item, RadioButtonGroup<ItemDecision> choice, TextArea reason) {
    }

    private final AppealService appeals;
    private final long me;
    private long appealId;

    AppealReviewView(AppealService appeals, CurrentUser currentUser) {
        this.appeals = appeals;
        this.me = currentUser.require().userId();
        addClassName("portal-page");
        reviewer.setLabel("Independent reviewer");
        reviewer.setItemLabelGenerator(c -> c.name() + (c.independent() ? "" : " (cannot: " + c.why() + ")"));
        reviewer.setItemEnabledProvider(ReviewerChoice::independent);
        reviewer.setWidth("min(30rem, 100%)");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(click -> {
            try {
                ReviewerChoice chosen = reviewer.getValue();
                if (chosen == null) {
                    reviewer.setInvalid(true);
                    reviewer.setErrorMessage("Choose the independent reviewer.");
                    return;
                }
                AppealRecord saved = appeals.assign(appealId, chosen.userId());
                Notifications.success(saved.reviewerName() + " now reviews this appeal; decision due by "
                        + (saved.decisionDue() == null ? "–" : DateFormats.date(saved.decisionDue())) + ".");
                show();
            } catch (ChangeRefused refused) {
                reviewer.setInvalid(true);
                reviewer.setErrorMessage(refused.getMessage());
            }
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setId("record-decision");
        decide.addClickListener(click -> recordDecision());
        add(title, summary, assignment, decision);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            appealId = Long.parseLong(event.getRouteParameters().get("appealId").orElse(""));
            show();
        } catch (NumberFormatException | ItemNotFoundException notFound) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show() {
        AppealRecord appeal = appeals.lodgedAppeal(appealId);
        title.setText("Appeal of " + appeal.organisationName() + " against the " + DateFormats.month(appeal.month())
                + " KPI");
        AppealEligibility eligibility = appeals.eligibility(appeal.organisationId(), appeal.month());
        summary.removeAll();
        var evidenceList = EvidenceLinks.list(appeals, appeal,
                appeals.evidence(appeal.organisationId(), appeal.month()));
        summary.add(new Paragraph("KPI " + KpiText.of(eligibility) + ". Policy: " + appeal.policyName() + "."),
                AppealItemsGrid.decisions(appeal), evidenceList);
        assignment.removeAll();
        boolean open = appeal.status() != AppealStatus.DECIDED;
        assignment.setVisible(open);
        if (open) {
            List<ReviewerChoice> choices = appeals.reviewerChoices(appealId);
            reviewer.setItems(choices);
            choices.stream().filter(c -> Objects.equals(c.userId(), appeal.reviewerId())).findFirst()
                    .ifPresent(reviewer::setValue);
            assignment.add(new H4(appeal.reviewerName() == null ? "Assign an independent reviewer"
                    : "Change the reviewer"), reviewer, assign);
        }
        decision.removeAll();
        decisions.clear();
        boolean mine = appeal.status() == AppealStatus.ASSIGNED && Objects.equals(appeal.reviewerId(), me);
        decision.setVisible(mine);
        if (mine) {
            decision.add(new H4("Your decision"), new Paragraph("Decide each standard: upheld (the standard was met) "
                    + "or not upheld, with your reason. The provider reads the reasons; the decision is final, and "
                    + "upheld standards change the case outcomes and revise the month's KPI."));
            for (AppealRecord.Item item : appeal.items()) {
                AppealableStandard standard = standardOf(eligibility, item);
                var choice = new RadioButtonGroup<ItemDecision>("Standard " + item.standardCode() + " of case "
                        + item.caseReference());
                choice.setItems(ItemDecision.values());
                choice.setItemLabelGenerator(ItemDecision::label);
                var reason = new TextArea("Reason for the decision on " + item.standardCode() + " of "
                        + item.caseReference());
                reason.setMaxLength(2000);
                reason.setWidthFull();
                var block = new Div(new Paragraph("Assessor: not met"
                        + (standard == null || standard.assessorNote() == null ? "" : ". Note: "
                        + standard.assessorNote()) + ". Provider's rationale: " + item.rationale()), choice, reason);
                block.addClassName("portal-card");
                decision.add(block);
                decisions.add(new DecisionRow(item, choice, reason));
            }
            decision.add(decide);
        }
    }

    private static @Nullable AppealableStandard standardOf(AppealEligibility eligibility, AppealRecord.Item item) {
        return eligibility.cases().stream().filter(c -> c.caseId() == item.caseId())
                .flatMap((AppealableCase c) -> c.unmet().stream())
                .filter(s -> s.standardVersionId() == item.standardVersionId()).findFirst().orElse(null);
    }

    private void recordDecision() {
        List<AppealService.Decision> given = new ArrayList<>();
        for (DecisionRow row : decisions) {
            row.choice().setInvalid(false);
            if (row.choice().getValue() == null) {
                row.choice().setInvalid(true);
                row.choice().setErrorMessage("Choose upheld or not upheld.");

                return;
            }
            given.add(new AppealService.Decision(row.item().caseId(), row.item().standardVersionId(),
                    row.choice().getValue(), row.reason().getValue()));
        }
        try {
            AppealRecord decided = appeals.decide(appealId, given);
            Notifications.success("Decision recorded: " + decided.decisionSummary());
            show();
        } catch (ChangeRefused refused) {
            Notifications.error(refused.getMessage());
        }
    }

    /** "60.0% against a target of 80%". */
    static final class KpiText {
        private KpiText() {
        }

        static String of(AppealEligibility eligibility) {
            return uk.providerportal.kpi.KpiFigure.percent(eligibility.kpi()) + " (" + eligibility.passing() + " of "
                    + eligibility.counted() + " cases passed) against a target of "
                    + uk.providerportal.kpi.KpiFigure.percent(eligibility.target());
        }
    }
}
