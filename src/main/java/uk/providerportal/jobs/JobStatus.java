package uk.providerportal.jobs;

/** Where a background job is: waiting for a worker, running, or finished one way or the other. */
public enum JobStatus {
    QUEUED("Waiting to start"),
    RUNNING("Running"),
    SUCCEEDED("Done"),
    FAILED("Not done");

    private final String label;

    JobStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
