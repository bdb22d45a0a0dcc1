/**
 * Who is signed in and what they may do: the portal's roles, the signed-in identity carried by every request,
 * and method security. How people sign in lives in the {@code signin} feature.
 */
@NullMarked
package uk.providerportal.security;

import org.jspecify.annotations.NullMarked;
