package uk.providerportal.security;

import java.util.List;
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
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system:" + actor, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        var previous = contexts.getContext();
        contexts.setContext(context);
        try {
            task.run();
        } finally {
            contexts.setContext(previous);
        }
    }
}
