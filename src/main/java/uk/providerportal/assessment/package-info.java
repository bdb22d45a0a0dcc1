/**
 * Independent quality assessment (seed 000/001, issue 11 part A): an assessor's own cases in triage order, the
 * scorecard of a case against the standards in force on its assessment date (met, not met with its customer impact
 * and note, or not applicable), the overall commentary, and the case score ({@link
 * uk.providerportal.assessment.CaseScore}). Submitting moves the case to moderation through the {@code cases}
 * feature and announces {@link uk.providerportal.assessment.AssessmentSubmitted}.
 */
@NullMarked
package uk.providerportal.assessment;

import org.jspecify.annotations.NullMarked;
