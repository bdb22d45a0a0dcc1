package uk.providerportal.base.ui;

/**
 * Published when a signed-in person opens the address of a view their role may not see: they are shown "page not
 * found", and the audit trail records the attempt.
 */
public record ViewAccessDenied(String path) {
}
