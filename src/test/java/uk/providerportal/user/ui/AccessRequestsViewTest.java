package uk.providerportal.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.PortalTest;
import uk.providerportal.security.Role;
import uk.providerportal.signin.WithDemoUser;
import uk.providerportal.user.AccessStatus;
import uk.providerportal.user.SignInClaims;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserService;

/**
 * Someone who signed in through another identity provider with an existing user's email waits until an admin
 * links them to that user or refuses them; the queue says so and offers exactly those two decisions.
 */
@PortalTest
class AccessRequestsViewTest extends SpringBrowserlessTest {

    static final SignInClaims.Trust EVERYTHING = new SignInClaims.Trust(EnumSet.allOf(Role.class), true, false);

    @Autowired UserService users;
    @Autowired DataSource dataSource;

    /** An existing assessor, and someone else's sign-in with the same email. */
    record Claim(UserAccount owner, UserAccount claimant, String subject) {
    }

    private Claim claimOfAnExistingUsersEmail(String ownerName) {
        String email = "claimed-" + System.nanoTime() + "@funder.example";
        UserAccount owner = users.signIn(new SignInClaims("https://entra.example", "owner-" + System.nanoTime(),
                ownerName, email, true, null, Set.of(Role.ASSESSOR), EVERYTHING));
        String subject = "claimant-" + System.nanoTime();
        UserAccount claimant = users.signIn(new SignInClaims("https://partner-keycloak.example", subject,
                "Claire Mant", email, true, null, Set.of(Role.ADMIN), SignInClaims.Trust.none()));
        assertThat(claimant.claimsEmailOf()).isEqualTo(owner.id());
        return new Claim(owner, claimant, subject);
    }

    private int rowOf(GridTester<Grid<UserAccount>, UserAccount> grid, long userId) {
        return IntStream.range(0, grid.size()).filter(row -> grid.getRow(row).id() == userId).findFirst()
                .orElseThrow();
    }

    private Button decision(GridTester<Grid<UserAccount>, UserAccount> grid, int row, String text) {
        var buttons = (HorizontalLayout) grid.getCellComponent(row, "decision");
        return buttons.getChildren().map(Button.class::cast).filter(button -> button.getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("No button '" + text + "' in row " + row));
    }

    private long audits(String action, long entityId) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from audit_event where action = ? and "
                + "entity_id = ? and outcome = 'DONE'", Long.class, action, String.valueOf(entityId));
    }

    @Test
    @WithDemoUser("alex.reid")
    void pendingPersonClaimingAnExistingUsersEmail_isShownSo_andTheAdminLinksThemToThatUser() {
        Claim claim = claimOfAnExistingUsersEmail("Olive Owner");
        var view = navigate(AccessRequestsView.class);
        GridTester<Grid<UserAccount>, UserAccount> grid = test(view.grid);
        int row = rowOf(grid, claim.claimant().id());

        assertThat(grid.getCellText(row, grid.getColumnPosition("waitingFor"))).contains("Signed in with the email of Olive Owner");
        assertThat(grid.getCellComponent(row, "decision").getChildren().map(c -> ((Button) c).getText()))
                .containsExactly("Link to Olive Owner", "Refuse");
        test(decision(grid, row, "Link to Olive Owner")).click();
        test(find(Button.class).id("confirm-link")).click();

        assertThat(users.findAccount(claim.claimant().id())).isEmpty();
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select user_id from portal_user_identity where subject = ?", Long.class,
                claim.subject())).isEqualTo(claim.owner().id());
        assertThat(audits("IDENTITY_LINKED", claim.owner().id())).isEqualTo(1);
        assertThat(view.grid.getListDataView().getItems().map(UserAccount::id).toList())
                .doesNotContain(claim.claimant().id());

        UserAccount nextSignIn = users.signIn(new SignInClaims("https://partner-keycloak.example", claim.subject(),
                "Claire Mant", claim.owner().email(), true, null, Set.of(Role.ADMIN), SignInClaims.Trust.none()));
        assertThat(nextSignIn.id()).isEqualTo(claim.owner().id());
        assertThat(nextSignIn.roles()).containsExactly(Role.ASSESSOR);
    }

    @Test
    @WithDemoUser("alex.reid")
    void pendingPersonClaimingAnExistingUsersEmail_isRefusedByTheAdmin_withAReason() {
        Claim claim = claimOfAnExistingUsersEmail("Rhys Owner");
        var view = navigate(AccessRequestsView.class);
        GridTester<Grid<UserAccount>, UserAccount> grid = test(view.grid);

        test(decision(grid, rowOf(grid, claim.claimant().id()), "Refuse")).click();
        test(find(Button.class).id("confirm-reject")).click();
        TextArea reason = find(TextArea.class).withLabel("Reason").single();
        assertThat(reason.isInvalid()).isTrue();

        test(reason).setValue("Not the same person: Rhys signs in with Entra only");
        test(find(Button.class).id("confirm-reject")).click();

        assertThat(users.findAccount(claim.claimant().id()).orElseThrow().accessStatus())
                .isEqualTo(AccessStatus.REJECTED);
        assertThat(users.findAccount(claim.owner().id()).orElseThrow().roles()).containsExactly(Role.ASSESSOR);
        assertThat(audits("ACCESS_REJECTED", claim.claimant().id())).isEqualTo(1);
        assertThat(new JdbcTemplate(dataSource).queryForList("select summary from audit_event where action = "
                + "'ACCESS_REJECTED' and entity_id = ?", String.class, String.valueOf(claim.claimant().id())))
                .singleElement().asString().contains("claims the email of user " + claim.owner().id(),
                        "Not the same person");
    }

    @Test
    @WithDemoUser("alex.reid")
    void approvingSomeoneWhoClaimsAnExistingUsersEmail_isRefusedNamingTheEmail() {
        Claim claim = claimOfAnExistingUsersEmail("Ada Owner");
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                uk.providerportal.user.UserChangeRefused.class,
                () -> users.approve(claim.claimant().id(), null, Set.of(Role.ASSESSOR)));
        assertThat(refused.field()).isEqualTo("email");
        assertThat(users.findAccount(claim.claimant().id()).orElseThrow().pending()).isTrue();
    }
}
