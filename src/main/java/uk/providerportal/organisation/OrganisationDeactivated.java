package uk.providerportal.organisation;

/**
 * An admin deactivated a delivery partner. Published synchronously inside the deactivating transaction, so
 * whatever follows from it (its users' sessions ending) commits or rolls back with it.
 */
public record OrganisationDeactivated(long organisationId, String code) {
}
