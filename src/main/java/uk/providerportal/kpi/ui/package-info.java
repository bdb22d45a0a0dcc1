/** The KPI pages: a provider's KPI, the funder overview and a quality manager's publication and revisions. */
@NullMarked
package uk.providerportal.kpi.ui;

import org.jspecify.annotations.NullMarked;
