package uk.providerportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How long a mail that could not be sent waits before the next attempt, and when the outbox gives up. */
class RetryPolicyTest {

    static final Instant FAILED_AT = Instant.parse("2027-10-11T09:00:00Z");
    final RetryPolicy defaults = RetryPolicy.defaults();

    @Test
    void wait_doublesFromOneMinuteAfterEachFailedAttempt() {
        assertThat(defaults.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.waitAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(defaults.waitAfter(6)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void wait_stopsGrowingAtOneHour_evenAfterManyAttempts() {
        assertThat(defaults.waitAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.waitAfter(19)).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.waitAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void nextAttempt_isTheFailureTimePlusTheWait() {
        assertThat(defaults.nextAttempt(1, FAILED_AT)).isEqualTo(Instant.parse("2027-10-11T09:01:00Z"));
        assertThat(defaults.nextAttempt(3, FAILED_AT)).isEqualTo(Instant.parse("2027-10-11T09:04:00Z"));
    }

    @Test
    void twentiethFailedAttempt_failsTheMailForGood_theNineteenthStillWaits() {
        assertThat(defaults.nextAttempt(19, FAILED_AT)).isEqualTo(FAILED_AT.plus(Duration.ofHours(1)));
        assertThat(defaults.nextAttempt(20, FAILED_AT)).isNull();
        assertThat(defaults.nextAttempt(21, FAILED_AT)).isNull();
    }

    @Test
    void defaults_ride_outAMailServerOutageOfAboutFifteenHours() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < defaults.maxAttempts(); attempt++) {
            total = total.plus(defaults.waitAfter(attempt));
        }
        assertThat(total).isEqualTo(Duration.ofMinutes(1 + 2 + 4 + 8 + 16 + 32).plus(Duration.ofHours(13)));
    }

    @Test
    void aPolicyThatWouldNeverWaitOrNeverTry_isRefused() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofHours(2), Duration.ofHours(1), 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
