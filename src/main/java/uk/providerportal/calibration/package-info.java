/**
 * Calibration (issue 11, items 9 and 10): calibration of assessors and providers' calibration requests.
 */
@NullMarked
package uk.providerportal.calibration;

import org.jspecify.annotations.NullMarked;
