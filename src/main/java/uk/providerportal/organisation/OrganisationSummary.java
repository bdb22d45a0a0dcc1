package uk.providerportal.organisation;

/** What other features and views need to know about an organisation, detached from persistence. */
public record OrganisationSummary(long id, String code, String name, Nation nation, String programmeCode,
                                  String programmeName, boolean active, long programmeId, long version) {

    static OrganisationSummary of(Organisation organisation) {
        var programme = organisation.getProgramme();
        return new OrganisationSummary(java.util.Objects.requireNonNull(organisation.getId()), organisation.getCode(),
                organisation.getName(), organisation.getNation(), programme.getCode(), programme.getName(),
                organisation.isActive(), java.util.Objects.requireNonNull(programme.getId()),
                organisation.getVersion());
    }
}
