/** Views of case sample submission: submit, bulk submit, month folders, the triage queue, conflicts of interest. */
@NullMarked
package uk.providerportal.submission.ui;

import org.jspecify.annotations.NullMarked;
