/** Delivery-partner organisations and the programmes that fund them; an organisation's nation drives its calendar. */
@NullMarked
package uk.providerportal.organisation;

import org.jspecify.annotations.NullMarked;
