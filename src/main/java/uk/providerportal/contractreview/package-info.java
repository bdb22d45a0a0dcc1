/**
 * Contract performance reviews (issue 15, item 8): the monthly meeting per contract (a delivery partner organisation)
 * with its attendees, agenda, notes and agreed actions, and the review pack (PDF and Excel) built from the portal's
 * own data by every feature that contributes a section ({@link uk.providerportal.contractreview.ReviewPackContributor}).
 */
@NullMarked
package uk.providerportal.contractreview;

import org.jspecify.annotations.NullMarked;
