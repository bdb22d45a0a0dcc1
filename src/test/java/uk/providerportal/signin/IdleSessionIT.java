package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;

/**
 * An open tab whose heartbeats keep reaching the server is still signed out once its user has been idle for the
 * session timeout. The servlet container counts its timeout setting in whole minutes, so here each session is
 * given a few seconds at sign-in instead ({@link SessionWatch}), with a heartbeat every second.
 */
@BrowserTest
@TestPropertySource(properties = "vaadin.heartbeatInterval=1")
@Import(IdleSessionIT.SessionWatch.class)
class IdleSessionIT {

    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(4);

    Browser browser;
    @Autowired SessionWatch sessions;

    @Test
    void idleTab_isSignedOutAfterTheTimeout_despiteHeartbeats() throws Exception {
        browser.open("/");
        browser.waitFor(d -> d.findElement(By.id("sign-in-as-priya.shah"))).click();
        browser.waitForText("Welcome, Priya Shah");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        Instant idleFrom = Instant.now();

        Instant ended = sessions.end(session).get(1, TimeUnit.MINUTES);

        assertThat(Duration.between(idleFrom, ended)).isGreaterThanOrEqualTo(IDLE_TIMEOUT.minusMillis(500));
        assertThat(sessions.heartbeats(session)).isGreaterThanOrEqualTo(2);
        browser.open("/");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/sign-in"));
        assertThat(browser.pageText()).doesNotContain("Welcome, Priya Shah");
    }

    /**
     * Gives every session the short idle timeout when it signs in (sign-in changes the session id), counts the
     * heartbeats that reach it, and tells when the server ends it.
     */
    static class SessionWatch implements HttpSessionIdListener, HttpSessionListener, Filter {

        private final Map<String, CompletableFuture<Instant>> ends = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> heartbeats = new ConcurrentHashMap<>();

        @Override
        public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
            event.getSession().setMaxInactiveInterval((int) IDLE_TIMEOUT.toSeconds());
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            end(event.getSession().getId()).complete(Instant.now());
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            var http = (HttpServletRequest) request;
            HttpSession session = http.getSession(false);
            // The query string only: reading parameters could consume an upload's body.
            if (session != null && http.getQueryString() != null && http.getQueryString().contains("v-r=heartbeat")) {
                heartbeats.computeIfAbsent(session.getId(), id -> new AtomicInteger()).incrementAndGet();
            }
            chain.doFilter(request, response);
        }

        CompletableFuture<Instant> end(String sessionId) {
            return ends.computeIfAbsent(sessionId, id -> new CompletableFuture<>());
        }

        int heartbeats(String sessionId) {
            return heartbeats.getOrDefault(sessionId, new AtomicInteger()).get();
        }
    }
}
