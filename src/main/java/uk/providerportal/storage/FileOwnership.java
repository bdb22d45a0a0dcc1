package uk.providerportal.storage;

/** A feature that keeps files in the store says which keys are its own, so the sweep never removes them. */
public interface FileOwnership {

    boolean owns(String key);
}
