/**
 * Performance management of a contract (issue 15, items 5 to 7): the provider action plan with its SMART actions,
 * milestones and the performance manager's comments; the intervention level (PMIR levels 1 to 4, set at any level)
 * with its history and letters; and Provider Assurance Team reviews with the conditions for remedial action. In this
 * portal a contract is a delivery partner organisation, which has exactly one programme.
 */
@NullMarked
package uk.providerportal.performance;

import org.jspecify.annotations.NullMarked;
