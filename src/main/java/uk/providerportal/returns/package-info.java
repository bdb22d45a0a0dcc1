/**
 * Contract KPIs and providers' returns (issue 15): each programme's catalogue of contract KPIs with Cabinet Office
 * tiers, effective-dated; the monthly and quarterly returns a delivery partner (a "contract": one organisation, one
 * programme) sends, by Excel template or form, each with its deadline in the organisation's nation and its
 * timeliness; and the KPI figures computed from the returns, or from the portal's own quality KPI.
 */
@NullMarked
package uk.providerportal.returns;

import org.jspecify.annotations.NullMarked;
