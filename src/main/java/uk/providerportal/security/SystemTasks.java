package uk.providerportal.security;

import com.vaadin.flow.internal.CurrentInstance;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs work that no person started (seeding, scheduled jobs) under a named system identity, so secured services
 * apply the same rules and the audit trail can name the actor.
 */
@Component
public class SystemTasks {

    private final SecurityContextHolderStrategy contexts;

    SystemTasks(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public void runAs(String actor, Role role, Runnable task) {
        run(UsernamePasswordAuthenticationToken.authenticated("system:" + actor, null,
                List.of(new SimpleGrantedAuthority(role.authority()))), task);
    }

    /**
     * Runs work on behalf of a portal user who is not signed in, e.g. seeding a demo organisation's cases: services
     * apply that person's roles and tenant, and the audit trail names them.
     */
    public void runAsUser(PortalIdentity identity, Runnable task) {
        run(UsernamePasswordAuthenticationToken.authenticated(new ActingUser(identity), null, identity.authorities()),
                task);
    }

    private record ActingUser(PortalIdentity portalIdentity) implements PortalIdentity.Holder, java.io.Serializable {
        @Override
        public String toString() {
            return portalIdentity.email();
        }
    }

    /**
     * Inside a page's request Vaadin's holder strategy answers with the signed-in person's context (kept in the Vaadin
     * session) before the thread's own, so the page's current instances are set aside while the task runs: otherwise a
     * notice written as the system in a provider's request would run as the provider.
     */
    private void run(org.springframework.security.core.Authentication authentication, Runnable task) {
        Map<Class<?>, CurrentInstance> page = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        var context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        var previous = contexts.getContext();
        contexts.setContext(context);
        try {
            task.run();
        } finally {
            contexts.setContext(previous);
            CurrentInstance.restoreInstances(page);
        }
    }
}
