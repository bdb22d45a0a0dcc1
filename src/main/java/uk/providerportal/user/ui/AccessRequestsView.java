package uk.providerportal.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Role;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserChangeRefused;
import uk.providerportal.user.UserFilter;
import uk.providerportal.user.UserService;

/**
 * The queue of people who signed in but whose organisation or role the portal could not work out, or who signed in
 * through another identity provider with the email of an existing user (an admin links them to that user or
 * refuses them: an email alone never joins two sign-ins).
 */
@Route("admin/access-requests")
@PageTitle("Access requests")
@Menu(order = 81, icon = "vaadin:user-clock", title = "Access requests")
@RolesAllowed(Role.Names.ADMIN)
class AccessRequestsView extends Main {

    final Grid<UserAccount> grid = new Grid<>();
    final Paragraph empty = new Paragraph("Nobody is waiting for access.");

    private final UserService users;
    private final List<OrganisationSummary> organisations;
    private Map<Long, UserAccount> claimed = Map.of();

    AccessRequestsView(UserService users, OrganisationService organisationService) {
        this.users = users;
        this.organisations = organisationService.visibleOrganisations();
        addClassName("portal-page");

        grid.addColumn(UserAccount::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(UserAccount::email).setHeader("Email").setFlexGrow(2);
        grid.addColumn(user -> user.lastSignInAt() == null ? "" : DateFormats.dateTime(user.lastSignInAt()))
                .setHeader("Signed in").setAutoWidth(true);
        grid.addColumn(this::waitingFor).setHeader("Waiting for").setKey("waitingFor").setFlexGrow(3);
        grid.addComponentColumn(user -> {
            UserAccount existing = claimedBy(user);
            if (existing != null) {
                var link = new Button("Link to " + existing.name(), click -> openLink(user));
                link.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                link.setAriaLabel("Link to " + existing.name() + ": the sign-in of " + user.name());
                var refuse = new Button("Refuse", click -> openReject(user));
                refuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                refuse.setAriaLabel("Refuse the sign-in of " + user.name());
                return new HorizontalLayout(link, refuse);
            }
            var approve = new Button("Approve", click -> openApprove(user));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            approve.setAriaLabel("Approve access for " + user.name());
            var reject = new Button("Reject", click -> openReject(user));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            reject.setAriaLabel("Reject access for " + user.name());
            return new HorizontalLayout(approve, reject);
        }).setHeader("Decision").setKey("decision").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("People waiting for access");
        grid.setAllRowsVisible(true);

        add(new Paragraph("These people signed in through single sign-on, but their identity provider did not say "
                + "which organisation they work for or what their role is, or they used the email address of "
                + "someone who already has an account. They see no portal data until you decide."), empty, grid);
        refresh();
    }

    void refresh() {
        List<UserAccount> pending = users.search(UserFilter.pending(), PageRequest.of(0, 500, Sort.by("lastSignInAt")));
        Map<Long, UserAccount> owners = new HashMap<>();
        pending.stream().map(UserAccount::claimsEmailOf).filter(Objects::nonNull).distinct()
                .forEach(id -> users.findAccount(id).ifPresent(owner -> owners.put(id, owner)));
        claimed = owners;
        grid.setItems(pending);
        empty.setVisible(pending.isEmpty());
        grid.setVisible(!pending.isEmpty());
    }

    private @Nullable UserAccount claimedBy(UserAccount user) {
        return user.claimsEmailOf() == null ? null : claimed.get(user.claimsEmailOf());
    }

    String waitingFor(UserAccount user) {
        UserAccount existing = claimedBy(user);
        if (existing != null) {
            return "Signed in with the email of " + existing.name() + ", who already has an account: link them if "
                    + "this is the same person, otherwise refuse";
        }
        return "An organisation and role";
    }

    void openLink(UserAccount user) {
        UserAccount existing = claimedBy(user);
        if (existing == null) {
            return;
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle("Link " + user.name() + " to " + existing.name() + "?");
        var link = new Button("Link to " + existing.name(), click -> {
            try {
                users.linkToClaimedUser(user.id());
                dialog.close();
                refresh();
                Notifications.success(user.name() + "'s sign-in now opens " + existing.name() + "'s account");
            } catch (UserChangeRefused refused) {
                dialog.close();
                refresh();
                Notifications.error(refused.getMessage());
            }
        });
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.setId("confirm-link");
        dialog.add(new Paragraph(user.name() + " signed in through another identity provider with the email "
                        + user.email() + ", which belongs to " + existing.name() + "."),
                new Paragraph("Link only if you are sure it is the same person: from then on this sign-in opens "
                        + existing.name() + "'s account, with everything " + existing.name() + " may do. If you "
                        + "are not sure, cancel and refuse instead."));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), link);
        dialog.open();
    }

    void openApprove(UserAccount user) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Approve access for " + user.name());
        var form = new AccessForm(organisations);
        form.show(user.organisationId(), user.roles(), organisations);
        var approve = new Button("Approve", click -> {
            try {
                users.approve(user.id(), form.organisationId(), form.selectedRoles());
                dialog.close();
                refresh();
                Notifications.success(user.name() + " can now use the portal");
            } catch (UserChangeRefused refused) {
                form.showError(refused);
            }
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setId("confirm-approve");
        dialog.add(new Paragraph(user.email()), form);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), approve);
        dialog.open();
    }

    void openReject(UserAccount user) {
        var dialog = new Dialog();
        dialog.setHeaderTitle((claimedBy(user) != null ? "Refuse " + user.name() + "'s sign-in"
                : "Reject access for " + user.name()));
        var reason = new TextArea("Reason");
        reason.setHelperText("Recorded in the audit trail");
        reason.setWidthFull();
        var reject = new Button(claimedBy(user) != null ? "Refuse" : "Reject", click -> {
            try {
                users.reject(user.id(), reason.getValue());
                dialog.close();
                refresh();
                Notifications.success((claimedBy(user) != null ? "Refused " : "Rejected access for ") + user.name());
            } catch (UserChangeRefused refused) {
                reason.setErrorMessage(refused.getMessage());
                reason.setInvalid(true);
            }
        });
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        reject.setId("confirm-reject");
        dialog.add(reason);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), reject);
        dialog.open();
    }
}
