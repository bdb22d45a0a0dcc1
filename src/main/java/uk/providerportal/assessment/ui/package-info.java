/** The assessor's views: My cases, and the scorecard of one case beside its case record files. */
@NullMarked
package uk.providerportal.assessment.ui;

import org.jspecify.annotations.NullMarked;
