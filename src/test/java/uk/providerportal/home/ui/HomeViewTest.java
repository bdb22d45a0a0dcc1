package uk.providerportal.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import uk.providerportal.PortalTest;
import uk.providerportal.signin.WithDemoUser;

@PortalTest
class HomeViewTest extends SpringBrowserlessTest {

    @Test
    @WithDemoUser("priya.shah")
    void providerUser_seesThemselvesAndTheirOwnOrganisation() {
        navigate(HomeView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("Welcome, Priya Shah");
        var organisation = find(DescriptionList.class).id("own-organisation");
        assertThat(organisation.getElement().getTextRecursively())
                .contains("Northgate Community Advice", "NCA", "Debt advice", "England and Wales")
                .doesNotContain("Midlands Debt Trust");
    }

    @Test
    @WithDemoUser("morag.campbell")
    void scottishProvider_seesScotlandAsTheirNation() {
        navigate(HomeView.class);
        assertThat(find(DescriptionList.class).id("own-organisation").getElement().getTextRecursively())
                .contains("Clyde Works", "Employment support", "Scotland");
    }

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_seesTheFunderTeamAndALinkToTheDeliveryPartners() {
        navigate(HomeView.class);

        assertThat(find(Paragraph.class).withTextContaining("You work across every delivery partner").exists())
                .isTrue();
        assertThat(find(DescriptionList.class).withId("own-organisation").exists()).isFalse();
        assertThat(find(Anchor.class).withText("Delivery partners").single().getHref())
                .isEqualTo("/delivery-partners");
    }

    @Test
    @WithDemoUser("tom.hughes")
    void providerUser_getsNoLinkToFunderOnlyViews() {
        navigate(HomeView.class);
        assertThat(find(Anchor.class).withText("Delivery partners").exists()).isFalse();
    }

    @Test
    @WithDemoUser("priya.shah")
    void providerUser_seesWhatToDoNow_filingDeadlinesAndTheLatestKpi() {
        navigate(HomeView.class);

        String todo = find(com.vaadin.flow.component.html.Section.class).id("home-todo").getElement()
                .getTextRecursively();
        YearMonth month = YearMonth.now(uk.providerportal.base.DateFormats.ZONE);
        assertThat(todo).contains(uk.providerportal.base.DateFormats.month(month) + ": ")
                .contains("of 20 agreed cases filed, in weekly samples of 6")
                .contains("KPI publication").contains("Appeals against the "
                        + uk.providerportal.base.DateFormats.month(month.minusMonths(1)) + " KPI close on");
        String kpi = find(DescriptionList.class).id("home-latest-kpi").getElement().getTextRecursively();
        // the demo's imported history: Northgate passed 18 of 20 last month
        assertThat(kpi).contains(uk.providerportal.base.DateFormats.month(month.minusMonths(1)))
                .contains("90.0% (18 of 20 cases passed)").contains("4 Good").contains("80.0%: met");
        assertThat(find(Anchor.class).withText("See your KPIs, trend and commentary").single().getHref())
                .isEqualTo("kpi");
    }

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_seesTheMonthsProgressAcrossOrganisations() {
        navigate(HomeView.class);

        String summary = find(Paragraph.class).id("home-month-summary").getText();
        assertThat(summary).contains("KPIs").containsAnyOf("due on", "published on");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<HomeView.ProgressRow>) find(
                com.vaadin.flow.component.grid.Grid.class).single();
        var northgate = grid.getGenericDataView().getItems()
                .filter(row -> row.organisation().equals("Northgate Community Advice")).findFirst().orElseThrow();
        assertThat(northgate.filed()).endsWith("of 20");
        assertThat(northgate.released()).isGreaterThanOrEqualTo(2);
    }
}
