package uk.providerportal.signin;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.providerportal.audit.Actor;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.audit.AuditOutcome;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.user.AccessStatus;
import uk.providerportal.user.MixedAccessRefused;
import uk.providerportal.user.SignInClaims;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserChangeRefused;
import uk.providerportal.user.UserService;

/**
 * The one path from "an identity provider vouched for this person" to the portal identity of their session,
 * shared by OIDC and demo sign-in: provisioning, refusals and the audit line all happen here.
 */
@Component
class PortalIdentities {

    private final UserService users;
    private final OrganisationService organisations;
    private final AuditLog auditLog;

    PortalIdentities(UserService users, OrganisationService organisations, AuditLog auditLog) {
        this.users = users;
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    /**
     * The same person signing in from several tabs at once updates one user row several times; the losers of that
     * race read the row again and succeed, instead of failing the sign-in.
     */
    private UserAccount signInRetrying(SignInClaims claims) {
        for (int attempt = 1; ; attempt++) {
            try {
                return users.signIn(claims);
            } catch (org.springframework.dao.OptimisticLockingFailureException
                     | org.springframework.dao.DataIntegrityViolationException raced) {
                if (attempt == 5) {
                    throw raced;
                }
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(10, 60));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw raced;
                }
            }
        }
    }

    PortalIdentity signIn(SignInClaims claims, String via) {
        return signIn(claims, via, UserService.DEMO_ISSUER, List.of());
    }

    /**
     * Signs in a person the provider behind {@code registrationId} vouched for; {@code ignored} are the claim
     * values it asserted beyond its trust, each recorded as a denied claim.
     */
    PortalIdentity signIn(SignInClaims claims, String via, String registrationId,
                          List<ClaimMapping.IgnoredClaim> ignored) {
        UserAccount account;
        try {
            account = signInRetrying(claims);
        } catch (MixedAccessRefused mixed) {
            Actor visitor = Actor.system(claims.email() + " via " + via);
            recordIgnored(visitor, null, registrationId, ignored);
            auditLog.recordFor(visitor, "SIGN_IN", "User", null, "Refused: " + mixed.getMessage(),
                    AuditOutcome.DENIED);
            throw new AccessRefusedException(AccessRefusedException.Reason.MIXED_ACCESS, mixed.getMessage());
        } catch (UserChangeRefused conflict) {
            auditLog.recordFor(Actor.system(claims.email() + " via " + via), "SIGN_IN", "User", null,
                    "Refused: " + conflict.getMessage(), AuditOutcome.DENIED);
            throw new AccessRefusedException(AccessRefusedException.Reason.IDENTITY_CONFLICT, conflict.getMessage());
        }
        Actor actor = Actor.user(account.id(), account.name(), account.email(), account.organisationId());
        recordIgnored(actor, account.id(), registrationId, ignored);
        if (account.accessStatus() == AccessStatus.REJECTED) {
            throw refused(actor, AccessRefusedException.Reason.REJECTED, "This person's request for access was turned down");
        }
        if (!account.active()) {
            throw refused(actor, AccessRefusedException.Reason.DEACTIVATED_USER, "This portal account is deactivated");
        }
        String organisationName = null;
        if (account.organisationId() != null) {
            Optional<OrganisationSummary> organisation = organisations.findForSignIn(account.organisationId());
            if (organisation.isEmpty() || !organisation.get().active()) {
                throw refused(actor, AccessRefusedException.Reason.DEACTIVATED_ORGANISATION,
                        "This account's organisation is deactivated");
            }
            organisationName = organisation.get().name();
        }
        auditLog.recordFor(actor, "SIGN_IN", "User", account.id(), "Signed in via " + via
                + (account.pending() ? " (access pending)" : ""), AuditOutcome.DONE);
        return new PortalIdentity(account.id(), account.name(), account.email(), account.organisationId(),
                organisationName, account.roles(), account.pending(), account.accessVersion());
    }

    private void recordIgnored(Actor actor, @Nullable Long userId, String registrationId,
                               List<ClaimMapping.IgnoredClaim> ignored) {
        for (ClaimMapping.IgnoredClaim claim : ignored) {
            auditLog.recordFor(actor, "SIGN_IN_CLAIM_IGNORED", "User", userId, "Ignored the claim " + claim.claim()
                    + " = " + claim.value() + " from registration " + registrationId + ": " + claim.why(),
                    AuditOutcome.DENIED);
        }
    }

    private AccessRefusedException refused(Actor actor, AccessRefusedException.Reason reason, String message) {
        auditLog.recordFor(actor, "SIGN_IN", "User", actor.userId(), "Refused: " + message, AuditOutcome.DENIED);
        return new AccessRefusedException(reason, message);
    }

    Optional<Long> organisationIdForCode(String code) {
        return organisations.findByCodeForSignIn(code).map(OrganisationSummary::id);
    }
}
