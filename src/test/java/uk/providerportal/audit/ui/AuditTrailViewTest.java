package uk.providerportal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.providerportal.PortalTest;
import uk.providerportal.audit.AuditEntry;
import uk.providerportal.base.ui.NotFoundView;
import uk.providerportal.signin.WithDemoUser;

@PortalTest
class AuditTrailViewTest extends SpringBrowserlessTest {

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_filtersTheTrailByAction() {
        var view = navigate(AuditTrailView.class);
        test(view.action).selectItem("ORGANISATION_CREATED");

        GridTester<Grid<AuditEntry>, AuditEntry> grid = test(view.grid);
        assertThat(grid.size()).isGreaterThanOrEqualTo(4);
        assertThat(IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).action()).distinct())
                .containsExactly("ORGANISATION_CREATED");
        assertThat(view.total.getText()).endsWith("entries");
    }

    @Test
    @WithDemoUser("sam.patel")
    void assessor_cannotOpenTheAuditTrail() {
        navigate("audit", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
