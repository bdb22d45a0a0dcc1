package uk.providerportal.base;

/**
 * Something asked for does not exist, or exists but is not the caller's to see: the portal answers both the same
 * way, so a provider can never learn what another organisation has.
 */
public class ItemNotFoundException extends RuntimeException {

    public ItemNotFoundException(String what) {
        super(what + " was not found");
    }
}
