/** Views of triage: the queue with assignment and workload, and conflicts of interest. */
@NullMarked
package uk.providerportal.triage.ui;

import org.jspecify.annotations.NullMarked;
