package uk.providerportal.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import uk.providerportal.PortalTest;
import uk.providerportal.base.ui.NotFoundView;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.signin.WithDemoUser;

@PortalTest
class DeliveryPartnersViewTest extends SpringBrowserlessTest {

    @Autowired OrganisationService organisations;

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_seesEveryDeliveryPartnerSortedByName() {
        var view = navigate(DeliveryPartnersView.class);
        GridTester<Grid<OrganisationSummary>, OrganisationSummary> grid = test(view.grid);

        assertThat(grid.size()).isGreaterThanOrEqualTo(4);
        var names = java.util.stream.IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).name())
                .toList();
        assertThat(names).contains("Clyde Works", "Midlands Debt Trust", "Northgate Community Advice",
                "Pathways South East");
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    @WithDemoUser("sam.patel")
    void filter_matchesNameCodeOrProgramme() {
        var view = navigate(DeliveryPartnersView.class);
        test(view.filter).setValue("employment");
        GridTester<Grid<OrganisationSummary>, OrganisationSummary> grid = test(view.grid);

        var codes = java.util.stream.IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).code())
                .toList();
        assertThat(codes).containsExactlyInAnyOrder("CLW", "PSE");
    }

    @Test
    @WithDemoUser("priya.shah")
    void providerUser_cannotOpenTheDirectory_itsExistenceIsNotRevealed_andTheAttemptIsAudited() {
        long before = deniedViews();
        navigate("delivery-partners", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(deniedViews()).isEqualTo(before + 1);
    }

    @Autowired javax.sql.DataSource dataSource;

    private long deniedViews() {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject("select count(*) from "
                + "audit_event where action = 'VIEW_ACCESS_DENIED' and entity_id = '/delivery-partners' "
                + "and outcome = 'DENIED' and actor_name like '%priya.shah%'", Long.class);
    }

    @Test
    @WithDemoUser("alex.reid")
    void admin_addsADeliveryPartner_andABadCodeIsExplainedBesideTheCodeField() {
        var view = navigate(DeliveryPartnersView.class);
        test(view.addOrganisation).click();
        var dialog = find(OrganisationDialog.class).single();
        dialog.code.setValue("no spaces");
        dialog.name.setValue("Harbour Money Advice");
        dialog.nation.setValue(uk.providerportal.organisation.Nation.NORTHERN_IRELAND);
        dialog.programme.setValue(organisations.programmes().getFirst());
        test(dialog.save).click();
        assertThat(dialog.code.isInvalid()).isTrue();
        assertThat(dialog.code.getErrorMessage()).isEqualTo("Use 2 to 12 capital letters or digits, e.g. NCA.");

        String code = "H" + (System.nanoTime() % 100000);
        dialog.code.setValue(code);
        test(dialog.save).click();
        test(view.filter).setValue(code);
        assertThat(test(view.grid).getRow(0).name()).isEqualTo("Harbour Money Advice");
        assertThat(test(view.grid).getRow(0).nation()).isEqualTo(uk.providerportal.organisation.Nation.NORTHERN_IRELAND);
    }

    @Test
    @WithDemoUser("sam.patel")
    void assessor_getsNoEditing() {
        var view = navigate(DeliveryPartnersView.class);
        assertThat(view.addOrganisation.isAttached()).isFalse();
    }

    @Test
    @WithDemoUser("priya.shah")
    void providerUser_isRefusedByTheServiceToo() {
        assertThatThrownBy(() -> organisations.search("", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
