/** The provider's self-assessment pages: a month's cases with their progress, and one case's standards. */
@NullMarked
package uk.providerportal.selfassessment.ui;

import org.jspecify.annotations.NullMarked;
