/**
 * Appeals (issue 13): a delivery partner below its KPI target appeals unmet standards of the month's counted cases
 * within the appeal window, under the appeal policy in force for the month; an independent quality manager decides
 * each standard, and upheld standards amend the case outcomes and revise the month's KPI.
 */
@NullMarked
package uk.providerportal.appeal;

import org.jspecify.annotations.NullMarked;
