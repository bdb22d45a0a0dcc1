package uk.providerportal.user;

/**
 * A sign-in refused because what the identity provider asserted, together with what the portal already holds,
 * would make the person both a delivery partner's user and funder staff. Nothing is stored.
 */
public class MixedAccessRefused extends UserChangeRefused {

    public MixedAccessRefused(String field, String message) {
        super(field, message);
    }
}
