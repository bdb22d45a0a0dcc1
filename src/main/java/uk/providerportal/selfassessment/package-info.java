/**
 * Self-assessment (issue 11, item 7): for each of its cases, a delivery partner records its own outcome per
 * standard (met, not met, not applicable) against the standards the assessor scores the case against, in the portal
 * or through an Excel template checked row by row and saved all or nothing. Once the case's outcome is released (or
 * the case withdrawn) its self-assessment is fixed; the quality team reads it by standard code for the appeal rules.
 */
@NullMarked
package uk.providerportal.selfassessment;

import org.jspecify.annotations.NullMarked;
