package uk.providerportal.calibration;

import java.util.Set;

/**
 * Where a calibration request stands. A request is scheduled (and may be rescheduled) or answered in writing, then
 * closed; a scheduled session may also be followed by a written answer. Every move lives here.
 */
public enum CalibrationRequestStatus {
    REQUESTED("Requested"),
    SCHEDULED("Session scheduled"),
    ANSWERED("Answered"),
    CLOSED("Closed");

    private final String label;

    CalibrationRequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True while the quality team still has something to do. */
    public boolean open() {
        return this != CLOSED;
    }

    public boolean canMoveTo(CalibrationRequestStatus next) {
        return switch (this) {
            case REQUESTED -> Set.of(SCHEDULED, ANSWERED).contains(next);
            case SCHEDULED -> Set.of(SCHEDULED, ANSWERED, CLOSED).contains(next);
            case ANSWERED -> next == CLOSED;
            case CLOSED -> false;
        };
    }
}
