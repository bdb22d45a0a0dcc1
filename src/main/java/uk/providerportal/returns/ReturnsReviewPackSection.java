package uk.providerportal.returns;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.providerportal.base.DateFormats;
import uk.providerportal.contractreview.AgendaItem;
import uk.providerportal.contractreview.PackSection;
import uk.providerportal.contractreview.ReviewPackContributor;

/**
 * The contract KPIs (month, rolling and cumulative, with tiers) under performance, and the customer insight return of
 * the month reviewed, with the timeliness of every return of that month, in the review pack.
 */
@Component
class ReturnsReviewPackSection implements ReviewPackContributor {

    private final ContractKpiService kpis;
    private final ReturnService returns;

    ReturnsReviewPackSection(ContractKpiService kpis, ReturnService returns) {
        this.kpis = kpis;
        this.returns = returns;
    }

    @Override
    public List<PackSection> sections(long organisationId, YearMonth month) {
        List<PackSection> sections = new ArrayList<>();
        ContractKpiTable table = kpis.kpiTable(organisationId, month);
        List<String> headers = new ArrayList<>(List.of("KPI", "Target"));
        headers.addAll(table.periods());
        sections.add(new PackSection(AgendaItem.PERFORMANCE, "Contract KPIs of " + table.programmeName() + " as at "
                + "the end of " + DateFormats.month(month) + ": each value with its tier and whether the target is "
                + "met, from summed counts.", headers, table.rows().stream().map(row -> {
                    List<String> cells = new ArrayList<>(List.of(row.kpi().code() + " " + row.kpi().description(),
                            row.targetText()));
                    row.figures().forEach(figure -> cells.add(figure.text()));
                    return (List<String>) cells;
                }).toList()));
        List<ReturnSummary> ofMonth = returns.returns(organisationId).stream()
                .filter(r -> r.organisationId() == organisationId && r.period().equals(month)).toList();
        sections.add(new PackSection(AgendaItem.PERFORMANCE, "Returns for " + DateFormats.month(month)
                + " and their timeliness.", List.of("Return", "Due", "Timeliness"), ofMonth.stream()
                .map(r -> List.of(r.type().label(), DateFormats.date(r.dueOn()), r.timeliness().text())).toList()));
        ofMonth.stream().filter(r -> r.type() == ReturnType.CUSTOMER_INSIGHT).findFirst().ifPresentOrElse(insight ->
                sections.add(new PackSection(AgendaItem.CUSTOMER_INSIGHT, insight.figures().isEmpty()
                        ? "The customer insight return for " + DateFormats.month(month) + " was not sent."
                        : "The customer insight return for " + DateFormats.month(month) + ".",
                        List.of("Figure", "Value"), ReturnType.CUSTOMER_INSIGHT.figures().stream()
                        .filter(f -> insight.figures().containsKey(f.key()))
                        .map(f -> List.of(f.label(), String.format(DateFormats.LOCALE, "%,d",
                                insight.figures().get(f.key())))).toList())),
                () -> sections.add(new PackSection(AgendaItem.CUSTOMER_INSIGHT, "No customer insight return is "
                        + "shown for " + DateFormats.month(month) + " (the portal keeps the last months' returns).",
                        List.of(), List.of())));
        return sections;
    }
}
