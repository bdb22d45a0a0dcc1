package uk.providerportal.standard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.providerportal.PortalTest;
import uk.providerportal.signin.WithDemoUser;

@PortalTest
class StandardsViewTest extends SpringBrowserlessTest {

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
}
