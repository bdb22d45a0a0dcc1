package uk.providerportal.user;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.security.Access;
import uk.providerportal.security.Role;

/** The user feature's API: finding, provisioning and signing in portal users. */
@Service
@Transactional(readOnly = true)
public class UserService {

    /** The issuer recorded for users who sign in through the demo page of the embedded default. */
    public static final String DEMO_ISSUER = "demo";

    private final PortalUserRepository users;
    private final Clock clock;

    UserService(PortalUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /**
     * Records a sign-in: finds the user by identity-provider subject, else by email (linking the subject), else
     * creates them; then refreshes name, email, organisation and roles from what the provider asserted.
     */
    @Transactional
    public UserAccount signIn(SignInClaims claims) {
        PortalUser user = users.findByExternalIssuerAndExternalSubject(claims.issuer(), claims.subject())
                .or(() -> users.findByEmail(PortalUser.normaliseEmail(claims.email())))
                .orElseGet(() -> new PortalUser(claims.name(), claims.email(), null, Set.of()));
        user.linkIdentity(claims.issuer(), claims.subject());
        if (!claims.name().isBlank()) {
            user.setName(claims.name());
        }
        if (claims.organisationId() != null) {
            user.setOrganisationId(claims.organisationId());
        }
        if (claims.roles() != null) {
            user.setRoles(claims.roles());
        }
        user.signedInAt(clock.instant());
        return UserAccount.of(users.save(user));
    }

    /** The people a newcomer can enter the demo portal as, one button each. */
    public List<DemoUser> demoUsers() {
        return users.findByExternalIssuerAndActiveTrueOrderByName(DEMO_ISSUER).stream()
                .map(user -> new DemoUser(java.util.Objects.requireNonNull(user.getExternalSubject()),
                        UserAccount.of(user)))
                .toList();
    }

    /** A seeded demo user and the subject the demo page signs them in with. */
    public record DemoUser(String subject, UserAccount account) {
    }

    public Optional<UserAccount> findDemoUser(String subject) {
        return users.findByExternalIssuerAndExternalSubject(DEMO_ISSUER, subject)
                .filter(PortalUser::isActive)
                .map(UserAccount::of);
    }

    /** Creates a user who signs in through the demo page unless they exist (idempotent seeding). */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public UserAccount ensureDemoUser(String subject, String name, String email, @Nullable Long organisationId,
                                      Set<Role> roles) {
        return users.findByExternalIssuerAndExternalSubject(DEMO_ISSUER, subject)
                .map(UserAccount::of)
                .orElseGet(() -> {
                    PortalUser user = new PortalUser(name, email, organisationId, roles);
                    user.linkIdentity(DEMO_ISSUER, subject);
                    return UserAccount.of(users.save(user));
                });
    }
}
