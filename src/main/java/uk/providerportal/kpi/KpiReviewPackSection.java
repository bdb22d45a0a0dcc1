package uk.providerportal.kpi;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.providerportal.base.DateFormats;
import uk.providerportal.contractreview.AgendaItem;
import uk.providerportal.contractreview.PackSection;
import uk.providerportal.contractreview.ReviewPackContributor;

/** The quality KPI in the review pack: the month's published figure in month, rolling and cumulative, with tiers. */
@Component
class KpiReviewPackSection implements ReviewPackContributor {

    private final KpiService kpis;

    KpiReviewPackSection(KpiService kpis) {
        this.kpis = kpis;
    }

    @Override
    public List<PackSection> sections(long organisationId, YearMonth month) {
        return kpis.published(organisationId, month).map(kpi -> new PackSection(AgendaItem.PERFORMANCE,
                "Quality KPI (" + kpi.programmeName() + ") as published for " + DateFormats.month(month)
                        + (kpi.revised() ? ", revised to version " + kpi.version() : "") + ".",
                List.of("Period", "KPI", "Target", "Target met", "Tier", "Cases passing"),
                kpi.figures().stream().map(f -> List.of(f.period().label(), f.kpiText(),
                        KpiFigure.percent(f.target()), f.targetText(), f.tierText(), f.countsText())).toList()))
                .map(List::of)
                .orElseGet(() -> List.of(new PackSection(AgendaItem.PERFORMANCE, "The quality KPI of "
                        + DateFormats.month(month) + " is not published yet.", List.of(), List.of())));
    }
}
