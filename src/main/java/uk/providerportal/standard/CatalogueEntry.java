package uk.providerportal.standard;

/**
 * A standard as it stood on a date, with the id of that exact version: an assessment records the version it was
 * scored against, so a later rewording or retirement never changes a scorecard already made.
 */
public record CatalogueEntry(long versionId, Standard standard) {
}
