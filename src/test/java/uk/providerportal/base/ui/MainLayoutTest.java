package uk.providerportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import uk.providerportal.PortalTest;
import uk.providerportal.signin.WithDemoUser;
import uk.providerportal.signin.ui.SignInView;

/** The shell: who is signed in, sign-out, and a menu that shows each role only what it may open. */
@PortalTest
class MainLayoutTest extends SpringBrowserlessTest {

    private List<String> menu() {
        navigate("", com.vaadin.flow.component.Component.class);
        return find(SideNavItem.class).from(find(SideNav.class).single()).all().stream()
                .map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithDemoUser("priya.shah")
    void providerUser_seesOnlyProviderEntries() {
        assertThat(menu()).containsExactly("Home", "KPIs", "Appeals", "Good news stories", "Performance", "Returns",
                "Contract KPIs", "Contract reviews", "Submit a case", "Submit in bulk", "Month folders",
                "Assessment commentary", "Self-assessment",
                "Calibration requests", "Notification settings");
    }

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_seesTheDeliveryPartnerDirectoryAndTheAuditTrail() {
        assertThat(menu()).containsExactly("Home", "Delivery partners", "Good news stories", "Performance", "Returns",
                "Contract KPIs", "Contract reviews", "Month folders", "Triage queue", "Conflicts of interest",
                "Moderation", "Calibration statistics", "Calibration exercises", "Calibration requests", "KPI overview",
                "KPI publication", "Appeals board", "Programme rules", "Contract KPI catalogue", "Standards",
                "SLA volumes", "Working days", "Assessment calendar", "Audit trail", "Notification settings");
    }

    @Test
    @WithDemoUser("sam.patel")
    void assessor_seesTheDeliveryPartnerDirectoryTheirCasesAndTheStandards() {
        assertThat(menu()).containsExactly("Home", "Delivery partners", "Month folders", "My cases",
                "My calibration exercises", "KPI overview", "Standards", "Notification settings");
    }

    @Test
    @WithDemoUser("alex.reid")
    void admin_seesUserAdministrationAndTheAuditTrail() {
        assertThat(menu()).containsExactly("Home", "Delivery partners", "Month folders", "Triage queue",
                "Conflicts of interest", "Calibration statistics", "Calibration exercises", "KPI overview",
                "Programmes",
                "Programme rules", "Contract KPI catalogue",
                "Standards", "SLA volumes", "Working days", "Assessment calendar", "Users", "Access requests",
                "Outbox", "Audit trail", "Notification settings");
    }

    @Test
    @WithDemoUser("morag.campbell")
    void header_namesTheUserTheirOrganisationAndRole_andOffersSignOut() {
        navigate("", com.vaadin.flow.component.Component.class);
        var user = find(Span.class).withClassName("portal-user-name").single();
        var detail = find(Span.class).withClassName("portal-user-detail").single();
        assertThat(user.getText()).isEqualTo("Morag Campbell");
        assertThat(detail.getText()).isEqualTo("Clyde Works · Provider user");
        assertThat(find(Button.class).id("sign-out").getText()).isEqualTo("Sign out");
    }

    @Test
    @WithDemoUser("helen.carter")
    void header_showsFunderStaffAsTheFunderQualityTeam() {
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(find(Span.class).withClassName("portal-user-detail").single().getText())
                .isEqualTo("Funder quality team · Quality manager");
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitor_isSentToSignIn() {
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(SignInView.class);
    }
}
