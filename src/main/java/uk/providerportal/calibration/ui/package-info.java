/** The provider's and the quality team's pages for calibration requests. */
@NullMarked
package uk.providerportal.calibration.ui;

import org.jspecify.annotations.NullMarked;
