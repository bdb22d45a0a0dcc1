/**
 * Background jobs: long work a person starts (e.g. a bulk submission) runs on the portal's own task executor, owns
 * its uploaded files in a job folder, and keeps its status, progress and result, so leaving the page loses nothing;
 * a person sees only their own organisation's jobs.
 */
@NullMarked
package uk.providerportal.jobs;

import org.jspecify.annotations.NullMarked;
