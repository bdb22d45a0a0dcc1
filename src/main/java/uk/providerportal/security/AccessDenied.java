package uk.providerportal.security;

import org.jspecify.annotations.Nullable;

/** Published whenever the tenant scope refuses an operation; the audit trail records it. */
public record AccessDenied(String operation, String entityType, @Nullable String entityId, String reason) {
}
