package uk.providerportal.triage;

/** One assessor's cases in an assessment round. */
public record AssessorWorkload(long assessorId, String assessorName, int queued, int inAssessment, int assessed) {

    public int open() {
        return queued + inAssessment;
    }
}
