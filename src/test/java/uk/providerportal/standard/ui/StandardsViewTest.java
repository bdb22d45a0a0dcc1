package uk.providerportal.standard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.signin.WithDemoUser;

@PortalTest
class StandardsViewTest extends SpringBrowserlessTest {

    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @WithDemoUser("sam.patel")
    void assessor_readsTheCatalogueAsOnADate() {
        var view = navigate(StandardsView.class);
        view.on.setValue(LocalDate.of(2023, 3, 1));
        var grid = test(view.grid);
        assertThat(IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).code()))
                .startsWith("1a", "1b", "1c");
        assertThat(view.add.isAttached()).isFalse();
    }

    @Test
    @WithDemoUser("alex.reid")
    void admin_badCode_isExplainedBesideTheCodeField() {
        var view = navigate(StandardsView.class);
        test(view.add).click();
        TextField code = find(TextField.class).withLabel("Code").single();
        code.setValue("one");
        find(TextField.class).withLabel("Title").single().setValue("A title");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Use a number and optional letters, e.g. 1a or 12.");
    }

    @Test
    @WithDemoUser("alex.reid")
    void admin_retire_asksFirst_andKeepingTheStandardChangesNothing() {
        clock.set(Instant.parse("2047-06-12T09:00:00Z"));
        var view = employmentCatalogue();
        LocalDate tomorrow = LocalDate.of(2047, 6, 13);

        test(retireButtonOf(view, "2b")).click();
        Button keep = find(Button.class).withText("Keep 2b").single();
        assertThat(codesOn(view, tomorrow)).as("nothing retired before confirming").contains("2b");

        test(keep).click();
        assertThat(codesOn(view, tomorrow)).contains("2b");

        test(retireButtonOf(view, "2b")).click();
        test(find(Button.class).withText("Retire 2b").single()).click();
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Standard 2b is retired from 13 June 2047");
        assertThat(codesOn(view, tomorrow)).doesNotContain("2b");
        assertThat(codesOn(view, tomorrow.minusDays(1))).contains("2b");
    }

    @Test
    @WithDemoUser("alex.reid")
    void admin_changeInAClosedMonth_isRefusedBesideTheDate_thenRestatedWithAReason() {
        // June 2047's KPI is published on Friday 28 June, so tomorrow (29 June) is in a closed month.
        clock.set(Instant.parse("2047-06-28T09:00:00Z"));
        var view = employmentCatalogue();
        view.edit(test(view.grid).getRow(0));
        DatePicker from = find(DatePicker.class).withLabel("Applies from").single();
        TextArea reason = find(TextArea.class).withLabel("Reason for restating a closed month").single();
        assertThat(from.getValue()).as("defaults to the first open day").isEqualTo(LocalDate.of(2047, 7, 1));
        assertThat(reason.getHelperText()).contains("Needed only when the date falls in a closed month");

        from.setValue(LocalDate.of(2047, 6, 29));
        test(find(Button.class).withText("Save").single()).click();
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).startsWith("June 2047 is closed: its KPI was published on 28 June 2047")
                .endsWith("Choose 1 July 2047 or later, or restate the closed month with a reason.");

        reason.setValue("Wording corrected for the whole of June");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Standard 1a applies from 29 June 2047:"
                + " saved as a restatement of closed June 2047, with your reason");
    }

    private StandardsView employmentCatalogue() {
        var view = navigate(StandardsView.class);
        view.programme.setValue(view.programme.getListDataView().getItems()
                .filter(programme -> programme.code().equals("EMPLOY")).findFirst().orElseThrow());
        return view;
    }

    private Button retireButtonOf(StandardsView view, String code) {
        var grid = test(view.grid);
        int row = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).code().equals(code)).findFirst()
                .orElseThrow();
        var actions = (HorizontalLayout) grid.getCellComponent(row, view.grid.getColumns().size() - 1);
        return (Button) actions.getComponentAt(1);
    }

    private List<String> codesOn(StandardsView view, LocalDate date) {
        view.on.setValue(date);
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).code()).toList();
    }
}
