package uk.providerportal.signin;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response of the portal carries, pages, downloads and errors alike (issue 10, item 20). Spring
 * Security's defaults stay on (X-Content-Type-Options, X-Frame-Options, Cache-Control "no-store" unless a response
 * sets its own); these add a content security policy, a referrer policy, a permissions policy and, in production,
 * HSTS.
 */
final class SecurityHeaders {

    /**
     * As tight as Vaadin Flow allows. Its client engine evaluates the server's JavaScript instructions and its web
     * components inject inline styles, so scripts need 'unsafe-inline' and 'unsafe-eval' and styles
     * 'unsafe-inline'; everything else comes from the portal itself (images and fonts also as data: or blob: URLs,
     * as Vaadin's icons and theme use them). Nothing may frame the portal, no plugins, no other base URL, and forms
     * post only to the portal (the single sign-on providers are reached by links and redirects, not forms).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /** The portal uses none of these browser features; no page of it (or anything injected) may ask for them. */
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()";

    /** One year, as browsers' preload lists ask; sent only over HTTPS (behind the proxy, as forwarded). */
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http, boolean production) throws Exception {
        http.headers(headers -> {
            // Spring Security writes its headers when the response is committed; Vaadin's page bootstrap (the
            // sign-in page among others) commits its response without those headers being written. Written before
            // the request goes on, they are on every response; one that sets its own Cache-Control still may.
            headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    // Download links carry a one-off key in their address: it must not leave the portal.
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
            if (production) {
                headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)
                        .includeSubDomains(true));
            } else {
                // A developer's http://localhost must not be pinned to HTTPS by a test run behind a proxy.
                headers.httpStrictTransportSecurity(hsts -> hsts.disable());
            }
        });
    }
}
