package uk.providerportal.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import uk.providerportal.PortalTest;
import uk.providerportal.signin.WithDemoUser;

@PortalTest
class AssessmentCalendarViewTest extends SpringBrowserlessTest {

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_seesTwelveMonthsWithPublicationDates() {
        var view = navigate(AssessmentCalendarView.class);
        view.year.setValue(2026);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(12);
        assertThat(grid.getRow(7).kpiPublication()).isEqualTo(LocalDate.of(2026, 8, 28));
        assertThat(find(Button.class).withText("Change").exists()).isFalse();
    }

    @Test
    @WithDemoUser("alex.reid")
    void admin_movingPublicationWithoutAReason_isToldBesideTheReasonField() {
        var view = navigate(AssessmentCalendarView.class);
        view.year.setValue(2026);
        view.edit(test(view.grid).getRow(9));
        find(DatePicker.class).withLabel("KPI published on (leave empty for the usual date)").single()
                .setValue(LocalDate.of(2026, 11, 4));
        test(find(Button.class).withText("Save").single()).click();

        TextField reason = find(TextField.class).withLabel("Why publication moves").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why publication moves from the usual date.");
        assertThat(test(view.grid).getRow(9).month()).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    @WithDemoUser("alex.reid")
    void admin_clearingTheOpeningDay_isToldBesideThatField_andNothingBreaks() {
        var view = navigate(AssessmentCalendarView.class);
        view.year.setValue(2026);
        view.edit(test(view.grid).getRow(10));
        DatePicker opens = find(DatePicker.class).withLabel("Submissions open").single();
        opens.clear();
        test(find(Button.class).withText("Save").single()).click();

        assertThat(opens.isInvalid()).isTrue();
        assertThat(opens.getErrorMessage()).isEqualTo("Choose the day submissions open.");
    }
}
