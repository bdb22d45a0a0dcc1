/** The contract performance review pages: a contract's reviews with their packs, and one review's record. */
@NullMarked
package uk.providerportal.contractreview.ui;

import org.jspecify.annotations.NullMarked;
