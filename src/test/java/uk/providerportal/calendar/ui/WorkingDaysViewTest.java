package uk.providerportal.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.providerportal.PortalTest;
import uk.providerportal.calendar.ExceptionKind;
import uk.providerportal.calendar.NonWorkingDay;
import uk.providerportal.organisation.Nation;
import uk.providerportal.signin.WithDemoUser;

@PortalTest
class WorkingDaysViewTest extends SpringBrowserlessTest {

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_readsScotlandsBankHolidays_butCannotChangeThem() {
        var view = navigate(WorkingDaysView.class);
        view.nation.setValue(Nation.SCOTLAND);
        view.year.setValue(2025);

        GridTester<Grid<NonWorkingDay>, NonWorkingDay> grid = test(view.grid);
        var dates = IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).date()).toList();
        assertThat(dates).contains(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 8, 4), LocalDate.of(2025, 12, 1))
                .doesNotContain(LocalDate.of(2025, 4, 21));
        assertThat(view.add.isAttached()).isFalse();
    }

    @Test
    @WithDemoUser("alex.reid")
    void admin_addingAWorkingDayAsExtraHoliday_withoutAReason_isToldBesideTheReasonField() {
        var view = navigate(WorkingDaysView.class);
        view.date.setValue(LocalDate.of(2028, 3, 14));
        view.kind.setValue(ExceptionKind.NON_WORKING);
        test(view.add).click();

        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).contains("Say why this day is different");
    }

    @Test
    @WithDemoUser("alex.reid")
    void admin_cannotMarkAnOrdinaryWorkingDayAsWorked_andIsToldWhyBesideTheDate() {
        var view = navigate(WorkingDaysView.class);
        view.date.setValue(LocalDate.of(2028, 3, 14));
        view.kind.setValue(ExceptionKind.WORKING);
        view.reason.setValue("Open as usual");
        test(view.add).click();

        assertThat(view.date.isInvalid()).isTrue();
        assertThat(view.date.getErrorMessage()).isEqualTo("14 March 2028 is not a bank holiday in England and Wales, "
                + "so it is already a working day.");
    }
}
