/** The first page after sign-in: who you are, your organisation, and where you can go. */
@NullMarked
package uk.providerportal.home;

import org.jspecify.annotations.NullMarked;
