/**
 * The case sample (seed 001): one case a delivery partner submitted for independent quality assessment, its case
 * record files, where it is in the cycle ({@link uk.providerportal.cases.CaseStatus} says which moves are legal) and
 * who may read it. Intake ({@code submission}) and triage ({@code triage}) change cases only through
 * {@link uk.providerportal.cases.CasesService}, which publishes what happened as domain events.
 */
@NullMarked
package uk.providerportal.cases;

import org.jspecify.annotations.NullMarked;
