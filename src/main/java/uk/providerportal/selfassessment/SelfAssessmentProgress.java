package uk.providerportal.selfassessment;

/** How far a self-assessment has got, as the lists show it. */
public final class SelfAssessmentProgress {

    private SelfAssessmentProgress() {
    }

    /** "Not started", "12 of 34 answered" or "Complete". */
    public static String describe(int answered, int standards) {
        if (answered == 0) {
            return "Not started";
        }
        return answered >= standards ? "Complete" : answered + " of " + standards + " answered";
    }
}
