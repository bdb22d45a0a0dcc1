package uk.providerportal.policy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.providerportal.PortalTest;
import uk.providerportal.signin.WithDemoUser;

@PortalTest
class ProgrammeRulesViewTest extends SpringBrowserlessTest {

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_readsTheRulesAndTheirHistory_withoutChangingThem() {
        var view = navigate(ProgrammeRulesView.class);

        assertThat(test(view.kpi).getRow(test(view.kpi).size() - 1).kpiTarget()).isEqualByComparingTo("80");
        assertThat(test(view.appeals).size()).isGreaterThanOrEqualTo(3);
        assertThat(find(Button.class).withText("Change from a date…").exists()).isFalse();
    }

    @Test
    @WithDemoUser("alex.reid")
    void admin_tiersOutOfOrder_areExplainedBesideTheTierField() {
        navigate(ProgrammeRulesView.class);
        test(find(Button.class).withText("Change from a date…").first()).click();
        BigDecimalField near = find(BigDecimalField.class).withLabel("Tier 3 (Near Target) from").single();
        near.setValue(new BigDecimal("90"));
        test(find(Button.class).withText("Save").single()).click();

        assertThat(near.isInvalid()).isTrue();
        assertThat(near.getErrorMessage()).isEqualTo("Tier 3 must start below tier 4.");
    }
}
