/**
 * How people sign in: single sign-on through any OIDC provider, or, on the embedded demo installation only, a
 * demo page. Both paths map the person to a portal user through {@link uk.providerportal.signin.PortalIdentities}.
 */
@NullMarked
package uk.providerportal.signin;

import org.jspecify.annotations.NullMarked;
