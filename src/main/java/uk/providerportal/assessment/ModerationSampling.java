package uk.providerportal.assessment;

import java.util.random.RandomGenerator;

/**
 * Which submitted scorecards moderation picks (issue 11, item 5). The rule, per assessor and assessment month:
 * <ul>
 *   <li>the assessor's first submitted scorecard of the month that finds no pick yet is always picked, so every
 *       assessor has at least one case moderated each month, whatever the rate (0% included);</li>
 *   <li>after that, each scorecard is picked with probability rate / 100: 100% picks every case, 0% no more.</li>
 * </ul>
 * Over a month each assessor's cases are so moderated at about the rate, never fewer than one.
 */
final class ModerationSampling {

    private ModerationSampling() {
    }

    /**
     * @param ratePercent the month's moderation rate, 0 to 100
     * @param assessorHasPick whether one of the assessor's cases of that month was already picked
     */
    static boolean pick(int ratePercent, boolean assessorHasPick, RandomGenerator random) {
        if (ratePercent < 0 || ratePercent > 100) {
            throw new IllegalArgumentException("A moderation rate is 0 to 100%, not " + ratePercent);
        }
        if (!assessorHasPick || ratePercent == 100) {
            return true;
        }
        return random.nextInt(100) < ratePercent;
    }
}
