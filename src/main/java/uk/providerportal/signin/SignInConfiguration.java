package uk.providerportal.signin;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import uk.providerportal.signin.ui.SignInView;
import uk.providerportal.user.UserService;

/** One security filter chain; the sign-in half of it depends on {@link SignInMode}. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SignInProperties.class)
class SignInConfiguration {

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, SignInMode mode, PortalIdentities identities,
                                       UserService users, SignInProperties properties) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**").permitAll());
        if (mode.demo()) {
            var demo = new DemoAuthenticationProvider(users, identities);
            // Registered so Vaadin's form login has a manager; it accepts only demo tokens, never a password.
            http.authenticationProvider(demo);
            http.addFilterBefore(new DemoSignInFilter(demo, "/" + SignInView.ROUTE + "?error"),
                    UsernamePasswordAuthenticationFilter.class);
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(SignInView.class));
        } else {
            String loginPage = mode.registrationIds().size() == 1
                    ? "/oauth2/authorization/" + mode.registrationIds().getFirst()
                    : "/" + SignInView.ROUTE;
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(loginPage, "{baseUrl}"));
            http.oauth2Login(oauth2 -> oauth2.userInfoEndpoint(userInfo -> userInfo
                    .oidcUserService(new PortalOidcUserService(identities, properties))));
        }
        return http.build();
    }
}
