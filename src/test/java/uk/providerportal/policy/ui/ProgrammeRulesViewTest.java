package uk.providerportal.policy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.signin.WithDemoUser;

@PortalTest
class ProgrammeRulesViewTest extends SpringBrowserlessTest {

    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_readsTheRulesAndTheirHistory_withoutChangingThem() {
        var view = navigate(ProgrammeRulesView.class);

        assertThat(test(view.kpi).getRow(test(view.kpi).size() - 1).kpiTarget()).isEqualByComparingTo("80");
        assertThat(test(view.appeals).size()).isGreaterThanOrEqualTo(3);
        assertThat(find(Button.class).withText("Change from a date").exists()).isFalse();
    }

    @Test
    @WithDemoUser("alex.reid")
    void admin_tiersOutOfOrder_areExplainedBesideTheTierField() {
        navigate(ProgrammeRulesView.class);
        test(find(Button.class).withText("Change from a date").first()).click();
        BigDecimalField near = find(BigDecimalField.class).withLabel("Tier 3 (Near Target) from").single();
        near.setValue(new BigDecimal("90"));
        test(find(Button.class).withText("Save").single()).click();

        assertThat(near.isInvalid()).isTrue();
        assertThat(near.getErrorMessage()).isEqualTo("Tier 3 must start below tier 4.");
    }

    @Test
    @WithDemoUser("alex.reid")
    void admin_changeInAClosedMonth_isRefusedBesideTheDate_thenRestatedWithAReason() {
        // March 2047's KPI was published on Friday 29 March.
        clock.set(Instant.parse("2047-04-02T09:00:00Z"));
        var view = navigate(ProgrammeRulesView.class);
        view.programme.setValue(view.programme.getListDataView().getItems()
                .filter(programme -> programme.code().equals("EMPLOY")).findFirst().orElseThrow());
        test(find(Button.class).withText("Change from a date").first()).click();
        DatePicker from = find(DatePicker.class).withLabel("Applies from").single();
        TextArea reason = find(TextArea.class).withLabel("Reason for restating a closed month").single();
        assertThat(from.getValue()).as("the default date is open").isEqualTo(LocalDate.of(2047, 5, 1));
        assertThat(reason.getHelperText()).contains("Needed only when the date falls in a closed month");

        from.setValue(LocalDate.of(2047, 3, 1));
        test(find(Button.class).withText("Save").single()).click();

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("March 2047 is closed: its KPI was published on 29 March 2047, "
                + "so a change from 1 March 2047 would alter published figures. Choose 1 April 2047 or later, or "
                + "restate the closed month with a reason.");

        reason.setValue("Target agreed at the February review, entered late");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("The KPI policy from 1 March 2047 is "
                + "saved as a restatement of closed March 2047, with your reason");
        assertThat(test(view.kpi).getRow(0).restatement()).isNotNull();
    }
}
