package uk.providerportal.calibration;

import org.jspecify.annotations.Nullable;

/**
 * One assessor's answers to one standard over a period, beside the whole team's (the assessor included): how many
 * met, not met and not applicable, and, when {@link OutlierRule} flags it, why in words.
 */
public record StandardShare(long assessorId, String assessorName, String programmeName, String code, String title,
                            int met, int notMet, int notApplicable, int teamMet, int teamNotMet,
                            int teamNotApplicable, @Nullable String outlier) {

    public int total() {
        return met + notMet + notApplicable;
    }

    public int teamTotal() {
        return teamMet + teamNotMet + teamNotApplicable;
    }

    public boolean isOutlier() {
        return outlier != null;
    }

    /** "3 · 30.0%". */
    public String metText() {
        return count(met, total());
    }

    public String notMetText() {
        return count(notMet, total());
    }

    public String notApplicableText() {
        return count(notApplicable, total());
    }

    /** The team's shares, "met 80.0% · not met 15.0% · N/A 5.0% of 120". */
    public String teamText() {
        return "Met " + OutlierRule.percent(teamMet, teamTotal()) + " · not met "
                + OutlierRule.percent(teamNotMet, teamTotal()) + " · N/A "
                + OutlierRule.percent(teamNotApplicable, teamTotal()) + " of " + teamTotal();
    }

    /** The not-met share as a number, for sorting. */
    public double notMetShare() {
        return total() == 0 ? 0 : (double) notMet / total();
    }

    private static String count(int part, int whole) {
        return part + " · " + OutlierRule.percent(part, whole);
    }
}
