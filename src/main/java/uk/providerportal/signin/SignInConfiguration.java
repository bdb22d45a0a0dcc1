package uk.providerportal.signin;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import uk.providerportal.audit.Actor;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.audit.AuditOutcome;
import uk.providerportal.base.DeploymentMode;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.signin.ui.SignInView;
import uk.providerportal.user.UserService;

/** One security filter chain; the sign-in half of it depends on {@link SignInMode}. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SignInProperties.class)
class SignInConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignInConfiguration.class);

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, SignInMode mode, PortalIdentities identities,
                                       UserService users, OrganisationService organisations,
                                       SignInProperties properties, AuditLog auditLog, DeploymentMode deployment,
                                       ObjectProvider<SecurityContextHolderStrategy> contexts)
            throws Exception {
        SecurityHeaders.apply(http, deployment.production());
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**").permitAll());
        // Right after the session's sign-in is loaded, before anything acts on it.
        http.addFilterAfter(new AccessChangedFilter(users, organisations, auditLog,
                contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                SecurityContextHolderFilter.class);
        http.addFilterAfter(new RefusedDownloadFilter(auditLog), AccessChangedFilter.class);
        var failures = new SignInFailureHandler(auditLog, "/" + SignInView.ROUTE);
        LogoutHandler auditSignOut = (request, response, authentication) -> auditSignOut(auditLog, authentication);
        if (mode.demo()) {
            var demo = new DemoAuthenticationProvider(users, identities);
            // Registered so Vaadin's form login has a manager; it accepts only demo tokens, never a password.
            http.authenticationProvider(demo);
            http.addFilterBefore(new DemoSignInFilter(demo, failures), UsernamePasswordAuthenticationFilter.class);
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                    .loginView(SignInView.class)
                    .anyRequest(SignInConfiguration::signedIn)
                    .addLogoutHandler(auditSignOut));
        } else {
            properties.trustWarnings(mode.registrationIds()).forEach(log::warn);
            String loginPage = mode.registrationIds().size() == 1
                    ? "/oauth2/authorization/" + mode.registrationIds().getFirst()
                    : "/" + SignInView.ROUTE;
            // The second argument turns on RP-initiated logout: signing out also ends the provider's session.
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                    .oauth2LoginPage(loginPage, "{baseUrl}")
                    .anyRequest(SignInConfiguration::signedIn)
                    .addLogoutHandler(auditSignOut));
            http.oauth2Login(oauth2 -> oauth2
                    .failureHandler(failures)
                    .userInfoEndpoint(userInfo -> userInfo
                            .oidcUserService(new PortalOidcUserService(identities, properties))));
        }
        return http.build();
    }

    /**
     * A path no other rule knows (say a mistyped address) is Vaadin's to answer: for a signed-in person its router
     * shows "Page not found" in the portal's layout (issue 10, item 9); Vaadin's default here is to deny it, which
     * gave the browser's bare "HTTP ERROR 403". Signed-out visitors still go to sign-in first, and what a person
     * may open is still decided per view by Vaadin's navigation access control and per method by the services.
     */
    private static void signedIn(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl anyOtherRequest) {
        anyOtherRequest.authenticated();
    }

    private static void auditSignOut(AuditLog auditLog, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PortalIdentity.Holder holder) {
            PortalIdentity me = holder.portalIdentity();
            auditLog.recordFor(Actor.user(me.userId(), me.displayName(), me.email(), me.organisationId()), "SIGN_OUT", "User", me.userId(), "Signed out", AuditOutcome.DONE);
        }
    }
}
