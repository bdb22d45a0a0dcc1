package uk.providerportal.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.providerportal.Fixtures;
import uk.providerportal.PortalTest;
import uk.providerportal.ServerState;
import uk.providerportal.kpi.KpiOverviewRow;
import uk.providerportal.kpi.KpiPeriod;
import uk.providerportal.kpi.KpiService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.signin.WithDemoUser;

/**
 * The KPI pages without a browser. Northgate (Priya Shah's organisation) gets 2024's KPIs recorded as published
 * before the portal, so the page of December 2024 shows a year of trend whatever else the demo has published.
 */
@PortalTest
@Import(SignInAs.class)
class KpiViewsTest extends SpringBrowserlessTest {

    static final YearMonth DECEMBER = YearMonth.of(2024, 12);

    @Autowired KpiService kpis;
    @Autowired SignInAs signInAs;
    @Autowired JdbcTemplate jdbc;
    @Autowired Fixtures fixtures;

    long northgate;

    @BeforeEach
    void aYearOfPublishedKpis() throws Exception {
        northgate = jdbc.queryForObject("select id from organisation where code = 'NCA'", Long.class);
        for (int i = 11; i >= 0; i--) {
            YearMonth month = DECEMBER.minusMonths(i);
            int passing = 14 + (i % 6);
            signInAs.call("alex.reid", () -> kpis.published(northgate, month).isPresent() ? null
                    : kpis.recordEarlierPublication(northgate, month, 20, passing,
                            new BigDecimal(20 * 80 + passing * 5), 1, month.atEndOfMonth(), "2024 spreadsheet"));
        }
    }

    @Test
    @WithDemoUser("priya.shah")
    void providerPage_showsTheMonthAgainstTarget_withTierChartTableAndLog() {
        var view = navigate(KpiView.path(DECEMBER), KpiView.class);

        var december = kpis.published(northgate, DECEMBER).orElseThrow().inMonth();
        assertThat(view.heading.getText()).isEqualTo("December 2024: " + december.kpiText());
        assertThat(view.headline.getText()).contains("against a target of 80.0%", "Tier " + december.tierText());
        assertThat(view.revised.getText()).startsWith("Not revised");
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(view.month.getValue()).isEqualTo(DECEMBER);

        assertThat(view.chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(view.chart.description()).contains("in month", "January 2024", "December 2024", "80.0%");
        String svg = ServerState.componentsUnder(view.chart).stream().filter(Svg.class::isInstance).findFirst()
                .map(c -> c.getElement().getProperty("innerHTML", "")).orElse("");
        assertThat(svg).contains("Target 80.0%", "4 Good", "1 Inadequate", "Dec 24", december.kpiText());
        assertThat(view.trendTable.getListDataView().getItems()).hasSize(12)
                .allSatisfy(row -> assertThat(row.figure()).isNotNull());
        assertThat(view.restatements.getListDataView().getItems()).hasSize(1)
                .allSatisfy(v -> assertThat(v.changes()).contains("2024 spreadsheet"));

        view.period.setValue(KpiPeriod.ROLLING_12);
        assertThat(view.chart.description()).contains("rolling 12 months");
        var rolling = kpis.published(northgate, DECEMBER).orElseThrow().figure(KpiPeriod.ROLLING_12);
        assertThat(view.trendTable.getListDataView().getItems().toList().getLast().figure()).isEqualTo(rolling);
        assertThat(ServerState.componentsUnder(view.cases)).as("no component per case row")
                .noneMatch(Span.class::isInstance);
    }

    @Test
    @WithDemoUser("priya.shah")
    void providerPage_monthThatIsNotPublished_showsTheLatestInstead() {
        var view = navigate("kpi/1999-01", KpiView.class);
        assertThat(view.month.getValue()).isEqualTo(kpis.publishedMonths(northgate).getFirst());
    }

    @Test
    void providerPage_beforeAnyPublication_saysWhenTheNextOneIs() throws Exception {
        var partner = fixtures.partner();
        SecurityContextHolder.getContext().setAuthentication(signInAs.signIn(partner.provider()));
        try {
            var view = navigate(KpiView.class);
            assertThat(view.content.isVisible()).isFalse();
            assertThat(view.empty.getText()).startsWith("No KPI has been published for your organisation yet. "
                    + "The next publication is on ");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    @WithDemoUser("helen.carter")
    void overview_showsEveryOrganisation_withTierTextSparklineAndItsTextAlternative() {
        var view = navigate(KpiOverviewView.class);
        view.month.setValue(DECEMBER);

        var rows = view.grid.getListDataView().getItems().toList();
        var northgateRow = rows.stream().filter(line -> line.row().kpi().organisationId() == northgate).findFirst()
                .orElseThrow();
        assertThat(northgateRow.sparkline()).startsWith("data:image/svg+xml;base64,");
        assertThat(northgateRow.sparklineText()).startsWith("In-month KPI of the last 12 months, oldest first: ")
                .endsWith(northgateRow.figure().kpiText());
        assertThat(view.total.getText()).contains("with a published KPI of December 2024");
        assertThat(view.download.isVisible()).isTrue();
    }

    @Test
    void change_isInPercentagePoints_withItsSign() {
        assertThat(KpiOverviewView.change(new BigDecimal("2.5"))).isEqualTo("+2.5 points");
        assertThat(KpiOverviewView.change(new BigDecimal("-1.0"))).isEqualTo("−1.0 points");
        assertThat(KpiOverviewView.change(BigDecimal.ZERO)).isEqualTo("No change");
        assertThat(KpiOverviewView.change(null)).isEqualTo("–");
        assertThat(KpiOverviewRow.class).isNotNull();
    }
}
