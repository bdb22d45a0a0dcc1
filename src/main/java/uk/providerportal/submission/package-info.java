/**
 * Case sample submission and intake (seed 001): delivery partners submit cases with their case record files,
 * checked at that moment against eligibility, their agreed monthly volume (over-volume cases go to the next month's
 * folder) and weekly sample (late weeks are marked); quality managers triage the queue, assign assessors without
 * conflicts of interest, and unassessed cases roll into the next month's round.
 */
@NullMarked
package uk.providerportal.submission;

import org.jspecify.annotations.NullMarked;
