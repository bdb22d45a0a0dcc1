/** People who use the portal: their identity-provider subject, their organisation (none for funder staff) and roles. */
@NullMarked
package uk.providerportal.user;

import org.jspecify.annotations.NullMarked;
