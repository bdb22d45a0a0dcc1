package uk.providerportal.notification;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.Role;
import uk.providerportal.security.SystemTasks;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserService;

/**
 * Who gets an organisation's notice: its active provider users who have not turned that notice off. Asked as the
 * system, since whoever caused the notice (an assessor releasing an outcome, a scheduled job) may not list users.
 */
@Component
class Recipients {

    private final UserService users;
    private final OrganisationService organisations;
    private final Preferences preferences;
    private final SystemTasks systemTasks;

    Recipients(UserService users, OrganisationService organisations, Preferences preferences,
               SystemTasks systemTasks) {
        this.users = users;
        this.organisations = organisations;
        this.preferences = preferences;
        this.systemTasks = systemTasks;
    }

    List<Outbox.Recipient> of(long organisationId, NoticeKind kind) {
        List<UserAccount> people = asSystem(() -> users.activeProviderUsers(organisationId));
        Set<Long> off = preferences.turnedOff(kind, people.stream().map(UserAccount::id).toList());
        return people.stream().filter(person -> !off.contains(person.id()))
                .map(person -> new Outbox.Recipient(person.id(), person.name(), person.email())).toList();
    }

    OrganisationSummary organisation(long organisationId) {
        return asSystem(() -> organisations.findOrganisation(organisationId));
    }

    List<OrganisationSummary> activeOrganisations() {
        return asSystem(organisations::visibleOrganisations).stream().filter(OrganisationSummary::active).toList();
    }

    /**
     * The notification feature acting for itself: funder staff (an admin who is nobody, user id 0), so the tenant
     * scope lets it read any organisation's folder and people, as an admin could.
     */
    static final PortalIdentity SYSTEM = new PortalIdentity(0, "Notifications (system)", "notifications@system",
            null, null, Set.of(Role.ADMIN), false, 0);

    <T> T asSystem(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        systemTasks.runAsUser(SYSTEM, () -> result.set(work.get()));
        return result.get();
    }
}
