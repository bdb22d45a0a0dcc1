/** The KPI pages: a provider's KPI with its trend, cases and restatement log, and the funder's overview. */
@NullMarked
package uk.providerportal.kpi.ui;

import org.jspecify.annotations.NullMarked;
