package uk.providerportal.signin;

import org.springframework.security.authentication.DisabledException;

/** Sign-in refused for a reason the person should be told plainly (see {@code AccessRefusedView}). */
final class AccessRefusedException extends DisabledException {

    enum Reason {
        DEACTIVATED_USER, DEACTIVATED_ORGANISATION, REJECTED, IDENTITY_CONFLICT, MIXED_ACCESS
    }

    private final Reason reason;

    AccessRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
