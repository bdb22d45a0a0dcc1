/** A believable demo world for the embedded default: delivery partners, their users and the funder's staff. */
@NullMarked
package uk.providerportal.demo;

import org.jspecify.annotations.NullMarked;
