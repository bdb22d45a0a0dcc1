package uk.providerportal.user;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
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
     * Records a sign-in. Finds the user by identity-provider subject; a first sign-in joins an existing user with
     * the same email only when the provider is trusted to link by email and vouches the email is verified;
     * otherwise it creates a record, which waits for an admin to link or refuse it when the email is already an
     * existing user's. Then applies what the provider asserted within its trust: it manages only the roles it is
     * trusted for (new roles = roles it is not trusted for, as stored, plus the asserted roles it is trusted for) and
     * sets the organisation only if trusted to. Someone whose organisation or role cannot be resolved waits in the
     * admin's pending queue; a result that would make someone both a partner's user and funder staff is refused
     * and nothing is stored.
     */
    @Transactional
    public UserAccount signIn(SignInClaims claims) {
        String email = PortalUser.normaliseEmail(claims.email());
        Optional<PortalUser> known = users.findByIdentity(claims.issuer(), claims.subject());
        PortalUser user;
        @Nullable PortalUser owner = null;
        @Nullable String notLinkedBecause = null;
        if (known.isPresent()) {
            user = known.get();
        } else {
            owner = users.findOwnerOfEmail(email).orElse(null);
            notLinkedBecause = owner == null ? null : whyNotLinkedByEmail(owner, claims);
            if (owner != null && notLinkedBecause == null) {
                user = owner;
            } else {
                user = new PortalUser(claims.name(), email, null, Set.of());
                if (owner != null) {
                    user.claimEmailOf(Objects.requireNonNull(owner.getId()));
                }
            }
        }
        boolean created = user.getId() == null;
        boolean linkedByEmail = !created && known.isEmpty();
        String before = describe(user);

        Set<Role> roles = rolesAfter(user.getRoles(), claims);
        Long organisationId = claims.trust().organisation() && claims.organisationId() != null
                ? claims.organisationId() : user.getOrganisationId();
        Optional<UserChangeRefused> breach = PartnerOrFunder.breach(roles, organisationId);
        if (breach.isPresent()) {
            throw new MixedAccessRefused(breach.get().field(), "Sign-in would make " + email + " both a delivery "
                    + "partner's user and funder staff (roles " + names(roles) + "; organisation " + organisationId
                    + "); nothing was changed");
        }

        user.linkIdentity(claims.issuer(), claims.subject());
        if (!claims.name().isBlank()) {
            user.setName(claims.name());
        }
        user.signedInAt(clock.instant());
        if (user.getAccessStatus() != AccessStatus.REJECTED) {
            if (user.getClaimsEmailOf() != null || !PortalUser.hasResolvedAccess(roles, organisationId)) {
                user.decideAccess(AccessStatus.PENDING, clock.instant(), "sign-in");
            } else if (user.getAccessStatus() == AccessStatus.PENDING) {
                user.decideAccess(AccessStatus.APPROVED, clock.instant(), "identity provider");
            }
        }
        PortalUser saved = writeAccess(user, organisationId, roles);
        Actor actor = Actor.user(saved.getId(), saved.getName(), saved.getEmail(), saved.getOrganisationId());
        if (created) {
            auditLog.recordFor(actor, "USER_PROVISIONED", ENTITY, saved.getId(),
                    "First sign-in created " + describe(saved), AuditOutcome.DONE);
        } else if (!before.equals(describe(saved))) {
            auditLog.recordFor(actor, "USER_REFRESHED", ENTITY, saved.getId(),
                    "Sign-in changed " + before + " to " + describe(saved), AuditOutcome.DONE);
        }
        if (linkedByEmail) {
            auditLog.recordFor(actor, "IDENTITY_LINKED", ENTITY, saved.getId(), "Linked the sign-in " + claims.subject()
                    + " at " + claims.issuer() + " to " + saved.getEmail() + " by its verified email",
                    AuditOutcome.DONE);
        }
        if (owner != null && notLinkedBecause != null) {
            auditLog.recordFor(actor, "IDENTITY_NOT_LINKED", ENTITY, saved.getId(), "Signed in at "
                    + claims.issuer() + " with the email of existing user " + owner.getId() + " (" + owner.getEmail()
                    + ") but was not linked to them: " + notLinkedBecause + "; waits for an admin to link or refuse",
                    AuditOutcome.DENIED);
        }
        return UserAccount.of(saved);
    }

    /** Why a first sign-in with an existing user's email does not join that user, or {@code null} if it does. */
    private static @Nullable String whyNotLinkedByEmail(PortalUser owner, SignInClaims claims) {
        if (!claims.trust().linkByEmail()) {
            return "this identity provider is not trusted to link by email";
        }
        if (!claims.emailVerified()) {
            return "the identity provider did not say the email is verified";
        }
        if (owner.hasIdentityFrom(claims.issuer())) {
            // One account at a provider must never take over the portal user of another account there.
            return "that user already signs in through this identity provider as someone else";
        }
        return null;
    }

    /** A provider manages only the roles it is trusted for: it can neither add nor remove any other. */
    private static Set<Role> rolesAfter(Set<Role> stored, SignInClaims claims) {
        if (claims.roles() == null) {
            return stored;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(stored);
        roles.removeAll(claims.trust().roles());
        claims.roles().stream().filter(claims.trust().roles()::contains).forEach(roles::add);
        return roles;
    }

    /**
     * Stores organisation and roles in an order the database's partner-or-funder triggers accept at every step:
     * Hibernate writes the user row before its roles, so someone leaving funder roles for an organisation first
     * loses the funder roles, then gains the organisation.
     */
    private PortalUser writeAccess(PortalUser user, @Nullable Long organisationId, Set<Role> roles) {
        boolean gainsOrganisation = organisationId != null && !organisationId.equals(user.getOrganisationId());
        if (gainsOrganisation && user.getRoles().stream().anyMatch(Role::funderStaff)) {
            user.setRoles(roles);
            user = users.saveAndFlush(user);
        }
        user.setRoles(roles);
        user.setOrganisationId(organisationId);
        PortalUser saved = users.save(user);
        users.flush();
        return saved;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static String describe(PortalUser user) {
        return user.getEmail() + " [roles " + names(user.getRoles()) + "; organisation " + user.getOrganisationId()
                + "; " + user.getAccessStatus() + (user.isActive() ? "" : "; deactivated")
                + (user.getClaimsEmailOf() == null ? "" : "; claims the email of user " + user.getClaimsEmailOf())
                + "]";
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

    /**
     * The people who receive an organisation's notices: its active, approved provider users, by name (the
     * notification feature asks as the system, whoever caused the notice). Funder staff too: in a page's request the
     * system identity does not replace the signed-in person's (Vaadin keeps the session's), and a quality manager
     * publishing a KPI must reach its recipients.
     */
    @PreAuthorize(Access.FUNDER_STAFF)
    public List<UserAccount> activeProviderUsers(long organisationId) {
        return users.search("", organisationId, Role.PROVIDER_USER, AccessStatus.APPROVED, Pageable.unpaged())
                .stream().map(UserAccount::of).filter(UserAccount::active)
                .sorted(java.util.Comparator.comparing(UserAccount::name)).toList();
    }

    @PreAuthorize(Access.FUNDER_STAFF)
    public Optional<UserAccount> findAccount(long userId) {
        return users.findById(userId).map(UserAccount::of);
    }

    /**
     * The access stamp and flags of a user as stored now: one primary-key read on every signed-in request, so a
     * change (deactivation, roles, organisation, a decision, the organisation's deactivation) ends sessions that
     * are already open. Deliberately without {@code @PreAuthorize}: it runs in the security filter chain, before
     * the request is authorised, for sessions that may be about to end; the filter asks only about the user of
     * the session it checks, and the answer holds nothing but that user's own flags.
     */
    public Optional<CurrentAccess> currentAccess(long userId) {
        return users.findCurrentAccess(userId);
    }

    /** Grants access to someone waiting: sets their organisation and roles. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public UserAccount approve(long userId, @Nullable Long organisationId, Set<Role> roles) {
        PortalUser user = load(userId);
        if (user.getClaimsEmailOf() != null) {
            throw new UserChangeRefused("email", "This person signed in with the email of an existing user: link "
                    + "them to that user or refuse them.");
        }
        check(organisationId, roles);
        user.decideAccess(AccessStatus.APPROVED, clock.instant(), auditLog.currentActor().name());
        user = writeAccess(user, organisationId, roles);
        auditLog.record("ACCESS_APPROVED", ENTITY, userId, "Approved access for " + describe(user));
        return UserAccount.of(user);
    }

    /**
     * Links someone waiting who signed in with an existing user's email to that user: their sign-in becomes one of
     * the user's identities and the waiting record is removed, so it can neither be used nor decided again. From
     * then on they sign in as that user, with what that user may do.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public UserAccount linkToClaimedUser(long pendingUserId) {
        PortalUser claimant = load(pendingUserId);
        Long ownerId = claimant.getClaimsEmailOf();
        if (ownerId == null) {
            throw new UserChangeRefused("email", "This person did not sign in with another user's email: approve "
                    + "or reject them instead.");
        }
        if (claimant.getAccessStatus() != AccessStatus.PENDING) {
            throw new UserChangeRefused("access", "This request has already been decided.");
        }
        PortalUser owner = load(ownerId);
        Set<ExternalIdentity> moving = claimant.getIdentities();
        String request = describe(claimant);
        users.delete(claimant);
        // The identities' primary key is (issuer, subject): they leave the request before they join the user.
        users.flush();
        moving.forEach(identity -> owner.linkIdentity(identity.issuer(), identity.subject()));
        users.flush();
        auditLog.record("IDENTITY_LINKED", ENTITY, ownerId, "Linked the sign-in " + moving.stream()
                .map(identity -> identity.subject() + " at " + identity.issuer()).sorted()
                .collect(Collectors.joining(", ")) + " of request " + pendingUserId + " " + request + " to "
                + describe(owner) + "; the request was removed");
        return UserAccount.of(owner);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public UserAccount reject(long userId, String reason) {
        if (reason.isBlank()) {
            throw new UserChangeRefused("reason", "Give a reason for turning the request down.");
        }
        PortalUser user = load(userId);
        user.decideAccess(AccessStatus.REJECTED, clock.instant(), auditLog.currentActor().name());
        auditLog.record("ACCESS_REJECTED", ENTITY, userId, "Rejected access for " + describe(user) + ": " + reason);
        return UserAccount.of(user);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public UserAccount changeRoles(long userId, @Nullable Long organisationId, Set<Role> roles) {
        PortalUser user = load(userId);
        String before = describe(user);
        check(organisationId, roles);
        user = writeAccess(user, organisationId, roles);
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

    /** Provider users belong to exactly one organisation; funder staff to none; nobody is both. */
    private static void check(@Nullable Long organisationId, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new UserChangeRefused("roles", "Choose at least one role.");
        }
        PartnerOrFunder.breach(roles, organisationId).ifPresent(breach -> {
            throw breach;
        });
        if (roles.contains(Role.PROVIDER_USER) && organisationId == null) {
            throw new UserChangeRefused("organisation", "Choose the organisation this provider user works for.");
        }
    }
}
