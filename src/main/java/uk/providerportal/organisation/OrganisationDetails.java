package uk.providerportal.organisation;

import org.jspecify.annotations.Nullable;

/**
 * What an admin enters for a delivery partner; {@code id} is empty for a new one.
 */
public record OrganisationDetails(@Nullable Long id, String code, String name, @Nullable Nation nation,
                                  @Nullable Long programmeId, boolean active) {
}
