/**
 * The quality team's intake (seed 001): the triage queue across organisations (on-time weeks first, late weeks at
 * the back), assignment to assessors who can assess a case independently, declared conflicts of interest, workload
 * per assessor, and the nightly roll-over of unassessed cases into the next month's round.
 */
@NullMarked
package uk.providerportal.triage;

import org.jspecify.annotations.NullMarked;
