/**
 * Agreed SLA volumes: each delivery partner's monthly sample volume and weekly sample per month, edited in a
 * grid or round-tripped through Excel, with history.
 */
@NullMarked
package uk.providerportal.sla;

import org.jspecify.annotations.NullMarked;
