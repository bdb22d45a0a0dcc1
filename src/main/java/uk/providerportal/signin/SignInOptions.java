package uk.providerportal.signin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Role;
import uk.providerportal.user.UserService;

/** What the sign-in page offers: the configured identity providers, or the demo users to enter as. */
@Component
public class SignInOptions {

    private final SignInMode mode;
    private final UserService users;
    private final OrganisationService organisations;
    private final ObjectProvider<ClientRegistrationRepository> registrations;

    SignInOptions(SignInMode mode, UserService users, OrganisationService organisations,
                  ObjectProvider<ClientRegistrationRepository> registrations) {
        this.mode = mode;
        this.users = users;
        this.organisations = organisations;
        this.registrations = registrations;
    }

    public boolean demo() {
        return mode.demo();
    }

    /** Demo users ordered by role, then organisation, then name. */
    public List<DemoOption> demoUsers() {
        if (!mode.demo()) {
            return List.of();
        }
        List<DemoOption> options = new ArrayList<>();
        for (UserService.DemoUser user : users.demoUsers()) {
            var account = user.account();
            String organisation = account.organisationId() == null ? null
                    : organisations.findForSignIn(account.organisationId()).map(OrganisationSummary::name)
                            .orElse(null);
            Role mainRole = account.roles().stream().min(Comparator.naturalOrder()).orElse(Role.PROVIDER_USER);
            options.add(new DemoOption(user.subject(), account.name(), organisation, mainRole, account.roles()));
        }
        options.sort(Comparator.comparing(DemoOption::mainRole)
                .thenComparing(option -> option.organisationName() == null ? "" : option.organisationName())
                .thenComparing(DemoOption::name));
        return options;
    }

    public List<ProviderOption> identityProviders() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null) {
            return List.of();
        }
        return mode.registrationIds().stream()
                .map(repository::findByRegistrationId)
                .filter(java.util.Objects::nonNull)
                .map(registration -> new ProviderOption(registration.getRegistrationId(), displayName(registration)))
                .toList();
    }

    private static String displayName(ClientRegistration registration) {
        String name = registration.getClientName();
        return name == null || name.isBlank() || name.equals(registration.getRegistrationId())
                ? registration.getRegistrationId() : name;
    }

    public record DemoOption(String subject, String name, @Nullable String organisationName, Role mainRole,
                             Set<Role> roles) {
    }

    public record ProviderOption(String registrationId, String name) {
    }
}
