package uk.providerportal.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Services carry {@code @PreAuthorize} as well as the views that call them. JSR-250 is left off on purpose: it
 * would proxy every {@code @RolesAllowed} Vaadin view.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfiguration {
}
