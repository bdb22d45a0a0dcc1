package uk.providerportal.user;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.Actor;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.audit.AuditOutcome;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.security.Access;
import uk.providerportal.security.Role;

/** The user feature's API: sign-in provisioning, the pending-access queue and user administration. */
@Service
@Transactional(readOnly = true)
public class UserService {

    /** The issuer recorded for users who sign in through the demo page of the embedded default. */
    public static final String DEMO_ISSUER = "demo";
    static final String ENTITY = "User";

    private final PortalUserRepository users;
    private final AuditLog auditLog;
    private final Clock clock;

    UserService(PortalUserRepository users, AuditLog auditLog, Clock clock) {
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Records a sign-in: finds the user by identity-provider subject, else by email (linking the subject), else
     * creates them; then refreshes name, organisation and roles from what the provider asserted. Someone whose
     * organisation or role cannot be resolved waits in the admin's pending queue.
     */
    @Transactional
    public UserAccount signIn(SignInClaims claims) {
        Optional<PortalUser> existing = users.findByIdentity(claims.issuer(), claims.subject())
                .or(() -> users.findByEmail(PortalUser.normaliseEmail(claims.email()))
                        .filter(byEmail -> linkable(byEmail, claims)));
        PortalUser user = existing.orElseGet(() -> new PortalUser(claims.name(), claims.email(), null, Set.of()));
        boolean created = existing.isEmpty();
        String before = describe(user);

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
        if (user.getAccessStatus() != AccessStatus.REJECTED) {
            if (!user.hasResolvedAccess()) {
                user.decideAccess(AccessStatus.PENDING, clock.instant(), "sign-in");
            } else if (user.getAccessStatus() == AccessStatus.PENDING) {
                user.decideAccess(AccessStatus.APPROVED, clock.instant(), "identity provider");
            }
        }
        PortalUser saved = users.save(user);
        Actor actor = Actor.user(saved.getId(), saved.getName(), saved.getEmail(), saved.getOrganisationId());
        if (created) {
            auditLog.recordFor(actor, "USER_PROVISIONED", ENTITY, saved.getId(),
                    "First sign-in created " + describe(saved), AuditOutcome.DONE);
        } else if (!before.equals(describe(saved))) {
            auditLog.recordFor(actor, "USER_REFRESHED", ENTITY, saved.getId(),
                    "Sign-in changed " + before + " to " + describe(saved), AuditOutcome.DONE);
        }
        return UserAccount.of(saved);
    }

    /**
     * Someone known by email may be linked to a new identity provider, but never to a second subject of a
     * provider that already vouches for them: that would let one account at the provider take over another.
     */
    private boolean linkable(PortalUser user, SignInClaims claims) {
        if (!user.hasIdentityFrom(claims.issuer())) {
            return true;
        }
        throw new UserChangeRefused("email", "Another account at this identity provider already uses "
                + user.getEmail() + " in the portal");
    }

    private static String describe(PortalUser user) {
        return user.getEmail() + " [roles " + user.getRoles().stream().map(Role::name).sorted()
                .collect(Collectors.joining(",")) + "; organisation " + user.getOrganisationId() + "; "
                + user.getAccessStatus() + (user.isActive() ? "" : "; deactivated") + "]";
    }

    /** The people a newcomer can enter the demo portal as, one button each. */
    public List<DemoUser> demoUsers() {
        return users.findActiveWithIdentityFrom(DEMO_ISSUER).stream()
                .map(user -> new DemoUser(user.subjectAt(DEMO_ISSUER).orElseThrow(), UserAccount.of(user)))
                .toList();
    }

    /** A seeded demo user and the subject the demo page signs them in with. */
    public record DemoUser(String subject, UserAccount account) {
    }

    public Optional<UserAccount> findDemoUser(String subject) {
        return users.findByIdentity(DEMO_ISSUER, subject).map(UserAccount::of);
    }

    /** Creates a user who signs in through the demo page unless they exist (idempotent seeding). */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public UserAccount ensureDemoUser(String subject, String name, String email, @Nullable Long organisationId,
                                      Set<Role> roles) {
        return users.findByIdentity(DEMO_ISSUER, subject)
                .map(UserAccount::of)
                .orElseGet(() -> {
                    PortalUser user = new PortalUser(name, email, organisationId, roles);
                    user.linkIdentity(DEMO_ISSUER, subject);
                    PortalUser saved = users.save(user);
                    auditLog.record("USER_CREATED", ENTITY, saved.getId(), "Created demo user " + describe(saved));
                    return UserAccount.of(saved);
                });
    }

    // --- administration -------------------------------------------------------------------------------------

    @PreAuthorize(Access.ADMIN)
    public List<UserAccount> search(UserFilter filter, Pageable pageable) {
        return users.search(filter.text().trim(), filter.organisationId(), filter.role(), filter.status(), pageable)
                .stream().map(UserAccount::of).toList();
    }

    @PreAuthorize(Access.ADMIN)
    public long count(UserFilter filter) {
        return users.countMatching(filter.text().trim(), filter.organisationId(), filter.role(), filter.status());
    }

    /** Active, approved people holding a role, by name: e.g. the assessors a quality manager can assign. */
    @PreAuthorize(Access.FUNDER_STAFF)
    public List<UserAccount> activeWithRole(Role role) {
        return users.search("", null, role, AccessStatus.APPROVED, Pageable.unpaged()).stream()
                .map(UserAccount::of).filter(UserAccount::active)
                .sorted(java.util.Comparator.comparing(UserAccount::name)).toList();
    }

    @PreAuthorize(Access.FUNDER_STAFF)
    public Optional<UserAccount> findAccount(long userId) {
        return users.findById(userId).map(UserAccount::of);
    }

    /** Grants access to someone waiting: sets their organisation and roles. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public UserAccount approve(long userId, @Nullable Long organisationId, Set<Role> roles) {
        PortalUser user = load(userId);
        applyAccess(user, organisationId, roles);
        user.decideAccess(AccessStatus.APPROVED, clock.instant(), auditLog.currentActor().name());
        auditLog.record("ACCESS_APPROVED", ENTITY, userId, "Approved access for " + describe(user));
        return UserAccount.of(user);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public UserAccount reject(long userId, String reason) {
        if (reason.isBlank()) {
            throw new UserChangeRefused("reason", "Give a reason for turning the request down.");
        }
        PortalUser user = load(userId);
        user.decideAccess(AccessStatus.REJECTED, clock.instant(), auditLog.currentActor().name());
        auditLog.record("ACCESS_REJECTED", ENTITY, userId, "Rejected access for " + user.getEmail() + ": " + reason);
        return UserAccount.of(user);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public UserAccount changeRoles(long userId, @Nullable Long organisationId, Set<Role> roles) {
        PortalUser user = load(userId);
        String before = describe(user);
        applyAccess(user, organisationId, roles);
        auditLog.record("USER_ROLES_CHANGED", ENTITY, userId, "Changed " + before + " to " + describe(user));
        return UserAccount.of(user);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public UserAccount setActive(long userId, boolean active) {
        PortalUser user = load(userId);
        if (user.isActive() != active) {
            user.setActive(active);
            auditLog.record(active ? "USER_ACTIVATED" : "USER_DEACTIVATED", ENTITY, userId,
                    (active ? "Activated " : "Deactivated ") + user.getEmail());
        }
        return UserAccount.of(user);
    }

    private PortalUser load(long userId) {
        return users.findById(userId).orElseThrow(() -> new ItemNotFoundException("User " + userId));
    }

    /** Provider users belong to exactly one organisation; funder staff to none. */
    private static void applyAccess(PortalUser user, @Nullable Long organisationId, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new UserChangeRefused("roles", "Choose at least one role.");
        }
        boolean provider = roles.contains(Role.PROVIDER_USER);
        if (provider && roles.size() > 1) {
            throw new UserChangeRefused("roles",
                    "A provider user cannot also hold a funder role: use a separate account for funder work.");
        }
        if (provider && organisationId == null) {
            throw new UserChangeRefused("organisation", "Choose the organisation this provider user works for.");
        }
        if (!provider && organisationId != null) {
            throw new UserChangeRefused("organisation",
                    "Funder staff do not belong to a delivery partner: leave the organisation empty.");
        }
        user.setOrganisationId(organisationId);
        user.setRoles(EnumSet.copyOf(roles));
    }
}
