package uk.providerportal.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.providerportal.PortalTest;
import uk.providerportal.base.ui.NotFoundView;
import uk.providerportal.signin.WithDemoUser;

@PortalTest
class ProgrammesViewTest extends SpringBrowserlessTest {

    @Test
    @WithDemoUser("alex.reid")
    void admin_addsAProgramme_andADuplicateCodeIsExplainedBesideTheCode() {
        var view = navigate(ProgrammesView.class);
        test(find(Button.class).withText("Add programme").single()).click();
        find(TextField.class).withLabel("Code").single().setValue("DEBT");
        find(TextField.class).withLabel("Name").single().setValue("Debt advice again");
        test(find(Button.class).withText("Save").single()).click();
        TextField code = find(TextField.class).withLabel("Code").single();
        assertThat(code.getErrorMessage()).isEqualTo("Another programme already has the code DEBT.");

        String fresh = "P" + (System.nanoTime() % 100000);
        code.setValue(fresh);
        find(TextField.class).withLabel("Name").single().setValue("Money guidance");
        test(find(Button.class).withText("Save").single()).click();
        var grid = test(view.grid);
        assertThat(IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).code())).contains(fresh);
    }

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_cannotOpenProgrammeAdministration() {
        navigate("admin/programmes", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
