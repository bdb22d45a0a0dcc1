/**
 * The assessor's views: My cases, and the scorecard of one case beside its case record files. {@link
 * uk.providerportal.assessment.ui.StandardEditor} is open to other features' views (calibration's blind scorecard).
 */
@NullMarked
@NamedInterface("ui")
package uk.providerportal.assessment.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
