package uk.providerportal.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
}
