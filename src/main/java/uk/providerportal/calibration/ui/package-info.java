/** The views of calibration: statistics, exercises (set up, blind scorecards, results) and calibration requests. */
@NullMarked
package uk.providerportal.calibration.ui;

import org.jspecify.annotations.NullMarked;
