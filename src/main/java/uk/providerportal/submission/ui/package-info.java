/** Views of case sample intake: submit a case, bulk submission from a manifest, month folders. */
@NullMarked
package uk.providerportal.submission.ui;

import org.jspecify.annotations.NullMarked;
