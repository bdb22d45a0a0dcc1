package uk.providerportal.organisation;

/** The UK nations whose bank holidays differ; every deadline belongs to an organisation's nation. */
public enum Nation {
    ENGLAND_AND_WALES("England and Wales"),
    SCOTLAND("Scotland"),
    NORTHERN_IRELAND("Northern Ireland");

    private final String label;

    Nation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
