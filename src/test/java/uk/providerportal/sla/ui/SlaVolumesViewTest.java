package uk.providerportal.sla.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.providerportal.PortalTest;
import uk.providerportal.signin.WithDemoUser;
import uk.providerportal.sla.SlaImportReport;
import uk.providerportal.sla.SlaService;
import uk.providerportal.sla.SlaWorkbooks;

@PortalTest
class SlaVolumesViewTest extends SpringBrowserlessTest {

    @Autowired SlaService sla;

    @Test
    @WithDemoUser("alex.reid")
    void admin_editsAMonthInTheGrid_andTheValuesAreSaved() {
        var view = navigate(SlaVolumesView.class);
        YearMonth month = YearMonth.now().plusMonths(3);
        view.month.setValue(month);
        var grid = test(view.grid);
        ((IntegerField) grid.getCellComponent(0, 2)).setValue(20);
        ((IntegerField) grid.getCellComponent(0, 3)).setValue(6);
        test(view.save).click();

        var first = sla.month(month).getFirst();
        assertThat(first.monthlyVolume()).isEqualTo(20);
        assertThat(first.weeklyVolume()).isEqualTo(6);
    }

    @Test
    @WithDemoUser("alex.reid")
    void badSpreadsheet_listsEveryProblemWithItsRow() throws Exception {
        var view = navigate(SlaVolumesView.class);
        var file = SlaWorkbooks.poi(List.of(
                List.of("Organisation code", "Organisation name", "Month", "Monthly volume", "Weekly sample"),
                List.of("ZZZ", "", YearMonth.now().toString(), 1, 1)));
        SlaImportReport report = sla.validate(file, rows -> { });
        view.showProblems(report);

        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .containsExactly("Row 2: unknown organisation code 'ZZZ'");
        assertThat(view.importButton.isVisible()).isFalse();
    }

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_readsVolumesWithoutEditing() {
        var view = navigate(SlaVolumesView.class);
        view.month.setValue(YearMonth.now().plusMonths(20));
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Not agreed");
        assertThat(view.save.isAttached()).isFalse();
        assertThat(view.upload.isAttached()).isFalse();
    }

    @Test
    @WithDemoUser("alex.reid")
    void upload_saysBeforehandThatBlankRowsChangeNothingAndFormulasAreRefused_andNamesItsLimit() {
        var view = navigate(SlaVolumesView.class);
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains("A row whose monthly volume and weekly sample are both empty means “no change”",
                "only filled-in rows are checked and saved", "cells holding a formula are refused",
                "One Excel (.xlsx) file, up to 10 MB.");
        assertThat(view.upload.getI18n().getError().getFileIsTooBig())
                .isEqualTo("is larger than 10 MB, the most an SLA spreadsheet may be.");

        com.vaadin.flow.component.ComponentUtil.fireEvent(view.upload,
                new com.vaadin.flow.component.upload.FileRejectedEvent(view.upload,
                        view.upload.getI18n().getError().getFileIsTooBig(), "volumes.xlsx"));

        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .containsExactly("“volumes.xlsx” is larger than 10 MB, the most an SLA spreadsheet may be.");
    }
}
