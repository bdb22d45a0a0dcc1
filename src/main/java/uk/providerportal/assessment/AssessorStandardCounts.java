package uk.providerportal.assessment;

/**
 * How often one assessor found one standard met, not met or not applicable on their submitted scorecards of a period:
 * the assessor's own outcomes, as they submitted them, whatever moderation changed later.
 *
 * @param programmeId standards are numbered per programme: 1a of one programme is not 1a of another
 * @param title the standard's title in its latest version scored in the period
 */
public record AssessorStandardCounts(long assessorId, String assessorName, long programmeId, String programmeName,
                                     String code, String title, int met, int notMet, int notApplicable) {

    public int total() {
        return met + notMet + notApplicable;
    }
}
