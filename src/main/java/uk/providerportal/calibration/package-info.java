/**
 * Calibration of assessors and providers' calibration requests (issue 11, items 9 and 10).
 */
@NullMarked
package uk.providerportal.calibration;

import org.jspecify.annotations.NullMarked;
