package uk.providerportal.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.providerportal.Fixtures;
import uk.providerportal.PortalTest;
import uk.providerportal.organisation.OrganisationDetails;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.signin.WithDemoUser;

/** Two admins editing the same delivery partner: the second is told, and the first one's change stands. */
@PortalTest
class OrganisationDialogTest extends SpringBrowserlessTest {

    @Autowired OrganisationService organisations;
    @Autowired Fixtures fixtures;

    @Test
    @WithDemoUser("alex.reid")
    void savingAfterSomeoneElseSaved_saysSoAndKeepsTheirChange() {
        long id = fixtures.partner().id();
        navigate(DeliveryPartnersView.class);
        var shown = organisations.findOrganisation(id);
        var dialog = new OrganisationDialog(organisations, shown, () -> { });
        dialog.open();
        roundTrip();

        organisations.saveOrganisation(new OrganisationDetails(id, shown.code(), "Renamed Meanwhile", shown.nation(),
                shown.programmeId(), true, shown.version()));
        dialog.name.setValue("My Own Name");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).as("the form stays open with what was typed").isTrue();
        assertThat(dialog.name.getValue()).isEqualTo("My Own Name");
        roundTrip();
        assertThat($(Notification.class).all()).as("an error notification is shown").isNotEmpty();
        assertThat($(Notification.class).all().getLast().getElement().getTextRecursively())
                .contains("Someone else changed Renamed Meanwhile while you were editing it");
        assertThat(organisations.findOrganisation(id).name()).isEqualTo("Renamed Meanwhile");
    }
}
