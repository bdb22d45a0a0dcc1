package uk.providerportal.security;

/**
 * Method-security expressions for services. Services use {@code @PreAuthorize} with these; views use
 * {@code @RolesAllowed}, which Vaadin checks, so that method security never proxies a view.
 */
public final class Access {

    public static final String SIGNED_IN = "isAuthenticated()";
    public static final String PROVIDER_USER = "hasRole('PROVIDER_USER')";
    public static final String QUALITY_MANAGER = "hasRole('QUALITY_MANAGER')";
    public static final String ASSESSOR = "hasRole('ASSESSOR')";
    public static final String FUNDER_STAFF = "hasAnyRole('QUALITY_MANAGER', 'ASSESSOR', 'ADMIN')";
    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String ADMIN_OR_QUALITY_MANAGER = "hasAnyRole('ADMIN', 'QUALITY_MANAGER')";
    public static final String QUALITY_MANAGER_OR_ASSESSOR = "hasAnyRole('QUALITY_MANAGER', 'ASSESSOR')";
    /** A provider user (the service then limits them to their own organisation) or a quality manager. */
    public static final String PROVIDER_OR_QUALITY_MANAGER = "hasAnyRole('PROVIDER_USER', 'QUALITY_MANAGER')";

    private Access() {
    }
}
