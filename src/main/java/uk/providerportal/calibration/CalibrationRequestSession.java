package uk.providerportal.calibration;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A calibration session as a quality manager enters it: the UK date and time, how it is held, and the meeting link
 * or the place. {@link CalibrationRequestSessionRule} checks it.
 */
public record CalibrationRequestSession(@Nullable LocalDate date, @Nullable LocalTime time,
                                        @Nullable CalibrationRequestMeeting meeting, @Nullable String where) {
}
