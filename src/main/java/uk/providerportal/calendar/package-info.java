/**
 * UK working days per nation: bank holidays from jollyday plus admin-maintained exceptions, and the date
 * arithmetic every deadline in the portal uses; the assessment calendar of each month, and which months are closed
 * to rule changes.
 */
@NullMarked
package uk.providerportal.calendar;

import org.jspecify.annotations.NullMarked;
