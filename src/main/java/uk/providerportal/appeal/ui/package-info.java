/** The appeal pages: the provider's appeal form and, for the quality team, the appeals board and review. */
@NullMarked
package uk.providerportal.appeal.ui;

import org.jspecify.annotations.NullMarked;
