package uk.providerportal.calibration;

import org.jspecify.annotations.Nullable;

/**
 * The quality team's filter of calibration requests: a status (none: every open one), an organisation and a case,
 * each optional.
 */
public record CalibrationRequestQuery(@Nullable CalibrationRequestStatus status, @Nullable Long organisationId,
                                      @Nullable Long caseId) {

    public static CalibrationRequestQuery open() {
        return new CalibrationRequestQuery(null, null, null);
    }
}
