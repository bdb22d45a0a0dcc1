/**
 * Good news stories (issue 14): a delivery partner uploads a participant's story with exactly one signed consent
 * form; the performance manager (a quality manager) accepts, returns or forwards it to the national team as a pack,
 * the relevance check is answered by the partner, and the publication is recorded. Withdrawal of consent erases the
 * story's text and deletes its files at once; retention deletes what is left after its last use.
 */
@NullMarked
package uk.providerportal.story;

import org.jspecify.annotations.NullMarked;
