package uk.providerportal.sla;

/** A grid edit that breaks a rule; names the organisation so the grid can show the message on its row. */
public class SlaChangeRefused extends RuntimeException {

    private final long organisationId;

    public SlaChangeRefused(long organisationId, String message) {
        super(message);
        this.organisationId = organisationId;
    }

    public long organisationId() {
        return organisationId;
    }
}
