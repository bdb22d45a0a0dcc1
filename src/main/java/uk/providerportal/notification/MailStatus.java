package uk.providerportal.notification;

/** Where a mail of the outbox stands. */
public enum MailStatus {

    /** Not sent yet: due now, or after its next attempt time (a retry, or the evening's digest). */
    WAITING("Waiting"),
    /** Claimed by a sender that is sending it now. */
    SENDING("Sending"),
    SENT("Sent"),
    /** Given up after the last attempt, or interrupted while sending; an admin may send it again. */
    FAILED("Failed"),
    /** No mail server is configured (the embedded demo): kept in the outbox to be read there. */
    NOT_SENT("Not sent (no mail server)");

    private final String label;

    MailStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
