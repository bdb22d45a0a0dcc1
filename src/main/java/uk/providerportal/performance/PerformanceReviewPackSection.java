package uk.providerportal.performance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.providerportal.base.DateFormats;
import uk.providerportal.contractreview.AgendaItem;
import uk.providerportal.contractreview.PackSection;
import uk.providerportal.contractreview.ReviewPackContributor;

/**
 * The action plan (with the intervention level and what it requires) and the assurance findings with their
 * remedial-action flags, in the review pack.
 */
@Component
class PerformanceReviewPackSection implements ReviewPackContributor {

    private final PerformanceService performance;

    PerformanceReviewPackSection(PerformanceService performance) {
        this.performance = performance;
    }

    @Override
    public List<PackSection> sections(long organisationId, YearMonth month) {
        PerformanceRecord workspace = performance.workspace(organisationId);
        List<PackSection> sections = new ArrayList<>();
        sections.add(new PackSection(AgendaItem.ACTION_PLAN, "Intervention level: " + workspace.level().title()
                + ". " + String.join(" ", workspace.planRequirements()) + (workspace.plan().flightPath().isBlank()
                ? "" : " Flight path: " + workspace.plan().flightPath()),
                List.of("Action", "Owner", "Measure", "Due", "Status"),
                workspace.plan().actions().stream().map(a -> List.of(a.what(), a.owner(), a.measure(),
                        DateFormats.date(a.dueOn()), a.status().label())).toList()));
        List<List<String>> findings = new ArrayList<>();
        for (AssuranceReviewRecord review : workspace.reviews()) {
            for (Finding finding : review.findings()) {
                findings.add(List.of(DateFormats.date(review.reviewedOn()), review.rating().label(),
                        finding.area().label(), finding.finding()));
            }
        }
        sections.add(new PackSection(AgendaItem.COMPLIANCE, workspace.reviews().isEmpty()
                ? "No assurance review is recorded for this contract."
                : "Assurance reviews, newest first." + (workspace.remedialFlags().isEmpty() ? ""
                : " Conditions for remedial action: " + String.join(" ", workspace.remedialFlags())),
                List.of("Reviewed", "Rating", "Area", "Finding"), findings));
        return sections;
    }
}
