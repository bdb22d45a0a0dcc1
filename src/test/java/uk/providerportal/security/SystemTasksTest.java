package uk.providerportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Inside a page's request, Vaadin's holder strategy answers with the context kept in the Vaadin session (the signed-in
 * person) before the thread's own. A system task there must still run as the system, and the page's instances must be
 * back as they were afterwards (Vaadin asserts the session at the end of the request).
 */
class SystemTasksTest {

    @AfterEach
    void leaveNoSession() {
        VaadinSession.setCurrent(null);
    }

    @Test
    void aSystemTaskInsideAPageRequest_runsAsTheSystem_andLeavesThePageAsItWas() {
        var strategy = new VaadinAwareSecurityContextHolderStrategy();
        var beans = new StaticListableBeanFactory(Map.of("contexts", strategy));
        var tasks = new SystemTasks(beans.getBeanProvider(SecurityContextHolderStrategy.class));

        Authentication priya = UsernamePasswordAuthenticationToken.authenticated("priya", null, List.of());
        WrappedSession wrapped = mock(WrappedSession.class);
        when(wrapped.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .thenReturn(new SecurityContextImpl(priya));
        VaadinSession session = mock(VaadinSession.class);
        when(session.getSession()).thenReturn(wrapped);
        VaadinSession.setCurrent(session);
        assertThat(strategy.getContext().getAuthentication()).isSameAs(priya);

        AtomicReference<Object> inside = new AtomicReference<>();
        tasks.runAs("notifications", Role.ADMIN, () -> inside.set(strategy.getContext().getAuthentication()
                .getPrincipal()));

        assertThat(inside.get()).isEqualTo("system:notifications");
        assertThat(VaadinSession.getCurrent()).isSameAs(session);
        assertThat(strategy.getContext().getAuthentication()).isSameAs(priya);
    }
}
