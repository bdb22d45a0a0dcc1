/**
 * The quality KPI (issue 12): per organisation and month, the share of the month's counted cases that pass, with the
 * average case score and unmet standards with actual detriment, in month, rolling 3, rolling 12 and cumulative, with
 * the policy's tier and whether the target is met. Computed in the database; published as versions (first
 * publication on the calendar's publication date, revisions with a reason), so a published figure never changes
 * silently. Announces {@link uk.providerportal.kpi.KpiPublished} and {@link uk.providerportal.kpi.KpiRevised}.
 */
@NullMarked
package uk.providerportal.kpi;

import org.jspecify.annotations.NullMarked;
