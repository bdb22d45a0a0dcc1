package uk.providerportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The picking rule: at least one case per assessor per month, then the rate; 100% picks all, 0% one each. */
class ModerationSamplingTest {

    /** Submits n cases for each assessor in turn and counts the picks per assessor. */
    static Map<String, Integer> picks(int rate, int casesEach, List<String> assessors, long seed) {
        Random random = new Random(seed);
        Set<String> hasPick = new HashSet<>();
        Map<String, Integer> picks = new HashMap<>();
        for (int i = 0; i < casesEach; i++) {
            for (String assessor : assessors) {
                boolean picked = ModerationSampling.pick(rate, hasPick.contains(assessor), random);
                if (picked) {
                    hasPick.add(assessor);
                    picks.merge(assessor, 1, Integer::sum);
                }
            }
        }
        return picks;
    }

    @Test
    void atLeastOneCasePerAssessor_atALowRate() {
        var picks = picks(1, 5, List.of("sam", "ruth", "lee"), 42);
        assertThat(picks).containsOnlyKeys("sam", "ruth", "lee");
        assertThat(picks.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(1));
    }

    @Test
    void zeroPercent_stillPicksExactlyOnePerAssessor() {
        assertThat(picks(0, 20, List.of("sam", "ruth"), 7)).isEqualTo(Map.of("sam", 1, "ruth", 1));
    }

    @Test
    void hundredPercent_picksEveryCase() {
        assertThat(picks(100, 20, List.of("sam", "ruth"), 7)).isEqualTo(Map.of("sam", 20, "ruth", 20));
    }

    @Test
    void theFirstCaseOfTheMonthIsAlwaysPicked_laterOnesAtAboutTheRate() {
        assertThat(ModerationSampling.pick(0, false, new Random(1))).isTrue();
        Random random = new Random(2026);
        int picked = 0;
        for (int i = 0; i < 10_000; i++) {
            picked += ModerationSampling.pick(10, true, random) ? 1 : 0;
        }
        assertThat(picked).isBetween(900, 1100);
    }

    @Test
    void aRateOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> ModerationSampling.pick(101, true, new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModerationSampling.pick(-1, true, new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
