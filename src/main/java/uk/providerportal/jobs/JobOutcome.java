package uk.providerportal.jobs;

/** What a job's work ended with, in the words shown to the person who started it. */
public record JobOutcome(boolean succeeded, String summary) {

    public static JobOutcome succeeded(String summary) {
        return new JobOutcome(true, summary);
    }

    public static JobOutcome failed(String summary) {
        return new JobOutcome(false, summary);
    }
}
