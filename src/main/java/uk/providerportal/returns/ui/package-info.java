/** The returns and contract KPI pages: thin views over {@code ReturnService} and {@code ContractKpiService}. */
@NullMarked
package uk.providerportal.returns.ui;

import org.jspecify.annotations.NullMarked;
