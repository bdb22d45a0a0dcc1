/** The catalogue of numbered standards cases are assessed against, per programme and versioned by date. */
@NullMarked
package uk.providerportal.standard;

import org.jspecify.annotations.NullMarked;
