package uk.providerportal.organisation;

import org.jspecify.annotations.Nullable;

/**
 * What an admin enters for a delivery partner; {@code id} is empty for a new one. {@code version} is the version of
 * the organisation the admin was shown, so a change made meanwhile by someone else is not silently overwritten.
 */
public record OrganisationDetails(@Nullable Long id, String code, String name, @Nullable Nation nation,
                                  @Nullable Long programmeId, boolean active, long version) {

    /** A new delivery partner. */
    public static OrganisationDetails create(String code, String name, @Nullable Nation nation,
                                             @Nullable Long programmeId, boolean active) {
        return new OrganisationDetails(null, code, name, nation, programmeId, active, 0);
    }
}
