/**
 * Effective-dated rules per programme that later features read: the KPI policy (target, pass mark, tiers), the
 * appeal policy (which cases and standards may be appealed) and the submission rules (linked-call limit,
 * completion window, file types and size).
 */
@NullMarked
package uk.providerportal.policy;

import org.jspecify.annotations.NullMarked;
