package uk.providerportal.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import uk.providerportal.base.SignedInUser;

/** The signed-in portal user of the current request, for services and views alike. */
@Component
public class CurrentUser implements SignedInUser.Provider {

    private final SecurityContextHolderStrategy contexts;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<PortalIdentity> identity() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalIdentity.Holder holder) {
            return Optional.of(holder.portalIdentity());
        }
        return Optional.empty();
    }

    /** The name of whoever is acting: a portal user's email, a system task's name, or "anonymous". */
    public String actingName() {
        Authentication authentication = contexts.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "anonymous" : authentication.getName();
    }

    /**
     * The task, to run on another thread as the person signed in now. Captured from and installed in the holder the
     * portal's security uses (the static {@code SecurityContextHolder} can be another one: each application context
     * installs its own strategy there, so a second context in the same JVM would leave the task signed out).
     */
    public Runnable asSignedInUser(Runnable task) {
        var signedIn = new DelegatingSecurityContextRunnable(task, contexts.getContext());
        signedIn.setSecurityContextHolderStrategy(contexts);
        return signedIn;
    }

    /** The signed-in user; fails if there is none, which a secured service call never allows. */
    public PortalIdentity require() {
        return identity().orElseThrow(() -> new IllegalStateException("No portal user is signed in"));
    }

    @Override
    public Optional<SignedInUser> signedInUser() {
        return identity().map(identity -> new SignedInUser(identity.displayName(), identity.organisationName(),
                identity.sortedRoles().stream().map(Role::label).toList()));
    }
}
