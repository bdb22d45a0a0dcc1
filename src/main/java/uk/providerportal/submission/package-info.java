/**
 * Case sample intake (seed 001): delivery partners submit cases with their case record files, singly or from a
 * manifest, checked at that moment by named rules (eligibility, file checks, the agreed monthly volume: over-volume
 * cases go to the next month's folder, and the weekly sample: late weeks are marked); month folders show progress;
 * a case can be withdrawn until its assessment starts. The cases themselves live in {@code cases}.
 */
@NullMarked
package uk.providerportal.submission;

import org.jspecify.annotations.NullMarked;
