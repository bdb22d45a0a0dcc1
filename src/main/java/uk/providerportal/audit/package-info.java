/**
 * The append-only audit trail: every state change, sign-in and access decision, with who, which organisation,
 * what and when (UTC), written in the same transaction as the change it records.
 */
@NullMarked
package uk.providerportal.audit;

import org.jspecify.annotations.NullMarked;
