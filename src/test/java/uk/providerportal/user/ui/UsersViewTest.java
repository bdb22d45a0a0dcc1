package uk.providerportal.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.providerportal.PortalTest;
import uk.providerportal.base.ui.NotFoundView;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Role;
import uk.providerportal.signin.WithDemoUser;
import uk.providerportal.user.UserAccount;

@PortalTest
class UsersViewTest extends SpringBrowserlessTest {

    @Test
    @WithDemoUser("alex.reid")
    void admin_filtersUsersByOrganisationAndRole() {
        var view = navigate(UsersView.class);
        var nca = view.organisation.getListDataView().getItems()
                .filter(organisation -> organisation.code().equals("NCA")).findFirst().orElseThrow();
        test(view.organisation).selectItem(nca.name());
        test(view.role).selectItem("Provider user");

        GridTester<Grid<UserAccount>, UserAccount> grid = test(view.grid);
        var emails = IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).email()).toList();
        assertThat(emails).contains("priya.shah@northgate-advice.example", "tom.hughes@northgate-advice.example")
                .doesNotContain("gareth.evans@midlands-debt.example", "alex.reid@funder.example");
    }

    @Test
    @WithDemoUser("alex.reid")
    void providerRoleWithoutOrganisation_isRefusedWithTheMessageBesideTheOrganisationField() {
        var view = navigate(UsersView.class);
        test(view.search).setValue("ruth.morgan");
        UserAccount ruth = test(view.grid).getRow(0);
        view.openEditor(ruth);

        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = find(CheckboxGroup.class).single();
        roles.setValue(Set.of(Role.PROVIDER_USER));
        test(find(Button.class).id("save-user")).click();

        @SuppressWarnings("unchecked")
        ComboBox<OrganisationSummary> organisation = find(ComboBox.class).withLabel("Organisation").last();
        assertThat(organisation.isInvalid()).isTrue();
        assertThat(organisation.getErrorMessage()).isEqualTo("Choose the organisation this provider user works for.");
    }

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_cannotOpenUserAdministration() {
        navigate("admin/users", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
